import { Format, Language } from '../contracts/codes';
import { Place, Site } from './catalog-types';
import { Rng } from './prng';

interface Pair {
  kk: string;
  ru: string;
}

export interface Person extends Pair {
  female: boolean;
}

export interface TitleContext {
  language: Language;
  format: Format;
  month: number;
  /** Special-project code, direction code, or 'programme' when neither is set. */
  topic: string;
  place: Place;
  site: Site;
  /** TV programme or column the material appeared in, «kk / ru» or one name. */
  rubric: string | null;
  /** Prefer Russian and other ethnic groups' names (Russian-language or polyethnic audience). */
  polyethnic: boolean;
}

type Template = (c: Slots) => Pair;

interface Slots {
  place: Place;
  site: Site;
  person: Person;
  role: Pair;
  expert: Pair;
  object: { kk: string; ruAcc: string };
  event: Pair;
  quote: Pair;
  topicName: Pair;
  n: number;
}

const p = (kk: string, ru: string): Pair => ({ kk, ru });
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const MALE: Pair[] = [
  p('Ерлан', 'Ерлан'),
  p('Бауыржан', 'Бауыржан'),
  p('Нұрлан', 'Нурлан'),
  p('Асқар', 'Аскар'),
  p('Дәурен', 'Даурен'),
  p('Жасұлан', 'Жасулан'),
  p('Мұрат', 'Мурат'),
  p('Серік', 'Серик'),
  p('Қайрат', 'Кайрат'),
  p('Ержан', 'Ержан'),
  p('Айбек', 'Айбек'),
  p('Бекзат', 'Бекзат'),
  p('Ғалым', 'Галым'),
  p('Санжар', 'Санжар'),
  p('Әділет', 'Адилет'),
  p('Мейірхан', 'Мейрхан'),
  p('Абылай', 'Абылай'),
  p('Талғат', 'Талгат'),
];
const FEMALE: Pair[] = [
  p('Айгүл', 'Айгуль'),
  p('Гүлнара', 'Гульнара'),
  p('Сәуле', 'Сауле'),
  p('Динара', 'Динара'),
  p('Жанар', 'Жанар'),
  p('Мәдина', 'Мадина'),
  p('Айжан', 'Айжан'),
  p('Әсел', 'Асель'),
  p('Салтанат', 'Салтанат'),
  p('Ақмарал', 'Акмарал'),
  p('Назерке', 'Назерке'),
  p('Гүлмира', 'Гульмира'),
  p('Ботагөз', 'Ботагоз'),
  p('Ләззат', 'Ляззат'),
  p('Інжу', 'Инжу'),
];
// Male forms; the feminine adds «а», as in both languages.
const SURNAMES: Pair[] = [
  p('Жұмабаев', 'Жумабаев'),
  p('Сәрсенов', 'Сарсенов'),
  p('Қасымов', 'Касымов'),
  p('Омаров', 'Омаров'),
  p('Әбдірахманов', 'Абдрахманов'),
  p('Төлеуов', 'Тулеуов'),
  p('Нұрпейісов', 'Нурпеисов'),
  p('Мұсабеков', 'Мусабеков'),
  p('Ахметов', 'Ахметов'),
  p('Бектұрсынов', 'Бектурсынов'),
  p('Қалиев', 'Калиев'),
  p('Тоқтаров', 'Токтаров'),
  p('Жақыпов', 'Жакупов'),
  p('Серікбаев', 'Серикбаев'),
  p('Оспанов', 'Оспанов'),
  p('Байжанов', 'Байжанов'),
  p('Есенов', 'Есенов'),
  p('Мамыров', 'Мамыров'),
  p('Исабеков', 'Исабеков'),
  p('Тәжібаев', 'Тажибаев'),
];
const POLYETHNIC: Person[] = [
  { kk: 'Ольга Петренко', ru: 'Ольга Петренко', female: true },
  { kk: 'Сергей Иванов', ru: 'Сергей Иванов', female: false },
  { kk: 'Виктор Ким', ru: 'Виктор Ким', female: false },
  { kk: 'Елена Шмидт', ru: 'Елена Шмидт', female: true },
  { kk: 'Андрей Ли', ru: 'Андрей Ли', female: false },
  { kk: 'Наталья Кравченко', ru: 'Наталья Кравченко', female: true },
  { kk: 'Игорь Цой', ru: 'Игорь Цой', female: false },
  { kk: 'Татьяна Морозова', ru: 'Татьяна Морозова', female: true },
  { kk: 'Азиз Юлдашев', ru: 'Азиз Юлдашев', female: false },
  { kk: 'Дильназ Ахмадиева', ru: 'Дильназ Ахмадиева', female: true },
  { kk: 'Ирина Пак', ru: 'Ирина Пак', female: true },
  { kk: 'Ренат Хасанов', ru: 'Ренат Хасанов', female: false },
];
const ROLES: Pair[] = [
  p('ардагер ұстаз', 'учитель-ветеран'),
  p('өлкетанушы', 'краевед'),
  p('жас кәсіпкер', 'молодой предприниматель'),
  p('ауыл дәрігері', 'сельский врач'),
  p('ақын', 'поэт'),
  p('волонтер', 'волонтер'),
  p('фермер', 'фермер'),
  p('ғалым', 'ученый'),
  p('жаттықтырушы', 'тренер'),
  p('суретші', 'художник'),
  p('IT-маман', 'IT-специалист'),
  p('кітапханашы', 'библиотекарь'),
  p('мұражай қызметкері', 'музейный работник'),
  p('инженер', 'инженер'),
];
const EXPERTS: Pair[] = [
  p('саясаттанушы', 'политолог'),
  p('әлеуметтанушы', 'социолог'),
  p('тарихшы', 'историк'),
  p('философ', 'философ'),
  p('университет профессоры', 'профессор университета'),
  p('мәдениеттанушы', 'культуролог'),
];
const OBJECTS: { kk: string; ruAcc: string }[] = [
  { kk: 'саябақ', ruAcc: 'сквер' },
  { kk: 'мектеп мұражайы', ruAcc: 'школьный музей' },
  { kk: 'спорт алаңы', ruAcc: 'спортивную площадку' },
  { kk: 'кітапхана', ruAcc: 'библиотеку' },
  { kk: 'балалар алаңы', ruAcc: 'детскую площадку' },
  { kk: 'ауылдық клуб', ruAcc: 'сельский клуб' },
  { kk: 'өлкетану мұражайы', ruAcc: 'краеведческий музей' },
  { kk: 'коворкинг орталығы', ruAcc: 'коворкинг-центр' },
];
const EVENTS: Pair[] = [
  p('онлайн-концерт өтті', 'прошел онлайн-концерт'),
  p('флешмоб ұйымдастырылды', 'организован флешмоб'),
  p('челлендж басталды', 'стартовал челлендж'),
  p('байқау қорытындыланды', 'подведены итоги конкурса'),
  p('дөңгелек үстел өтті', 'прошел круглый стол'),
  p('онлайн-викторина өтті', 'прошла онлайн-викторина'),
  p('көрме ашылды', 'открылась выставка'),
  p('акция өтті', 'прошла акция'),
];
const QUOTES: Pair[] = [
  p('Рухани жаңғыру – әр адамның ішкі жаңаруы', '«Рухани жаңғыру» – это обновление каждого из нас'),
  p('Тарихын білмеген ел болашағын болжай алмайды', 'Народ, не знающий истории, не видит будущего'),
  p('Жастар – жаңғырудың қозғаушы күші', 'Молодежь – движущая сила модернизации'),
  p('Білім – бәсекеге қабілеттіліктің кілті', 'Знания – ключ к конкурентоспособности'),
  p('Ауылдың дамуы – еліміздің дамуы', 'Развитие села – развитие страны'),
  p('Бірлігіміз – басты байлығымыз', 'Единство – наше главное богатство'),
  p('Туған жерге қызмет ету – парыз', 'Служить родной земле – наш долг'),
  p('Ұлттық код – біздің тірегіміз', 'Национальный код – наша опора'),
  p('Прагматизм – уақыт талабы', 'Прагматизм – требование времени'),
  p('Сананы жаңғыртпай, қоғам алға баспайды', 'Без обновления сознания общество не движется вперед'),
];
const COUNTABLE = [5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 20, 25, 30, 35, 40];

const TOPIC_NAMES: Record<string, Pair> = {
  'tugan-zher': p('«Туған жер»', '«Туған жер»'),
  'sacred-geography': p('«Сакралды география»', '«Сакральная география»'),
  '100-new-faces': p('«100 жаңа есім»', '«100 новых лиц»'),
  'legal-culture': p('«Құқықтық мәдениет»', '«Құқықтық мәдениет»'),
  labour: p('«Еңбек – елдің мұраты»', '«Еңбек – елдің мұраты»'),
  traditions: p('«Дәстүр мен ғұрып»', '«Дәстүр мен ғұрып»'),
  thrift: p('«Үнем – қоғам қуаты»', '«Үнем – қоғам қуаты»'),
  'personal-development': p('«Тұлғалық даму» бағыты', 'направление «Личностное развитие»'),
  'united-nation': p('«Біртұтас ұлтты қалыптастыру» бағыты', 'направление «Формирование единой нации»'),
  'state-and-society': p('«Азаматтық қоғамды дамыту» бағыты', 'направление «Развитие гражданского общества»'),
  programme: p('«Рухани жаңғыру» бағдарламасы', 'программа «Рухани жаңғыру»'),
};

const GENERAL_TOPICS = new Set(['personal-development', 'united-nation', 'state-and-society', 'programme']);

const BY_TOPIC: Record<string, Template[]> = {
  'tugan-zher': [
    (c) =>
      p(
        `${c.place.kkLoc} «Туған жер» бағдарламасы аясында ${c.object.kk} ашылды`,
        `${cap(c.place.ruLoc)} в рамках программы «Туған жер» открыли ${c.object.ruAcc}`,
      ),
    (c) => p(`${c.place.kk}: жерлестер туған өлкесіне қолдау көрсетті`, `${c.place.ru}: земляки поддержали родной край`),
    (c) => p(`«Туған жер»: ${c.place.kkLoc} ${c.n} жоба жүзеге асырылды`, `«Туған жер»: ${c.place.ruLoc} реализовано ${c.n} проектов`),
    (c) =>
      p(
        `${c.person.kk}: «Туған жердің қадірін жастарға ұғындыру – басты міндет»`,
        `${c.person.ru}: «Главное – научить молодежь ценить родную землю»`,
      ),
    (c) => p(`${c.place.kkLoc} өлке тарихы туралы жаңа кітап жарық көрді`, `${cap(c.place.ruLoc)} вышла новая книга по истории края`),
    (c) => p(`${c.place.kkLoc} «Туған жерге тағзым» акциясы өтті`, `${cap(c.place.ruLoc)} прошла акция «Поклон родной земле»`),
    (c) => p(`Меценаттар ${c.place.kkLoc} ${c.object.kk} салып берді`, `Меценаты построили ${c.object.ruAcc} ${c.place.ruLoc}`),
    (c) =>
      p(
        `Өлкетанушылар ${c.place.kkLoc} ономастикалық экспедиция ұйымдастырды`,
        `Краеведы провели ономастическую экспедицию ${c.place.ruLoc}`,
      ),
    (c) => p(`Жеріңнің аты – еліңнің хаты: ${c.place.kk} атауының тарихы`, `Имя земли – летопись народа: история названия «${c.place.ru}»`),
  ],
  'sacred-geography': [
    (c) => p(`${c.site.kk} – өлкенің киелі мұрасы`, `${cap(c.site.ru)} – священное наследие края`),
    (c) => p(`Киелі мекен: ${c.site.kk} туралы не білеміз?`, `${cap(c.site.ru)}: что мы знаем о святыне края`),
    (c) => p(`${c.site.kk} аумағында абаттандыру жұмыстары жүргізілуде`, `${cap(c.site.ru)}: идет благоустройство территории`),
    (c) => p(`Оқушылар ${c.site.kk} нысанына экскурсияға барды`, `Школьники побывали на экскурсии: ${c.site.ru}`),
    (c) =>
      p(
        `Киелі жерлер картасына ${c.place.kk} өңірінің ${c.n} нысаны енді`,
        `В карту сакральных мест вошли ${c.n} объектов региона (${c.place.ru})`,
      ),
    (c) =>
      p(
        `${c.site.kk}: тарихшы ${c.person.kk} аңыздар мен деректер туралы`,
        `${cap(c.site.ru)}: историк ${c.person.ru} о легендах и фактах`,
      ),
    (c) => p(`Виртуалды тур: ${c.site.kk}`, `Виртуальный тур: ${c.site.ru}`),
    (c) => p(`Киелі мекендерге саяхат: ${c.site.kk}`, `Путешествие по святыням: ${c.site.ru}`),
  ],
  '100-new-faces': [
    (c) => p(`«100 жаңа есім»: ${c.role.kk} ${c.person.kk}`, `«100 новых лиц»: ${c.role.ru} ${c.person.ru}`),
    (c) =>
      p(
        `${c.person.kk} – «100 жаңа есім» жобасының кейіпкері`,
        `${c.person.ru} – ${c.person.female ? 'героиня' : 'герой'} проекта «100 новых лиц»`,
      ),
    (c) =>
      p(
        `Жерлесіміз ${c.person.kk} «100 жаңа есім» тізіміне енді`,
        `${c.person.female ? 'Наша землячка' : 'Наш земляк'} ${c.person.ru} ${c.person.female ? 'вошла' : 'вошел'} в список «100 новых лиц»`,
      ),
    (c) =>
      p(
        `${cap(c.role.kk)} ${c.person.kk}: «Табысқа жетудің құпиясы – еңбекте»`,
        `${cap(c.role.ru)} ${c.person.ru}: «Секрет успеха – в труде»`,
      ),
    (c) => p(`Жаңа есімдер: ${c.place.kk} жастарының жетістіктері`, `Новые лица: успехи молодых земляков (${c.place.ru})`),
    (c) =>
      p(
        `${c.person.kk} тәжірибесі: ${c.role.kk} жастарға кеңес береді`,
        `Опыт героя: ${c.role.ru} ${c.person.ru} делится советами с молодежью`,
      ),
  ],
  'personal-development': [
    (c) => p(`Абай – 175: ${c.place.kkLoc} «Абай оқулары» өтті`, `Абаю – 175: ${c.place.ruLoc} прошли «Абайские чтения»`),
    (c) =>
      p(
        `Әл-Фараби – 1150: ${c.place.kkLoc} ғылыми конференция ұйымдастырылды`,
        `Аль-Фараби – 1150: ${c.place.ruLoc} прошла научная конференция`,
      ),
    (c) =>
      p(`Латын графикасына көшу: ${c.place.kkLoc} тегін курстар ашылды`, `Переход на латиницу: ${c.place.ruLoc} открыты бесплатные курсы`),
    (c) =>
      p(
        `«100 жаңа оқулық»: ${c.place.kk} студенттері әлем ғылымын ана тілінде оқиды`,
        `«100 новых учебников»: студенты ${c.place.ruLoc} изучают мировую науку на родном языке`,
      ),
    (c) =>
      p(
        `Цифрлық сауаттылық: ${c.role.kk} ${c.person.kk} зейнеткерлерге сабақ береді`,
        `Цифровая грамотность: ${c.role.ru} ${c.person.ru} учит пенсионеров`,
      ),
    (c) =>
      p(
        `Волонтер жылы: ${c.place.kk} еріктілері ${c.n * 10} отбасыға көмектесті`,
        `Год волонтера: ${c.place.ruLoc} волонтеры помогли ${c.n * 10} семьям`,
      ),
    (c) =>
      p(
        `Кітап – рухани байлық: ${c.place.kkLoc} оқырмандар конференциясы өтті`,
        `Книга – духовное богатство: ${c.place.ruLoc} прошла читательская конференция`,
      ),
    (c) =>
      p(
        `Бәсекеге қабілеттілік: ${c.role.kk} ${c.person.kk} жастарға кеңес береді`,
        `Конкурентоспособность: ${c.role.ru} ${c.person.ru} дает советы молодежи`,
      ),
  ],
  'united-nation': [
    (c) => p(`${c.place.kkLoc} «Біргеміз» акциясы өтті`, `${cap(c.place.ruLoc)} прошла акция «Біргеміз»`),
    (c) =>
      p(
        `ҚХА-ға 25 жыл: ${c.place.kkLoc} достық фестивалі өтті`,
        `25 лет Ассамблее народа Казахстана: ${c.place.ruLoc} прошел фестиваль дружбы`,
      ),
    (c) =>
      p(
        `Ұлттық құндылықтар: ${c.role.kk} ${c.person.kk} салт-дәстүр туралы`,
        `Национальные ценности: ${c.role.ru} ${c.person.ru} о традициях`,
      ),
    (c) => p(`${c.place.kkLoc} қазақ тілі білгірлерінің байқауы өтті`, `${cap(c.place.ruLoc)} прошел конкурс знатоков казахского языка`),
    (c) => p(`Бірлік пен келісім: ${c.person.kk} көпұлтты өлке туралы`, `Единство и согласие: ${c.person.ru} о многонациональном крае`),
    (c) =>
      p(
        `${c.place.kk}: этномәдени бірлестіктер «Рухани жаңғыру» бағдарламасын қолдайды`,
        `${c.place.ru}: этнокультурные объединения поддерживают программу «Рухани жаңғыру»`,
      ),
    (c) =>
      p(
        `Ұлттық код: ${c.place.kkLoc} ұлттық ойындар фестивалі өтті`,
        `Национальный код: ${c.place.ruLoc} прошел фестиваль национальных игр`,
      ),
  ],
  'state-and-society': [
    (c) => p(`«Азаматтық алаң»: ${c.place.kkLoc} ашық пікірталас өтті`, `«Азаматтық алаң»: ${c.place.ruLoc} прошла открытая дискуссия`),
    (c) =>
      p(
        `Ақпараттық-түсіндіру тобы ${c.place.kkLoc} тұрғындармен кездесті`,
        `${cap(c.place.ruLoc)} информационно-разъяснительная группа встретилась с жителями`,
      ),
    (c) =>
      p(
        `${c.place.kkLoc} тұрғындар қатысу бюджетіне ${c.n} жоба ұсынды`,
        `${cap(c.place.ruLoc)} жители предложили ${c.n} проектов в бюджет участия`,
      ),
    (c) =>
      p(
        `«Рухани жаңғыру» жобалық кеңсесі ${c.place.kkLoc} онлайн-семинар өткізді`,
        `Проектный офис «Рухани жаңғыру» провел онлайн-семинар ${c.place.ruLoc}`,
      ),
    (c) =>
      p(
        `Қоғамдық сананы жаңғырту: ${c.expert.kk} ${c.person.kk} пікірі`,
        `Модернизация общественного сознания: ${c.expert.ru} ${c.person.ru} делится мнением`,
      ),
    (c) =>
      p(
        `Жергілікті қоғамдастық: ${c.place.kkLoc} ауыл жастары бастамашыл топ құрды`,
        `Местное сообщество: ${c.place.ruLoc} сельская молодежь создала инициативную группу`,
      ),
  ],
  programme: [
    (c) =>
      p(
        `${c.place.kkLoc} «Рухани жаңғыру» бағдарламасы бойынша ${c.n} іс-шара өтті`,
        `${cap(c.place.ruLoc)} по программе «Рухани жаңғыру» прошло ${c.n} мероприятий`,
      ),
    (c) => p(`«Рухани жаңғыру»: ${c.place.kk} өңірінің жаңа жобалары`, `«Рухани жаңғыру»: новые проекты региона (${c.place.ru})`),
  ],
  'new-project': [
    (c) =>
      p(
        `Жаңа арнайы жоба ${c.topicName.kk}: ${c.place.kkLoc} жұмыс тобы құрылды`,
        `Новый спецпроект ${c.topicName.ru}: ${c.place.ruLoc} создана рабочая группа`,
      ),
    (c) => p(`2021 жылғы жоспар: ${c.topicName.kk} жобасы таныстырылды`, `Планы на 2021 год: представлен проект ${c.topicName.ru}`),
    (c) =>
      p(
        `${c.topicName.kk}: ${c.expert.kk} ${c.person.kk} жаңа жоба туралы`,
        `${c.topicName.ru}: ${c.expert.ru} ${c.person.ru} о новом проекте`,
      ),
  ],
};

const HOLIDAYS: Record<number, Pair[]> = {
  1: [p('Жаңа жыл – жаңа жобалар', 'Новый год – новые проекты')],
  2: [p('Халықаралық ана тілі күні', 'Международный день родного языка')],
  3: [p('Наурыз – жаңару мерекесі', 'Наурыз – праздник обновления'), p('Алғыс айту күні', 'День благодарности')],
  4: [p('«Болашаққа бағдар» мақаласына 3 жыл', 'Три года статье «Взгляд в будущее»')],
  5: [p('1 мамыр – Бірлік күні', '1 Мая – День единства народа Казахстана'), p('Жеңіс күні', 'День Победы')],
  6: [p('Мемлекеттік рәміздер күні', 'День государственных символов')],
  7: [p('Елорда күні', 'День столицы')],
  8: [p('Абай – 175', 'Абаю – 175'), p('Конституция күні', 'День Конституции')],
  9: [p('Білім күні', 'День знаний'), p('Тілдер күні', 'День языков')],
  10: [p('Республика күні', 'День Республики')],
  12: [p('Тәуелсіздік күні', 'День Независимости'), p('Жыл қорытындысы', 'Итоги года')],
};

function person(rng: Rng, polyethnic: boolean): Person {
  if (polyethnic && rng.chance(0.6)) return rng.pick(POLYETHNIC);
  const female = rng.chance(0.5);
  const first = rng.pick(female ? FEMALE : MALE);
  const last = rng.pick(SURNAMES);
  const suffix = female ? 'а' : '';
  return { kk: `${first.kk} ${last.kk}${suffix}`, ru: `${first.ru} ${last.ru}${suffix}`, female };
}

function topicTemplates(topic: string): Template[] {
  return BY_TOPIC[topic] ?? (TOPIC_NAMES[topic] ? BY_TOPIC['new-project'] : BY_TOPIC.programme);
}

function baseTitle(rng: Rng, ctx: TitleContext, s: Slots): Pair {
  const topicName = s.topicName;
  switch (ctx.format) {
    case 'interview':
      return rng.chance(0.6)
        ? p(`${cap(s.role.kk)} ${s.person.kk}: «${s.quote.kk}»`, `${cap(s.role.ru)} ${s.person.ru}: «${s.quote.ru}»`)
        : p(`${s.person.kk}: «${s.quote.kk}»`, `${s.person.ru}: «${s.quote.ru}»`);
    case 'commentary':
      return p(
        `${cap(s.expert.kk)} ${s.person.kk}: ${topicName.kk} қоғамға не береді?`,
        `${cap(s.expert.ru)} ${s.person.ru}: что дает обществу ${topicName.ru}?`,
      );
    case 'infographic':
      return p(`Инфографика: ${s.place.kk} – ${topicName.kk} сандармен`, `Инфографика: ${topicName.ru} в цифрах (${s.place.ru})`);
    case 'live_stream':
      return p(
        `Тікелей эфир: ${topicName.kk} – ${s.role.kk} ${s.person.kk} сұрақтарға жауап береді`,
        `Прямой эфир: ${topicName.ru} – на вопросы отвечает ${s.role.ru} ${s.person.ru}`,
      );
    default:
      break;
  }
  const holidays = HOLIDAYS[ctx.month];
  // Holidays colour only the general work; a special project's material speaks of the project.
  if (holidays && GENERAL_TOPICS.has(ctx.topic) && rng.chance(0.25)) {
    const h = rng.pick(holidays);
    return p(`${h.kk}: ${s.place.kkLoc} ${s.event.kk}`, `${h.ru}: ${s.place.ruLoc} ${s.event.ru}`);
  }
  return rng.pick(topicTemplates(ctx.topic))(s);
}

/** A title in the material's language; bilingual materials carry «Kazakh / Russian». */
export function makeTitle(rng: Rng, ctx: TitleContext): string {
  const slots: Slots = {
    place: ctx.place,
    site: ctx.site,
    person: person(rng, ctx.polyethnic),
    role: rng.pick(ROLES),
    expert: rng.pick(EXPERTS),
    object: rng.pick(OBJECTS),
    event: rng.pick(EVENTS),
    quote: rng.pick(QUOTES),
    topicName: TOPIC_NAMES[ctx.topic] ?? TOPIC_NAMES.programme,
    n: rng.pick(COUNTABLE),
  };
  let title = baseTitle(rng, ctx, slots);
  if (ctx.format === 'video' && rng.chance(0.5)) title = p(`Бейнеролик: ${title.kk}`, `Видеоролик: ${title.ru}`);
  if (ctx.rubric && (ctx.format === 'tv_program' || rng.chance(0.5))) {
    const [kk, ru = kk] = ctx.rubric.split(' / ');
    title = p(`«${kk}». ${title.kk}`, `«${ru}». ${title.ru}`);
  }
  if (ctx.language === 'ru') return title.ru;
  if (ctx.language === 'kk_ru') return `${title.kk} / ${title.ru}`;
  return title.kk;
}
