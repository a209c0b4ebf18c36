import type { Locale } from '../../../contracts/codes';
import type { NounForms } from '../../../contracts/grammar';

/** The note's period: a year, or a quarter of it. */
export interface NotePeriod {
  year: number;
  quarter?: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The national figures of the opening paragraph, already written as the language writes numbers. */
export interface OpeningFigures {
  total: string;
  republican: string;
  republicanTv: string;
  republicanRadio: string | null;
  republicanPrint: string;
  regional: string;
  regionalTv: string;
  regionalRadio: string | null;
  regionalPrint: string;
  internet: string;
  social: string;
  /** The forms that agree with the total and with the social media count. */
  totalForm: keyof NounForms;
  socialForm: keyof NounForms;
}

/** The texts of the note; each sentence is written by rule from the figures it is given. */
export interface NoteLabels {
  heading: string;
  subject: (period: NotePeriod, region: string | null) => string;
  draft: string;
  /** A period as the comparison names it: "IV квартал 2019 года". */
  periodName: (period: NotePeriod) => string;
  opening: (period: NotePeriod, region: string | null, f: OpeningFigures) => string;
  material: NounForms;
  item: NounForms;
  day: NounForms;
  change: (previous: string, previousCount: string, change: string, share: string) => string;
  noPrevious: (previous: string) => string;
  sections: { overall: string; regions: string; priorities: string; plan: string; late: string };
  table: { region: string; total: string };
  leaders: (list: string) => string;
  belowAverage: (list: string) => string;
  noneBelowAverage: string;
  belowAverageDefinition: string;
  months: string[];
  priorities: (p: { russian: string; seniors: string; ethnic: string; youth: string; newProjects: string; names: string }) => string;
  channels: (tvRadio: string, tvRadioBenchmark: string, internet: string, internetBenchmark: string) => string;
  plan: (planned: string, items: string, fulfilled: string, share: string) => string;
  planLowest: (list: string) => string;
  noPlan: string;
  late: (days: string, count: string, share: string) => string;
  lateMost: (list: string) => string;
  noLate: (days: string) => string;
  signature: (by: string) => string;
}

const radio = (label: string, value: string | null): string => (value === null ? '' : `, ${label} – ${value}`);

const ru: NoteLabels = {
  heading: 'СПРАВКА',
  subject: (p, region) =>
    `о материалах, опубликованных в средствах массовой информации в рамках реализации Программы, за ${ru.periodName(p)}${region ? ` (${region})` : ''}`,
  draft: 'Проект сформирован автоматически по данным реестра материалов и подлежит редактированию.',
  periodName: (p) => (p.quarter ? `${ROMAN[p.quarter - 1]} квартал ${p.year} года` : `${p.year} год`),
  opening: (p, region, f) =>
    `${region ? `По региону «${region}» з` : 'З'}а ${ru.periodName(p)} в рамках реализации Программы ` +
    `в республиканских и региональных средствах массовой информации ${f.totalForm === 'one' ? 'опубликован' : 'опубликовано'} ${f.total} ${ru.material[f.totalForm]}. ` +
    `В том числе в республиканских СМИ – ${f.republican} (телеканалы – ${f.republicanTv}${radio('радио', f.republicanRadio)}, печатные СМИ – ${f.republicanPrint}), ` +
    `в региональных СМИ – ${f.regional} (телеканалы – ${f.regionalTv}${radio('радио', f.regionalRadio)}, печатные СМИ – ${f.regionalPrint}), ` +
    `интернет-ресурсах – ${f.internet}, в социальных медиа ${f.socialForm === 'one' ? 'зафиксирована' : 'зафиксировано'} ${f.social} ` +
    `${{ one: 'содержательная запись', few: 'содержательные записи', many: 'содержательных записей' }[f.socialForm]}.`,
  material: { one: 'материал', few: 'материала', many: 'материалов' },
  item: { one: 'пункт', few: 'пункта', many: 'пунктов' },
  day: { one: 'день', few: 'дня', many: 'дней' },
  change: (previous, count, change, share) =>
    `По сравнению с предыдущим периодом (${previous} – ${count}) изменение составило ${change} (${share}).`,
  noPrevious: (previous) => `Данных за предыдущий период (${previous}) в реестре нет, сравнение не приводится.`,
  sections: {
    overall: '1. Общие итоги',
    regions: '2. Регионы',
    priorities: '3. Приоритетные направления',
    plan: '4. Исполнение медиапланов',
    late: '5. Своевременность внесения данных',
  },
  table: { region: 'Регион', total: 'Всего' },
  leaders: (list) => `Наибольшее число материалов – ${list}.`,
  belowAverage: (list) => `Ниже собственного среднемесячного уровня опускались: ${list}.`,
  noneBelowAverage: 'Ни один регион не опускался ниже собственного среднемесячного уровня.',
  belowAverageDefinition:
    'Собственный среднемесячный уровень – среднее число материалов региона в месяц за период справки; месяц считается ниже уровня, если в нём внесено менее половины этого среднего.',
  months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  priorities: (p) =>
    `Из общего числа материалов на русском языке и на двух языках – ${p.russian}, адресованных людям старше 60 лет – ${p.seniors}, ` +
    `этническим группам – ${p.ethnic}, молодёжи – ${p.youth}; в рамках новых спецпроектов${p.names ? ` (${p.names})` : ''} – ${p.newProjects}.`,
  channels: (tv, tvB, net, netB) =>
    `Доля телевидения и радио – ${tv} (по опросу 2020 года из них узнают о Программе ${tvB} аудитории), интернета и социальных сетей – ${net} (${netB}).`,
  plan: (planned, items, fulfilled, share) =>
    `В медиапланах на период запланировано: ${planned} (${items}), выполнено – ${fulfilled} (${share}).`,
  planLowest: (list) => `Наиболее низкое исполнение – ${list}.`,
  noPlan: 'Медиапланы на период в реестр не внесены.',
  late: (days, count, share) => `Позднее ${days} после публикации внесено ${count} (${share} от общего числа).`,
  lateMost: (list) => `Больше всего таких записей – ${list}.`,
  noLate: (days) => `Все материалы внесены в реестр не позднее ${days} после публикации.`,
  signature: (by) => `Подготовил(а): ${by}`,
};

const kk: NoteLabels = {
  heading: 'АНЫҚТАМА',
  subject: (p, region) =>
    `${p.quarter ? `${p.year} жылдың ${ROMAN[p.quarter - 1]} тоқсанында` : `${p.year} жылы`} Бағдарламаны іске асыру шеңберінде бұқаралық ақпарат құралдарында жарияланған материалдар туралы${region ? ` (${region})` : ''}`,
  draft: 'Жоба материалдар тізілімінің деректері бойынша автоматты түрде жасалды, өңдеуге жатады.',
  periodName: (p) => (p.quarter ? `${p.year} жылдың ${ROMAN[p.quarter - 1]} тоқсаны` : `${p.year} жыл`),
  opening: (p, region, f) =>
    `${region ? `${region} бойынша ` : ''}${p.quarter ? `${p.year} жылдың ${ROMAN[p.quarter - 1]} тоқсанында` : `${p.year} жылы`} ` +
    `Бағдарламаны іске асыру шеңберінде республикалық және өңірлік бұқаралық ақпарат құралдарында ${f.total} материал жарияланды. ` +
    `Оның ішінде республикалық БАҚ-та – ${f.republican} (телеарналар – ${f.republicanTv}${radio('радио', f.republicanRadio)}, баспа БАҚ – ${f.republicanPrint}), ` +
    `өңірлік БАҚ-та – ${f.regional} (телеарналар – ${f.regionalTv}${radio('радио', f.regionalRadio)}, баспа БАҚ – ${f.regionalPrint}), ` +
    `интернет-ресурстарда – ${f.internet}, әлеуметтік медиада ${f.social} мазмұнды жазба тіркелген.`,
  material: { one: 'материал', few: 'материал', many: 'материал' },
  item: { one: 'тармақ', few: 'тармақ', many: 'тармақ' },
  day: { one: 'күн', few: 'күн', many: 'күн' },
  change: (previous, count, change, share) => `Алдыңғы кезеңмен салыстырғанда (${previous} – ${count}) өзгеріс: ${change} (${share}).`,
  noPrevious: (previous) => `Алдыңғы кезең (${previous}) бойынша тізілімде деректер жоқ, салыстыру келтірілмейді.`,
  sections: {
    overall: '1. Жалпы қорытынды',
    regions: '2. Өңірлер',
    priorities: '3. Басым бағыттар',
    plan: '4. Медиажоспарлардың орындалуы',
    late: '5. Деректердің уақтылы енгізілуі',
  },
  table: { region: 'Өңір', total: 'Барлығы' },
  leaders: (list) => `Материалдардың ең көп саны – ${list}.`,
  belowAverage: (list) => `Өзінің орташа айлық деңгейінен төмен түскен өңірлер: ${list}.`,
  noneBelowAverage: 'Бірде-бір өңір өзінің орташа айлық деңгейінен төмен түскен жоқ.',
  belowAverageDefinition:
    'Өзінің орташа айлық деңгейі – анықтама кезеңіндегі өңірдің айына орташа материал саны; айда осы орташа санның жартысынан азы енгізілсе, ол деңгейден төмен деп саналады.',
  months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  priorities: (p) =>
    `Материалдардың жалпы санының ішінде орыс тілінде және екі тілде – ${p.russian}, 60 жастан асқан адамдарға арналған – ${p.seniors}, ` +
    `этникалық топтарға – ${p.ethnic}, жастарға – ${p.youth}; жаңа арнайы жобалар${p.names ? ` (${p.names})` : ''} шеңберінде – ${p.newProjects}.`,
  channels: (tv, tvB, net, netB) =>
    `Теледидар мен радионың үлесі – ${tv} (2020 жылғы сауалнама бойынша аудиторияның ${tvB} Бағдарлама туралы осылардан біледі), интернет пен әлеуметтік желілердің үлесі – ${net} (${netB}).`,
  plan: (planned, items, fulfilled, share) =>
    `Кезеңге арналған медиажоспарларда жоспарланғаны: ${planned} (${items}), орындалғаны – ${fulfilled} (${share}).`,
  planLowest: (list) => `Орындалуы ең төмен – ${list}.`,
  noPlan: 'Кезеңге арналған медиажоспарлар тізілімге енгізілмеген.',
  late: (days, count, share) => `Жарияланғаннан кейін ${days} өткен соң енгізілгені – ${count} (жалпы санның ${share}).`,
  lateMost: (list) => `Мұндай жазбалардың ең көбі – ${list}.`,
  noLate: (days) => `Барлық материалдар жарияланғаннан кейін ${days} ішінде тізілімге енгізілді.`,
  signature: (by) => `Дайындаған: ${by}`,
};

const en: NoteLabels = {
  heading: 'NOTE',
  subject: (p, region) => `on the materials published in the media under the Programme, ${en.periodName(p)}${region ? ` (${region})` : ''}`,
  draft: 'Drafted automatically from the register of materials, for editing.',
  periodName: (p) => (p.quarter ? `Q${p.quarter} ${p.year}` : `${p.year}`),
  opening: (p, region, f) =>
    `${region ? `In ${region}, i` : 'I'}n ${p.quarter ? `Q${p.quarter} ${p.year}` : p.year}, under the Programme, republican and regional media ` +
    `published ${f.total} ${en.material[f.totalForm]}. Of these, republican media – ${f.republican} (TV channels – ${f.republicanTv}${radio('radio', f.republicanRadio)}, ` +
    `print media – ${f.republicanPrint}), regional media – ${f.regional} (TV channels – ${f.regionalTv}${radio('radio', f.regionalRadio)}, print media – ${f.regionalPrint}), ` +
    `internet resources – ${f.internet}; ${f.social} substantive ${f.socialForm === 'one' ? 'post was' : 'posts were'} recorded in social media.`,
  material: { one: 'material', few: 'materials', many: 'materials' },
  item: { one: 'item', few: 'items', many: 'items' },
  day: { one: 'day', few: 'days', many: 'days' },
  change: (previous, count, change, share) => `Against the previous period (${previous} – ${count}) the change is ${change} (${share}).`,
  noPrevious: (previous) => `The register holds no data for the previous period (${previous}); no comparison is made.`,
  sections: {
    overall: '1. Overall results',
    regions: '2. Regions',
    priorities: '3. Priorities',
    plan: '4. Media plan execution',
    late: '5. Timeliness of entries',
  },
  table: { region: 'Region', total: 'Total' },
  leaders: (list) => `Most materials: ${list}.`,
  belowAverage: (list) => `Fell below their own monthly average: ${list}.`,
  noneBelowAverage: 'No region fell below its own monthly average.',
  belowAverageDefinition:
    "A region's own monthly average is its average number of materials per month over the note's period; a month is below it when it holds less than half of that average.",
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  priorities: (p) =>
    `Of all the materials, ${p.russian} were in Russian or in both languages, ${p.seniors} addressed people over 60, ` +
    `${p.ethnic} ethnic groups, ${p.youth} young people; ${p.newProjects} belonged to the new special projects${p.names ? ` (${p.names})` : ''}.`,
  channels: (tv, tvB, net, netB) =>
    `TV and radio carried ${tv} (the 2020 survey: ${tvB} of the audience learn about the Programme there), the internet and social media ${net} (${netB}).`,
  plan: (planned, items, fulfilled, share) =>
    `The media plans for the period provide for ${planned} (${items}); fulfilled: ${fulfilled} (${share}).`,
  planLowest: (list) => `Lowest execution: ${list}.`,
  noPlan: 'No media plans for the period are in the register.',
  late: (days, count, share) => `Entered more than ${days} after publication: ${count} (${share} of all).`,
  lateMost: (list) => `Most such entries: ${list}.`,
  noLate: (days) => `Every material was entered within ${days} of publication.`,
  signature: (by) => `Prepared by: ${by}`,
};

export const NOTE_LABELS: Record<Locale, NoteLabels> = { ru, kk, en };
