import { OutletDef, RegionProfile, RubricDef, SocialPlatform, place, print, radio, rubric, site, social, tv, web } from './catalog-types';

const TUGAN = 'tugan-zher';
const SACRED = 'sacred-geography';
const FACES = '100-new-faces';

// Headings that regional papers and channels opened for the programme (guide, section 2); a few per outlet.
const KK_PAPER_RUBRICS: RubricDef[][] = [
  [rubric('Рухани жаңғыру'), rubric('Туған жер', TUGAN), rubric('Киелі мекен', SACRED)],
  [rubric('Рухани жаңғыру'), rubric('Ел мен жер', TUGAN), rubric('Өнегелі өмір', FACES), rubric('Тарих тағылымы')],
  [rubric('Жаңғыру жолы'), rubric('Туған жер', TUGAN), rubric('Сакралды география', SACRED), rubric('Жаңа есімдер', FACES)],
];
const RU_PAPER_RUBRICS: RubricDef[][] = [
  [rubric('Рухани жаңғыру'), rubric('Родная земля', TUGAN), rubric('Сакральные места', SACRED)],
  [rubric('Рухани жаңғыру'), rubric('Малая родина', TUGAN), rubric('Новые лица', FACES)],
  [rubric('Духовное наследие'), rubric('Люди нашего края', FACES), rubric('Сакральная география', SACRED)],
];
const TV_RUBRICS: RubricDef[][] = [
  [rubric('Туған жер / Родная земля', TUGAN), rubric('Киелі өлке / Священный край', SACRED), rubric('Рухани жаңғыру')],
  [rubric('Ел тұлғасы / Люди страны', FACES), rubric('Тағылым / Наследие'), rubric('Туған жер / Родная земля', TUGAN)],
  [rubric('Рухани жаңғыру'), rubric('Өлке тарихы / История края', SACRED), rubric('Жаңа есімдер / Новые лица', FACES)],
];
const WEB_RUBRICS: RubricDef[] = [rubric('Рухани жаңғыру')];

const PLATFORM_NAMES: Record<SocialPlatform, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  telegram: 'Telegram',
  vk: 'VK',
  youtube: 'YouTube',
};

function pageUrl(platform: SocialPlatform, handle: string): string {
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/${handle}`;
    case 'facebook':
      return `https://www.facebook.com/${handle}`;
    case 'telegram':
      return `https://t.me/${handle}`;
    case 'vk':
      return `https://vk.com/${handle}`;
    case 'youtube':
      return `https://www.youtube.com/@${handle}`;
  }
}

/** The project office's own pages (guide: Instagram and Facebook, less often Telegram and VK; YouTube for clips). */
function officePages(shortKk: string, slug: string, platforms: SocialPlatform[]): OutletDef[] {
  const weights: Record<SocialPlatform, number> = { instagram: 5, facebook: 3, telegram: 1.5, vk: 1, youtube: 1 };
  return platforms.map((p) => social(p, `Рухани жаңғыру ${shortKk} — ${PLATFORM_NAMES[p]}`, pageUrl(p, `ruhani_${slug}`), weights[p]));
}

function akimatPage(nameKk: string, handle: string): OutletDef {
  return social('instagram', `${nameKk} әкімдігі — Instagram`, pageUrl('instagram', handle), 1.5);
}

const ALL_PAGES: SocialPlatform[] = ['instagram', 'facebook', 'telegram', 'youtube'];
const NORTH_PAGES: SocialPlatform[] = ['instagram', 'facebook', 'telegram', 'vk', 'youtube'];
const BASIC_PAGES: SocialPlatform[] = ['instagram', 'facebook', 'telegram'];

const KK_RU: ['kk', 'ru'] = ['kk', 'ru'];

export const REGION_PROFILES: readonly RegionProfile[] = [
  {
    code: 'akmola',
    activity: 0.85,
    ruShare: 0.45,
    places: [
      place('Көкшетау', 'Көкшетауда', 'Кокшетау', 'в Кокшетау'),
      place('Степногор', 'Степногорда', 'Степногорск', 'в Степногорске'),
      place('Бурабай', 'Бурабайда', 'Бурабай', 'в Бурабае'),
      place('Зеренді', 'Зерендіде', 'Зеренда', 'в Зеренде'),
      place('Атбасар', 'Атбасарда', 'Атбасар', 'в Атбасаре'),
    ],
    sites: [site('Оқжетпес шыңы', 'скала Окжетпес'), site('Абылай хан алаңы', 'поляна Абылай хана')],
    rpo: { fullName: 'Ирина Владимировна Ковальчук', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Kókshetaý', KK_RU, 'https://kokshetau.kaztrk.kz', 3, TV_RUBRICS[0]),
      tv('Көкше TV', KK_RU, 'https://kokshe.tv', 1),
      radio('Қазақ радиосы — Көкшетау', ['kk'], null, 1),
      print('Арқа ажары', ['kk'], 'https://arka-azhary.kz', 3, KK_PAPER_RUBRICS[0], 6500),
      print('Акмолинская правда', ['ru'], 'https://akmolapravda.kz', 3, RU_PAPER_RUBRICS[0], 8000),
      print('Көкшетау', ['kk'], null, 1, [], 3000),
      web('Kokshetau.Asia', ['ru'], 'https://kokshetau.asia', 2, []),
      web('Akmola News', KK_RU, 'https://akmolanews.kz', 1, WEB_RUBRICS),
      ...officePages('Ақмола', 'akmola', NORTH_PAGES),
    ],
  },
  {
    code: 'aktobe',
    activity: 1.05,
    ruShare: 0.3,
    places: [
      place('Ақтөбе', 'Ақтөбеде', 'Актобе', 'в Актобе'),
      place('Хромтау', 'Хромтауда', 'Хромтау', 'в Хромтау'),
      place('Қандыағаш', 'Қандыағашта', 'Кандыагаш', 'в Кандыагаше'),
      place('Ырғыз', 'Ырғызда', 'Иргиз', 'в Иргизе'),
      place('Шалқар', 'Шалқарда', 'Шалкар', 'в Шалкаре'),
    ],
    sites: [site('Абат-Байтақ кесенесі', 'мавзолей Абат-Байтак'), site('Есет батыр кесенесі', 'мавзолей Есет батыра')],
    rpo: { fullName: 'Айгүл Серікқызы Жұмағалиева', locale: 'kk' },
    outlets: [
      // The guide's example: new-format programmes of the oblast channel «Aqtóbe».
      tv('Aqtóbe', KK_RU, 'https://aqtobe.tv', 4, [
        rubric('Заман / Замана'),
        rubric('Біздің тарих / Наша история', SACRED),
        rubric('Ұлы тұлға / Великая личность', FACES),
        rubric('Ел баласы / Дитя страны', TUGAN),
        rubric('Отбасылық өркендеу / Семейное процветание'),
        rubric('Жастар'),
        rubric('Мамандықтың кілті / Ключ к профессии'),
      ]),
      tv('Рика ТВ', KK_RU, 'https://rikatv.kz', 1),
      radio('Aqtóbe FM', KK_RU, null, 1),
      radio('Қазақ радиосы — Ақтөбе', ['kk'], null, 1),
      print('Ақтөбе', ['kk'], 'https://aqtobegazeti.kz', 3, KK_PAPER_RUBRICS[1], 7000),
      print('Актюбинский вестник', ['ru'], 'https://avestnik.kz', 2, RU_PAPER_RUBRICS[1], 6000),
      print('Диапазон', ['ru'], 'https://diapazon.kz', 1, [], 5000),
      web('Aqtobe Times', KK_RU, 'https://aqtobetimes.kz', 2, WEB_RUBRICS),
      ...officePages('Ақтөбе', 'aktobe', ALL_PAGES),
    ],
  },
  {
    code: 'almaty-region',
    activity: 1.3,
    ruShare: 0.25,
    places: [
      place('Талдықорған', 'Талдықорғанда', 'Талдыкорган', 'в Талдыкоргане'),
      place('Қапшағай', 'Қапшағайда', 'Капшагай', 'в Капшагае'),
      place('Есік', 'Есікте', 'Есик', 'в Есике'),
      place('Жаркент', 'Жаркентте', 'Жаркент', 'в Жаркенте'),
      place('Қаскелең', 'Қаскелеңде', 'Каскелен', 'в Каскелене'),
      place('Текелі', 'Текеліде', 'Текели', 'в Текели'),
    ],
    sites: [site('Таңбалы тас', 'урочище Тамгалы'), site('Есік қорғаны', 'Иссыкский курган'), site('Жаркент мешіті', 'Жаркентская мечеть')],
    rpo: { fullName: 'Нұрлан Бейсенұлы Тоқтаров', locale: 'ru' },
    outlets: [
      tv('Jetisý', KK_RU, 'https://jetisu.kaztrk.kz', 3, TV_RUBRICS[1]),
      radio('Жетісу радиосы', ['kk'], null, 1),
      print('Жетісу', ['kk'], 'https://zhetysu-gazeti.kz', 4, KK_PAPER_RUBRICS[2], 9000),
      print('Огни Алатау', ['ru'], 'https://ogni-alatau.kz', 2, RU_PAPER_RUBRICS[2], 5500),
      print('Іле өңірі', ['kk'], null, 1, [], 2500),
      web('Жетісу ақпарат', KK_RU, 'https://zhetysu-info.kz', 2, WEB_RUBRICS),
      web('Taldykorgan.kz', ['ru'], 'https://taldykorgan.kz', 1),
      ...officePages('Алматы облысы', 'almatyobl', ALL_PAGES),
      akimatPage('Алматы облысы', 'almatyobl_akimat'),
    ],
  },
  {
    code: 'atyrau',
    activity: 0.8,
    ruShare: 0.2,
    places: [
      place('Атырау', 'Атырауда', 'Атырау', 'в Атырау'),
      place('Құлсары', 'Құлсарыда', 'Кульсары', 'в Кульсары'),
      place('Мақат', 'Мақатта', 'Макат', 'в Макате'),
      place('Индер', 'Индерде', 'Индер', 'в Индере'),
    ],
    sites: [site('Сарайшық қалашығы', 'городище Сарайшык'), site('Исатай-Махамбет ескерткіші', 'памятник Исатаю и Махамбету')],
    rpo: { fullName: 'Ержан Мұратұлы Қуанышев', locale: 'kk' },
    outlets: [
      tv('Qazaqstan Atyraý', KK_RU, 'https://atyrau.kaztrk.kz', 3, TV_RUBRICS[2]),
      radio('Атырау FM', KK_RU, null, 1),
      print('Атырау', ['kk'], 'https://atyrau-gazeti.kz', 4, KK_PAPER_RUBRICS[0], 6000),
      print('Прикаспийская коммуна', ['ru'], 'https://prikasp.kz', 2, RU_PAPER_RUBRICS[0], 4000),
      print('Ак Жайык', ['ru'], 'https://azh.kz', 1, [], 5000),
      web('Atyrau.Info', KK_RU, 'https://atyrauinfo.kz', 1),
      ...officePages('Атырау', 'atyrau', BASIC_PAGES),
    ],
  },
  {
    code: 'west-kazakhstan',
    activity: 0.85,
    ruShare: 0.35,
    places: [
      place('Орал', 'Оралда', 'Уральск', 'в Уральске'),
      place('Ақсай', 'Ақсайда', 'Аксай', 'в Аксае'),
      place('Орда', 'Ордада', 'Урда', 'в Урде'),
      place('Шыңғырлау', 'Шыңғырлауда', 'Чингирлау', 'в Чингирлау'),
      place('Жәнібек', 'Жәнібекте', 'Жанибек', 'в Жанибеке'),
    ],
    sites: [site('Хан Ордасы', 'Ханская ставка Букеевской Орды'), site('Сырым Датұлы кесенесі', 'мавзолей Сырыма Датова')],
    rpo: { fullName: 'Мәдина Ғалымқызы Сағынова', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Oral', KK_RU, 'https://oral.kaztrk.kz', 3, TV_RUBRICS[0]),
      radio('Орал FM', KK_RU, null, 1),
      print('Орал өңірі', ['kk'], 'https://oralonir.kz', 3, KK_PAPER_RUBRICS[1], 6000),
      print('Приуралье', ['ru'], 'https://priuralye.kz', 2, RU_PAPER_RUBRICS[1], 5000),
      print('Надежда', ['ru'], 'https://nadezhda.kz', 1, [], 4000),
      web('Мой ГОРОД', ['ru'], 'https://moigorod.kz', 2),
      web('Uralskweek', ['ru'], 'https://uralskweek.kz', 1),
      ...officePages('Батыс Қазақстан', 'bko', NORTH_PAGES),
    ],
  },
  {
    code: 'zhambyl',
    activity: 1.05,
    ruShare: 0.25,
    places: [
      place('Тараз', 'Таразда', 'Тараз', 'в Таразе'),
      place('Қаратау', 'Қаратауда', 'Каратау', 'в Каратау'),
      place('Шу', 'Шуда', 'Шу', 'в Шу'),
      place('Жаңатас', 'Жаңатаста', 'Жанатас', 'в Жанатасе'),
      place('Мерке', 'Меркеде', 'Мерке', 'в Мерке'),
    ],
    sites: [
      site('Айша бибі кесенесі', 'мавзолей Айша-Биби'),
      site('Қарахан кесенесі', 'мавзолей Карахана'),
      site('Ақыртас кешені', 'комплекс Акыртас'),
    ],
    rpo: { fullName: 'Бауыржан Асқарұлы Сәрсенбаев', locale: 'kk' },
    outlets: [
      tv('Qazaqstan Taraz', KK_RU, 'https://taraz.kaztrk.kz', 3, TV_RUBRICS[1]),
      radio('Тараз FM', KK_RU, null, 1),
      print('Ақ жол', ['kk'], 'https://akzholgazeti.kz', 4, KK_PAPER_RUBRICS[2], 8000),
      print('Знамя труда', ['ru'], 'https://znamya-truda.kz', 2, RU_PAPER_RUBRICS[2], 5000),
      web('Taraz News', KK_RU, 'https://taraznews.kz', 2, WEB_RUBRICS),
      ...officePages('Жамбыл', 'zhambyl', ALL_PAGES),
    ],
  },
  {
    code: 'karaganda',
    activity: 1.2,
    ruShare: 0.5,
    places: [
      place('Қарағанды', 'Қарағандыда', 'Караганда', 'в Караганде'),
      place('Теміртау', 'Теміртауда', 'Темиртау', 'в Темиртау'),
      place('Балқаш', 'Балқашта', 'Балхаш', 'в Балхаше'),
      place('Жезқазған', 'Жезқазғанда', 'Жезказган', 'в Жезказгане'),
      place('Қарқаралы', 'Қарқаралыда', 'Каркаралинск', 'в Каркаралинске'),
      place('Сәтбаев', 'Сәтбаевта', 'Сатпаев', 'в Сатпаеве'),
    ],
    sites: [site('Ұлытау', 'Улытау'), site('Алаша хан кесенесі', 'мавзолей Алаша-хана'), site('Жошы хан кесенесі', 'мавзолей Джучи-хана')],
    rpo: { fullName: 'Дмитрий Сергеевич Захаров', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Qaraǵandy', KK_RU, 'https://karaganda.kaztrk.kz', 3, TV_RUBRICS[2]),
      tv('ТВ Центр Караганда', ['ru'], 'https://tvc.kz', 1),
      radio('Қазақ радиосы — Қарағанды', ['kk'], null, 1),
      radio('Радио Сарыарка', ['ru'], null, 1),
      print('Орталық Қазақстан', ['kk'], 'https://ortalyq.kz', 3, KK_PAPER_RUBRICS[0], 9000),
      print('Индустриальная Караганда', ['ru'], 'https://inkaraganda.kz', 3, RU_PAPER_RUBRICS[0], 9000),
      print('Новый вестник', ['ru'], 'https://nv.kz', 1, [], 12000),
      web('eKaraganda', ['ru'], 'https://ekaraganda.kz', 2),
      web('Qaraǵandy Ínfo', KK_RU, 'https://karagandyinfo.kz', 1, WEB_RUBRICS),
      ...officePages('Қарағанды', 'karaganda', NORTH_PAGES),
    ],
  },
  {
    code: 'kostanay',
    activity: 0.9,
    ruShare: 0.55,
    places: [
      place('Қостанай', 'Қостанайда', 'Костанай', 'в Костанае'),
      place('Рудный', 'Рудныйда', 'Рудный', 'в Рудном'),
      place('Арқалық', 'Арқалықта', 'Аркалык', 'в Аркалыке'),
      place('Торғай', 'Торғайда', 'Тургай', 'в Тургае'),
      place('Лисаковск', 'Лисаковскіде', 'Лисаковск', 'в Лисаковске'),
    ],
    sites: [site('Торғай геоглифтері', 'Тургайские геоглифы'), site('Ахмет Байтұрсынұлы мұражайы', 'музей Ахмета Байтурсынова')],
    rpo: { fullName: 'Светлана Николаевна Бондаренко', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Qostanaı', KK_RU, 'https://kostanay.kaztrk.kz', 3, TV_RUBRICS[0]),
      tv('Алау', ['ru'], 'https://alau.kz', 1),
      radio('Қостанай FM', KK_RU, null, 1),
      print('Қостанай таңы', ['kk'], 'https://kostanaytany.kz', 3, KK_PAPER_RUBRICS[1], 5500),
      print('Костанайские новости', ['ru'], 'https://kstnews.kz', 3, RU_PAPER_RUBRICS[1], 7500),
      print('Наш Костанай', ['ru'], 'https://nashkostanay.kz', 1, [], 5000),
      web('KSTnews.kz', ['ru'], 'https://kstnews.kz/online', 1),
      web('Qostanai.Media', KK_RU, 'https://qostanai.media', 2, WEB_RUBRICS),
      ...officePages('Қостанай', 'kostanay', NORTH_PAGES),
    ],
  },
  {
    code: 'kyzylorda',
    activity: 0.95,
    ruShare: 0.12,
    places: [
      place('Қызылорда', 'Қызылордада', 'Кызылорда', 'в Кызылорде'),
      place('Байқоңыр', 'Байқоңырда', 'Байконур', 'в Байконуре'),
      place('Арал', 'Аралда', 'Аральск', 'в Аральске'),
      place('Қазалы', 'Қазалыда', 'Казалинск', 'в Казалинске'),
      place('Шиелі', 'Шиеліде', 'Шиели', 'в Шиели'),
    ],
    sites: [site('Қорқыт ата кешені', 'мемориальный комплекс Коркыт-Ата'), site('Жанкент қалашығы', 'городище Жанкент')],
    rpo: { fullName: 'Ақмарал Бақытқызы Әбдіқалықова', locale: 'kk' },
    outlets: [
      tv('Qazaqstan Qyzylorda', KK_RU, 'https://kyzylorda.kaztrk.kz', 3, TV_RUBRICS[1]),
      radio('Сыр FM', ['kk'], null, 1),
      print('Сыр бойы', ['kk'], 'https://syrboyi.kz', 4, KK_PAPER_RUBRICS[2], 8000),
      print('Кызылординские вести', ['ru'], 'https://kvesti.kz', 1, RU_PAPER_RUBRICS[2], 3000),
      web('Qyzylorda News', KK_RU, 'https://kyzylordanews.kz', 2, WEB_RUBRICS),
      ...officePages('Қызылорда', 'kyzylorda', ALL_PAGES),
    ],
  },
  {
    code: 'mangystau',
    activity: 0.75,
    ruShare: 0.25,
    places: [
      place('Ақтау', 'Ақтауда', 'Актау', 'в Актау'),
      place('Жаңаөзен', 'Жаңаөзенде', 'Жанаозен', 'в Жанаозене'),
      place('Форт-Шевченко', 'Форт-Шевченкода', 'Форт-Шевченко', 'в Форт-Шевченко'),
      place('Бейнеу', 'Бейнеуде', 'Бейнеу', 'в Бейнеу'),
    ],
    sites: [site('Бекет ата жерасты мешіті', 'подземная мечеть Бекет-Ата'), site('Шақпақ ата мешіті', 'мечеть Шакпак-Ата')],
    rpo: { fullName: 'Асқар Нұрланұлы Өтепов', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Aqtaý', KK_RU, 'https://aktau.kaztrk.kz', 3, TV_RUBRICS[2]),
      radio('Маңғыстау радиосы', ['kk'], null, 1),
      print('Маңғыстау', ['kk'], 'https://mangystau-gazeti.kz', 3, KK_PAPER_RUBRICS[0], 5000),
      print('Огни Мангистау', ['ru'], 'https://ognimangistau.kz', 2, RU_PAPER_RUBRICS[0], 4000),
      web('Lada.kz', ['ru'], 'https://lada.kz', 2),
      ...officePages('Маңғыстау', 'mangystau', BASIC_PAGES),
    ],
  },
  {
    code: 'pavlodar',
    activity: 0.9,
    ruShare: 0.55,
    places: [
      place('Павлодар', 'Павлодарда', 'Павлодар', 'в Павлодаре'),
      place('Екібастұз', 'Екібастұзда', 'Экибастуз', 'в Экибастузе'),
      place('Ақсу', 'Ақсуда', 'Аксу', 'в Аксу'),
      place('Баянауыл', 'Баянауылда', 'Баянаул', 'в Баянауле'),
    ],
    sites: [site('Машһүр Жүсіп кесенесі', 'мавзолей Машхур Жусупа'), site('Баянауыл тауы', 'горы Баянаула')],
    rpo: { fullName: 'Гүлнара Маратқызы Ахметова', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Ertis', KK_RU, 'https://pavlodar.kaztrk.kz', 3, TV_RUBRICS[0]),
      tv('Ирбис', ['ru'], 'https://irbis.tv', 1),
      radio('Ертіс FM', KK_RU, null, 1),
      print('Сарыарқа самалы', ['kk'], 'https://saryarka-samaly.kz', 3, KK_PAPER_RUBRICS[1], 5000),
      print('Звезда Прииртышья', ['ru'], 'https://zvezdaprirtysh.kz', 3, RU_PAPER_RUBRICS[1], 7000),
      web('Pavon.kz', ['ru'], 'https://pavon.kz', 2),
      web('Pavlodar News', KK_RU, 'https://pavlodarnews.kz', 1, WEB_RUBRICS),
      ...officePages('Павлодар', 'pavlodar', NORTH_PAGES),
    ],
  },
  {
    code: 'north-kazakhstan',
    activity: 0.9,
    ruShare: 0.55,
    places: [
      place('Петропавл', 'Петропавлда', 'Петропавловск', 'в Петропавловске'),
      place('Сергеевка', 'Сергеевкада', 'Сергеевка', 'в Сергеевке'),
      place('Бұлаево', 'Бұлаевода', 'Булаево', 'в Булаево'),
      place('Мамлют', 'Мамлютта', 'Мамлютка', 'в Мамлютке'),
      place('Саумалкөл', 'Саумалкөлде', 'Саумалколь', 'в Саумалколе'),
    ],
    sites: [site('Ботай қонысы', 'поселение Ботай'), site('Абылай ханның резиденциясы', 'резиденция Абылай хана')],
    rpo: { fullName: 'Жанар Ерболқызы Мұқанова', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Petropavl', KK_RU, 'https://petropavl.kaztrk.kz', 3, TV_RUBRICS[1]),
      tv('Первый Северный', ['ru'], 'https://1sev.kz', 1),
      radio('Солтүстік FM', KK_RU, null, 1),
      // The guide's example: the network of oblast papers opened these rubrics under one logo.
      print(
        'Солтүстік Қазақстан',
        ['kk'],
        'https://sq.kz',
        4,
        [
          rubric('Бір әннің тарихы'),
          rubric('Туған жер', TUGAN),
          rubric('Жеріңнің аты – еліңнің хаты', TUGAN),
          rubric('Жаныңда жүр жақсы адам', FACES),
          rubric('Туған жер – тұғырың', TUGAN),
          rubric('Сакралды география', SACRED),
          rubric('Рухани жаңғыру'),
        ],
        6000,
      ),
      print('Северный Казахстан', ['ru'], 'https://sk-news.kz', 3, RU_PAPER_RUBRICS[2], 7000),
      web('SK-News.kz', KK_RU, 'https://sk-news.kz/online', 2, WEB_RUBRICS),
      web('Петропавловск.News', ['ru'], 'https://petropavlovsk.news', 1),
      ...officePages('Солтүстік Қазақстан', 'sko', NORTH_PAGES),
    ],
  },
  {
    code: 'turkistan',
    activity: 1.35,
    ruShare: 0.1,
    places: [
      place('Түркістан', 'Түркістанда', 'Туркестан', 'в Туркестане'),
      place('Кентау', 'Кентауда', 'Кентау', 'в Кентау'),
      place('Сарыағаш', 'Сарыағашта', 'Сарыагаш', 'в Сарыагаше'),
      place('Отырар', 'Отырарда', 'Отрар', 'в Отраре'),
      place('Жетісай', 'Жетісайда', 'Жетысай', 'в Жетысае'),
      place('Созақ', 'Созақта', 'Созак', 'в Созаке'),
    ],
    sites: [
      site('Қожа Ахмет Ясауи кесенесі', 'мавзолей Ходжи Ахмеда Ясави'),
      site('Арыстан баб кесенесі', 'мавзолей Арыстан-Баба'),
      site('Қазығұрт тауы', 'гора Казыгурт'),
      site('Отырар қалашығы', 'городище Отрар'),
    ],
    rpo: { fullName: 'Дәурен Әбдіразақұлы Оспанов', locale: 'kk' },
    outlets: [
      tv('Qazaqstan Túrkistan', KK_RU, 'https://turkistan.kaztrk.kz', 3, TV_RUBRICS[2]),
      tv('Túrkistan TV', ['kk'], 'https://turkistan.tv', 1),
      radio('Түркістан FM', ['kk'], null, 1),
      print('Оңтүстік Қазақстан', ['kk'], 'https://ontustik-gazeti.kz', 4, KK_PAPER_RUBRICS[0], 12000),
      print('Түркістан жаршысы', ['kk'], null, 2, [], 4000),
      print('Южный Казахстан', ['ru'], 'https://ul.kz', 1, RU_PAPER_RUBRICS[0], 4000),
      web('Turkystan.kz', ['kk'], 'https://turkystan.kz', 2, WEB_RUBRICS),
      web('Ontustik.info', KK_RU, 'https://ontustik.info', 1),
      ...officePages('Түркістан', 'turkistan', ALL_PAGES),
      akimatPage('Түркістан облысы', 'turkistan_akimat'),
    ],
  },
  {
    code: 'east-kazakhstan',
    activity: 1.15,
    ruShare: 0.5,
    places: [
      place('Өскемен', 'Өскеменде', 'Усть-Каменогорск', 'в Усть-Каменогорске'),
      place('Семей', 'Семейде', 'Семей', 'в Семее'),
      place('Риддер', 'Риддерде', 'Риддер', 'в Риддере'),
      place('Зайсан', 'Зайсанда', 'Зайсан', 'в Зайсане'),
      place('Катонқарағай', 'Катонқарағайда', 'Катон-Карагай', 'в Катон-Карагае'),
    ],
    sites: [
      site('Берел қорғандары', 'Берельские курганы'),
      site('Абай-Шәкәрім кесенесі', 'мавзолей Абая и Шакарима'),
      site('Жидебай', 'Жидебай'),
    ],
    rpo: { fullName: 'Ольга Александровна Ким', locale: 'ru' },
    outlets: [
      tv('Qazaqstan Óskemen', KK_RU, 'https://oskemen.kaztrk.kz', 3, TV_RUBRICS[0]),
      tv('ТВК-6', ['ru'], 'https://tvk6.kz', 1),
      radio('Қазақ радиосы — Өскемен', ['kk'], null, 1),
      radio('Радио Восток', ['ru'], null, 1),
      print('Дидар', ['kk'], 'https://didar-gazeti.kz', 3, KK_PAPER_RUBRICS[1], 7000),
      print('Рудный Алтай', ['ru'], 'https://rudnyi-altai.kz', 3, RU_PAPER_RUBRICS[1], 7000),
      print('Семей таңы', ['kk'], 'https://semeytany.kz', 1, [], 4000),
      web('YK-News', ['ru'], 'https://yk-news.kz', 2),
      web('Шығыс ақпарат', KK_RU, 'https://shygys-akparat.kz', 1, WEB_RUBRICS),
      ...officePages('Шығыс Қазақстан', 'vko', NORTH_PAGES),
    ],
  },
  {
    code: 'nur-sultan',
    activity: 1.4,
    ruShare: 0.45,
    places: [
      place('Нұр-Сұлтан', 'Нұр-Сұлтанда', 'Нур-Султан', 'в Нур-Султане'),
      place('Есіл ауданы', 'Есіл ауданында', 'район Есиль', 'в районе Есиль'),
      place('Сарыарқа ауданы', 'Сарыарқа ауданында', 'район Сарыарка', 'в районе Сарыарка'),
      place('Алматы ауданы', 'Алматы ауданында', 'район Алматы', 'в районе Алматы'),
      place('Байқоңыр ауданы', 'Байқоңыр ауданында', 'район Байконыр', 'в районе Байконыр'),
    ],
    sites: [
      site('Бозоқ қалашығы', 'городище Бозок'),
      site('Бәйтерек', 'монумент «Байтерек»'),
      site('Хазірет Сұлтан мешіті', 'мечеть Хазрет Султан'),
    ],
    rpo: { fullName: 'Асель Тимуровна Исмаилова', locale: 'ru' },
    outlets: [
      tv('Nur-Sultan TV', KK_RU, 'https://nursultan.tv', 2, TV_RUBRICS[1]),
      radio('Радио Астана', KK_RU, null, 1),
      print('Астана ақшамы', ['kk'], 'https://astana-akshamy.kz', 3, KK_PAPER_RUBRICS[2], 10000),
      print('Вечерняя Астана', ['ru'], 'https://vechastana.kz', 3, RU_PAPER_RUBRICS[2], 10000),
      web('Elorda.info', KK_RU, 'https://elorda.info', 2, WEB_RUBRICS),
      web('Astana Today', ['ru'], 'https://astanatoday.kz', 1),
      web('Aqmola-Astana', ['kk'], 'https://aqmola-astana.kz', 1),
      ...officePages('Нұр-Сұлтан', 'nursultan', ALL_PAGES),
      akimatPage('Нұр-Сұлтан қаласы', 'akimat_nursultan'),
    ],
  },
  {
    code: 'almaty',
    activity: 1.45,
    ruShare: 0.5,
    places: [
      place('Алматы', 'Алматыда', 'Алматы', 'в Алматы'),
      place('Медеу ауданы', 'Медеу ауданында', 'Медеуский район', 'в Медеуском районе'),
      place('Алатау ауданы', 'Алатау ауданында', 'Алатауский район', 'в Алатауском районе'),
      place('Наурызбай ауданы', 'Наурызбай ауданында', 'Наурызбайский район', 'в Наурызбайском районе'),
      place('Түрксіб ауданы', 'Түрксіб ауданында', 'Турксибский район', 'в Турксибском районе'),
    ],
    sites: [
      site('Райымбек батыр кесенесі', 'мавзолей Райымбек батыра'),
      site('Алмалық қалашығы', 'городище Алмату'),
      site('Көктөбе', 'Кок-Тобе'),
    ],
    rpo: { fullName: 'Тимур Қайратұлы Есенов', locale: 'ru' },
    outlets: [
      tv('Almaty', KK_RU, 'https://almaty.tv', 3, TV_RUBRICS[2]),
      radio('Алматы FM', KK_RU, null, 1),
      radio('Радио Алматы', ['ru'], null, 1),
      print('Алматы ақшамы', ['kk'], 'https://almaty-akshamy.kz', 3, KK_PAPER_RUBRICS[0], 10000),
      print('Вечерний Алматы', ['ru'], 'https://vecher.kz', 3, RU_PAPER_RUBRICS[0], 12000),
      web('Almaty.tv', KK_RU, 'https://almaty.tv/news', 2, WEB_RUBRICS),
      web('Vecher.kz', ['ru'], 'https://vecher.kz/online', 1),
      ...officePages('Алматы', 'almaty', ALL_PAGES),
      akimatPage('Алматы қаласы', 'akimat_almaty'),
    ],
  },
  {
    code: 'shymkent',
    activity: 1.1,
    ruShare: 0.2,
    places: [
      place('Шымкент', 'Шымкентте', 'Шымкент', 'в Шымкенте'),
      place('Абай ауданы', 'Абай ауданында', 'Абайский район', 'в Абайском районе'),
      place('Қаратау ауданы', 'Қаратау ауданында', 'Каратауский район', 'в Каратауском районе'),
      place('Еңбекші ауданы', 'Еңбекші ауданында', 'Енбекшинский район', 'в Енбекшинском районе'),
      place('Әл-Фараби ауданы', 'Әл-Фараби ауданында', 'район Аль-Фараби', 'в районе Аль-Фараби'),
    ],
    sites: [site('Шымкент ежелгі қалашығы', 'городище Шымкент'), site('Ибрагим ата кесенесі', 'мавзолей Ибрагим-Ата')],
    rpo: { fullName: 'Санжар Ерланұлы Байжанов', locale: 'ru' },
    outlets: [
      tv('Shymkent', KK_RU, 'https://shymkent.tv', 3, TV_RUBRICS[0]),
      tv('Отырар', KK_RU, 'https://otyrar.kz', 1),
      radio('Шымкент FM', KK_RU, null, 1),
      print('Шымкент келбеті', ['kk'], 'https://shymkentkelbeti.kz', 3, KK_PAPER_RUBRICS[1], 8000),
      print('Панорама Шымкента', ['ru'], 'https://panorama-shymkent.kz', 2, RU_PAPER_RUBRICS[1], 6000),
      web('Shymkent News', KK_RU, 'https://shymkentnews.kz', 2, WEB_RUBRICS),
      web('Ontústik Info', ['kk'], 'https://ontustikinfo.kz', 1),
      ...officePages('Шымкент', 'shymkent', ALL_PAGES),
    ],
  },
  // Offices of the 2022 oblasts: outlets and editors exist, but they log nothing for 2020.
  {
    code: 'abai',
    activity: 0,
    ruShare: 0.4,
    places: [place('Семей', 'Семейде', 'Семей', 'в Семее')],
    sites: [site('Абай-Шәкәрім кесенесі', 'мавзолей Абая и Шакарима')],
    rpo: { fullName: 'Ботагөз Қанатқызы Жақыпова', locale: 'ru' },
    outlets: [
      tv('Abai TV', KK_RU, 'https://abai.tv', 2),
      radio('Семей FM', KK_RU, null, 1),
      print('Ертіс дидары', ['kk'], 'https://ertis-didary.kz', 2, KK_PAPER_RUBRICS[2], 4000),
      print('Вести Семей', ['ru'], 'https://vesti-semey.kz', 2, RU_PAPER_RUBRICS[2], 4000),
      web('Semey City', KK_RU, 'https://semeycity.kz', 1),
      ...officePages('Абай', 'abai', BASIC_PAGES),
    ],
  },
  {
    code: 'zhetisu',
    activity: 0,
    ruShare: 0.3,
    places: [place('Талдықорған', 'Талдықорғанда', 'Талдыкорган', 'в Талдыкоргане')],
    sites: [site('Таңбалы тас', 'урочище Тамгалы')],
    rpo: { fullName: 'Әсел Бауыржанқызы Нұрпейісова', locale: 'ru' },
    outlets: [
      tv('Taldyqorǵan TV', KK_RU, 'https://taldyqorgan.tv', 2),
      radio('Жетісу FM', KK_RU, null, 1),
      print('Талдықорған', ['kk'], 'https://taldykorgan-gazeti.kz', 2, [], 3000),
      print('Жетысуские вести', ['ru'], 'https://zhetysu-vesti.kz', 1, [], 3000),
      web('Zhetisu Inform', KK_RU, 'https://zhetisu-inform.kz', 1),
      ...officePages('Жетісу', 'zhetisu', BASIC_PAGES),
    ],
  },
  {
    code: 'ulytau',
    activity: 0,
    ruShare: 0.3,
    places: [place('Жезқазған', 'Жезқазғанда', 'Жезказган', 'в Жезказгане')],
    sites: [site('Ұлытау', 'Улытау')],
    rpo: { fullName: 'Ғалым Серікұлы Мамыров', locale: 'kk' },
    outlets: [
      tv('Ulytau TV', KK_RU, 'https://ulytau.tv', 2),
      radio('Ұлытау FM', ['kk'], null, 1),
      print('Ұлытау өңірі', ['kk'], 'https://ulytau-onir.kz', 2, [], 3000),
      print('Жезказганский вестник', ['ru'], 'https://zhez-vestnik.kz', 1, [], 3000),
      web('Ulytau News', KK_RU, 'https://ulytaunews.kz', 1),
      ...officePages('Ұлытау', 'ulytau', BASIC_PAGES),
    ],
  },
];
