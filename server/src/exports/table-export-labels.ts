import type { Locale } from '../../../contracts/codes';

/** The lists exported as one sheet of their own columns. */
export const EXPORTED_TABLES = ['users', 'outlets', 'rubrics', 'regions', 'directions', 'special-projects', 'target-audiences'] as const;
export type ExportedTable = (typeof EXPORTED_TABLES)[number];

export interface TableTexts {
  title: string;
  sheet: string;
  header: string[];
}

/** The texts of the one-sheet exports, and the names of their filters that the other exports do not have. */
export interface TableExportLabels {
  tables: Record<ExportedTable, TableTexts>;
  filters: Record<string, string>;
  /** The filter `kind` of each list that has one: an outlet's channel, a region's type. */
  kind: { outlets: string; regions: string };
}

const NAMED_RU = ['№', 'Код', 'Название (каз.)', 'Название (рус.)'];
const NAMED_KK = ['№', 'Коды', 'Атауы (қаз.)', 'Атауы (орыс.)'];
const NAMED_EN = ['No.', 'Code', 'Name (Kazakh)', 'Name (Russian)'];

const ru: TableExportLabels = {
  tables: {
    users: {
      title: 'Пользователи',
      sheet: 'Пользователи',
      header: ['№', 'Логин', 'ФИО', 'Роль', 'Регион', 'Язык интерфейса', 'Активен', 'Создан'],
    },
    outlets: { title: 'СМИ', sheet: 'СМИ', header: ['№', 'Название', 'Канал', 'Уровень', 'Регион', 'Языки', 'Сайт', 'Активно'] },
    rubrics: { title: 'Рубрики', sheet: 'Рубрики', header: ['№', 'Название', 'СМИ', 'Регион СМИ', 'Спецпроект', 'Активна'] },
    regions: { title: 'Регионы', sheet: 'Регионы', header: [...NAMED_RU, 'КАТО', 'Тип', 'Действует с', 'Действует по'] },
    directions: { title: 'Направления', sheet: 'Направления', header: NAMED_RU },
    'special-projects': { title: 'Спецпроекты', sheet: 'Спецпроекты', header: [...NAMED_RU, 'Направление', 'Введён в году'] },
    'target-audiences': {
      title: 'Целевые аудитории',
      sheet: 'Аудитории',
      header: [...NAMED_RU, 'Методы работы (каз.)', 'Методы работы (рус.)'],
    },
  },
  filters: { role: 'Роль', active: 'Активен', level: 'Уровень', mediaPlanId: 'Медиаплан №' },
  kind: { outlets: 'Канал', regions: 'Тип' },
};

const kk: TableExportLabels = {
  tables: {
    users: {
      title: 'Пайдаланушылар',
      sheet: 'Пайдаланушылар',
      header: ['№', 'Логин', 'Аты-жөні', 'Рөлі', 'Өңір', 'Интерфейс тілі', 'Белсенді', 'Құрылды'],
    },
    outlets: { title: 'БАҚ', sheet: 'БАҚ', header: ['№', 'Атауы', 'Арна', 'Деңгейі', 'Өңір', 'Тілдері', 'Сайты', 'Белсенді'] },
    rubrics: { title: 'Айдарлар', sheet: 'Айдарлар', header: ['№', 'Атауы', 'БАҚ', 'БАҚ өңірі', 'Арнайы жоба', 'Белсенді'] },
    regions: { title: 'Өңірлер', sheet: 'Өңірлер', header: [...NAMED_KK, 'ӘАОЖ', 'Түрі', 'Басталуы', 'Аяқталуы'] },
    directions: { title: 'Бағыттар', sheet: 'Бағыттар', header: NAMED_KK },
    'special-projects': { title: 'Арнайы жобалар', sheet: 'Арнайы жобалар', header: [...NAMED_KK, 'Бағыты', 'Енгізілген жылы'] },
    'target-audiences': {
      title: 'Мақсатты аудиториялар',
      sheet: 'Аудиториялар',
      header: [...NAMED_KK, 'Жұмыс әдістері (қаз.)', 'Жұмыс әдістері (орыс.)'],
    },
  },
  filters: { role: 'Рөлі', active: 'Белсенді', level: 'Деңгейі', mediaPlanId: 'Медиажоспар №' },
  kind: { outlets: 'Арна', regions: 'Түрі' },
};

const en: TableExportLabels = {
  tables: {
    users: {
      title: 'Users',
      sheet: 'Users',
      header: ['No.', 'Login', 'Full name', 'Role', 'Region', 'Interface language', 'Active', 'Created'],
    },
    outlets: {
      title: 'Outlets',
      sheet: 'Outlets',
      header: ['No.', 'Name', 'Channel', 'Level', 'Region', 'Languages', 'Website', 'Active'],
    },
    rubrics: { title: 'Rubrics', sheet: 'Rubrics', header: ['No.', 'Name', 'Outlet', "Outlet's region", 'Special project', 'Active'] },
    regions: { title: 'Regions', sheet: 'Regions', header: [...NAMED_EN, 'KATO', 'Type', 'Active from', 'Active to'] },
    directions: { title: 'Directions', sheet: 'Directions', header: NAMED_EN },
    'special-projects': {
      title: 'Special projects',
      sheet: 'Special projects',
      header: [...NAMED_EN, 'Direction', 'Introduced in'],
    },
    'target-audiences': {
      title: 'Target audiences',
      sheet: 'Audiences',
      header: [...NAMED_EN, 'Methods (Kazakh)', 'Methods (Russian)'],
    },
  },
  filters: { role: 'Role', active: 'Active', level: 'Level', mediaPlanId: 'Media plan No.' },
  kind: { outlets: 'Channel', regions: 'Type' },
};

export const TABLE_EXPORT_LABELS: Record<Locale, TableExportLabels> = { ru, kk, en };
