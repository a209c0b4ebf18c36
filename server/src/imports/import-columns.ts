import type { Locale } from '../../../contracts/codes';
import { MATERIAL_BY_IMPORT_COLUMN } from '../materials/material.fields';

export const IMPORT_FIELDS = [
  'title',
  'outlet',
  'rubric',
  'publishedOn',
  'language',
  'format',
  'url',
  'direction',
  'specialProject',
  'targetAudiences',
  'region',
  'mediaPlanItem',
  'views',
  'reactions',
  'shares',
  'comments',
  'reach',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

interface ColumnDef {
  labels: Record<Locale, string>;
  /** Other headers seen in offices' own sheets (the API's field name is one too). */
  aliases: string[];
}

export const COLUMNS: Record<ImportField, ColumnDef> = {
  title: { labels: { ru: 'Заголовок', kk: 'Тақырыбы', en: 'Title' }, aliases: ['Название', 'Атауы', 'Тақырып'] },
  outlet: { labels: { ru: 'СМИ', kk: 'БАҚ', en: 'Outlet' }, aliases: [] },
  rubric: { labels: { ru: 'Рубрика', kk: 'Айдар', en: 'Rubric' }, aliases: [] },
  publishedOn: { labels: { ru: 'Дата публикации', kk: 'Жарияланған күні', en: 'Published on' }, aliases: ['Дата', 'Күні'] },
  language: { labels: { ru: 'Язык', kk: 'Тілі', en: 'Language' }, aliases: ['Тіл'] },
  format: { labels: { ru: 'Формат', kk: 'Форматы', en: 'Format' }, aliases: [] },
  url: { labels: { ru: 'Ссылка', kk: 'Сілтеме', en: 'URL' }, aliases: [] },
  direction: { labels: { ru: 'Направление', kk: 'Бағыты', en: 'Direction' }, aliases: ['Бағыт'] },
  specialProject: { labels: { ru: 'Спецпроект', kk: 'Арнайы жоба', en: 'Special project' }, aliases: [] },
  targetAudiences: {
    labels: { ru: 'Целевые аудитории', kk: 'Мақсатты аудиториялар', en: 'Target audiences' },
    aliases: ['Целевая аудитория', 'Мақсатты аудитория'],
  },
  region: { labels: { ru: 'Регион', kk: 'Өңір', en: 'Region' }, aliases: [] },
  mediaPlanItem: { labels: { ru: 'Пункт медиаплана', kk: 'Медиажоспар тармағы', en: 'Media plan item' }, aliases: [] },
  views: { labels: { ru: 'Просмотры', kk: 'Қаралым', en: 'Views' }, aliases: [] },
  reactions: { labels: { ru: 'Реакции', kk: 'Реакциялар', en: 'Reactions' }, aliases: [] },
  shares: { labels: { ru: 'Репосты', kk: 'Бөлісулер', en: 'Shares' }, aliases: [] },
  comments: { labels: { ru: 'Комментарии', kk: 'Пікірлер', en: 'Comments' }, aliases: [] },
  reach: { labels: { ru: 'Охват', kk: 'Қамту', en: 'Reach' }, aliases: [] },
  notes: { labels: { ru: 'Примечание', kk: 'Ескертпе', en: 'Notes' }, aliases: ['Примечания'] },
};

/** How the template marks its example row, at the start of the title: the import skips a first row so marked. */
export const EXAMPLE_MARKERS: Record<Locale, string> = { ru: 'Пример', kk: 'Мысал', en: 'Example' };

export const REQUIRED_FIELDS: readonly ImportField[] = ['title', 'outlet', 'publishedOn', 'language', 'format'];

/**
 * Letters typed for one another: ё for е, a Kazakh letter without a Kazakh keyboard, a Latin letter that looks like a
 * Cyrillic one.
 */
const LOOK_ALIKES: Record<string, string> = {
  ё: 'е',
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'и',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/** Trimmed, lower case, inner spaces collapsed, look-alike letters folded: how headers and reference names are compared. */
export function normalize(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]);
}

const EXAMPLE_TITLE = new RegExp(`^(${Object.values(EXAMPLE_MARKERS).map(normalize).join('|')})\\s*:`);

/** Whether a title is the template's example's. */
export const isExampleTitle = (title: string): boolean => EXAMPLE_TITLE.test(normalize(title));

/** The API's name of what a column fills: a material's field, or its audiences' link. */
const API_NAMES: Record<string, string> = { ...MATERIAL_BY_IMPORT_COLUMN, targetAudiences: 'targetAudienceIds' };

const BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => {
    const c = COLUMNS[field];
    return [field, API_NAMES[field] ?? field, ...Object.values(c.labels), ...c.aliases].map((h) => [normalize(h), field] as const);
  }),
);

export interface HeaderProblem {
  column: string;
  problem: 'unknown' | 'repeated' | 'missing';
}

export interface Header {
  /** The field of each column of the sheet (undefined: ignored). */
  fields: (ImportField | undefined)[];
  /** The column name the file itself uses, for messages. */
  names: Map<ImportField, string>;
  problems: HeaderProblem[];
}

/** The template's Russian or Kazakh names, the English ones or the API's field names, in any order and case. */
export function readHeader(cells: string[], required: readonly ImportField[], locale: Locale): Header {
  const fields: (ImportField | undefined)[] = [];
  const names = new Map<ImportField, string>();
  const problems: HeaderProblem[] = [];
  cells.forEach((cell, i) => {
    const name = cell.trim();
    if (name === '') return;
    const field = BY_HEADER.get(normalize(name.replace(/\*$/, '')));
    if (!field) problems.push({ column: name, problem: 'unknown' });
    else if (names.has(field)) problems.push({ column: name, problem: 'repeated' });
    else {
      names.set(field, name);
      fields[i] = field;
    }
  });
  for (const field of required) if (!names.has(field)) problems.push({ column: COLUMNS[field].labels[locale], problem: 'missing' });
  return { fields, names, problems };
}
