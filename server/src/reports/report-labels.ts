import { CODE_LABELS, CodeLabels } from '../../../contracts/code-labels';
import type { Locale } from '../../../contracts/codes';

/** The texts of the quarterly report; the codes' labels are the ones the UI shows. */
export interface ReportLabels {
  sheets: { national: string; regions: string; specialProjects: string; audiences: string; plan: string; materials: string };
  title: (year: number, quarter: number, region: string | null) => string;
  /** The national table's rows, and the name of its first column; the channels' columns are the codes' labels. */
  national: { rows: [string, string, string, string, string]; media: string };
  region: string;
  allRegions: string;
  republicanLevel: string;
  total: string;
  count: string;
  /** The share of all the period's materials, as the priorities page counts it: a material may count for several rows. */
  share: string;
  specialProject: string;
  audience: string;
  plan: { region: string; status: string; items: string; planned: string; linked: string; fulfilled: string; share: string };
  materials: string[];
  codes: CodeLabels;
}

const ru: ReportLabels = {
  sheets: {
    national: 'Общий свод',
    regions: 'Регионы × каналы',
    specialProjects: 'Спецпроекты',
    audiences: 'Целевые аудитории',
    plan: 'План и факт',
    materials: 'Материалы',
  },
  title: (year, quarter, region) => `Отчёт о материалах за ${quarter} квартал ${year} года${region ? ` — ${region}` : ''}`,
  national: {
    rows: ['Республиканские СМИ', 'Региональные СМИ', 'Интернет-ресурсы', 'Социальные сети (посты с контентом)', 'Всего'],
    media: 'СМИ',
  },
  region: 'Регион',
  allRegions: 'все регионы',
  republicanLevel: 'Республиканский медиаплан',
  total: 'Всего',
  count: 'Материалов',
  share: 'Доля от всех материалов',
  specialProject: 'Спецпроект',
  audience: 'Целевая аудитория',
  plan: {
    region: 'Медиаплан',
    status: 'Статус',
    items: 'Пунктов',
    planned: 'Запланировано',
    linked: 'Связано материалов',
    fulfilled: 'Выполнено',
    share: 'Доля выполнения',
  },
  materials: [
    '№',
    'Дата',
    'Регион',
    'СМИ',
    'Рубрика',
    'Канал',
    'Уровень',
    'Язык',
    'Формат',
    'Заголовок',
    'Ссылка',
    'Направление',
    'Спецпроект',
    'Просмотры',
    'Реакции',
    'Репосты',
    'Комментарии',
    'Охват',
  ],
  codes: CODE_LABELS.ru,
};

const kk: ReportLabels = {
  sheets: {
    national: 'Жалпы жиынтық',
    regions: 'Өңірлер × арналар',
    specialProjects: 'Арнайы жобалар',
    audiences: 'Мақсатты аудиториялар',
    plan: 'Жоспар мен нәтиже',
    materials: 'Материалдар',
  },
  title: (year, quarter, region) => `${year} жылғы ${quarter}-тоқсандағы материалдар туралы есеп${region ? ` — ${region}` : ''}`,
  national: {
    rows: ['Республикалық БАҚ', 'Өңірлік БАҚ', 'Интернет-ресурстар', 'Әлеуметтік желілер (мазмұнды жазбалар)', 'Барлығы'],
    media: 'БАҚ',
  },
  region: 'Өңір',
  allRegions: 'барлық өңірлер',
  republicanLevel: 'Республикалық медиажоспар',
  total: 'Барлығы',
  count: 'Материалдар',
  share: 'Барлық материалдардағы үлесі',
  specialProject: 'Арнайы жоба',
  audience: 'Мақсатты аудитория',
  plan: {
    region: 'Медиажоспар',
    status: 'Мәртебесі',
    items: 'Тармақтар',
    planned: 'Жоспарланған',
    linked: 'Байланысты материалдар',
    fulfilled: 'Орындалғаны',
    share: 'Орындалу үлесі',
  },
  materials: [
    '№',
    'Күні',
    'Өңір',
    'БАҚ',
    'Айдар',
    'Арна',
    'Деңгейі',
    'Тілі',
    'Форматы',
    'Тақырыбы',
    'Сілтеме',
    'Бағыты',
    'Арнайы жоба',
    'Қаралым',
    'Реакциялар',
    'Бөлісулер',
    'Пікірлер',
    'Қамту',
  ],
  codes: CODE_LABELS.kk,
};

const en: ReportLabels = {
  sheets: {
    national: 'National count',
    regions: 'Regions x channels',
    specialProjects: 'Special projects',
    audiences: 'Target audiences',
    plan: 'Plan vs fact',
    materials: 'Materials',
  },
  title: (year, quarter, region) => `Materials report, Q${quarter} ${year}${region ? ` — ${region}` : ''}`,
  national: {
    rows: ['Republican media', 'Regional media', 'Internet resources', 'Social media (posts with content)', 'All'],
    media: 'Media',
  },
  region: 'Region',
  allRegions: 'all regions',
  republicanLevel: 'Republican media plan',
  total: 'Total',
  count: 'Materials',
  share: 'Share of all materials',
  specialProject: 'Special project',
  audience: 'Target audience',
  plan: {
    region: 'Media plan',
    status: 'Status',
    items: 'Items',
    planned: 'Planned',
    linked: 'Linked materials',
    fulfilled: 'Fulfilled',
    share: 'Share fulfilled',
  },
  materials: [
    'No.',
    'Date',
    'Region',
    'Outlet',
    'Rubric',
    'Channel',
    'Level',
    'Language',
    'Format',
    'Title',
    'URL',
    'Direction',
    'Special project',
    'Views',
    'Reactions',
    'Shares',
    'Comments',
    'Reach',
  ],
  codes: CODE_LABELS.en,
};

export const REPORT_LABELS: Record<Locale, ReportLabels> = { ru, kk, en };
