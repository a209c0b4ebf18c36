import { CODE_LABELS } from './code-labels';
import type { Locale } from './codes';
import { phrase } from './grammar';

/**
 * The audit trail's words in kk, ru and en: the sentences of its steps, why sessions ended, how a record is named,
 * the sections and the labels of their fields. The UI's messages take them from here and the server's workbook
 * speaks them, so the list and its export read alike. Messages with a count have their forms separated by "||||".
 */

/** A message in each language, side by side so that none is added or changed in one language only. */
type Names = Record<Locale, string>;

/** The sections (resources) whose records the audit trail records. */
export const AUDIT_SECTIONS = [
  'materials',
  'outlets',
  'rubrics',
  'media-plans',
  'media-plan-items',
  'regions',
  'directions',
  'special-projects',
  'target-audiences',
  'users',
  'quarters',
] as const;
export type AuditSection = (typeof AUDIT_SECTIONS)[number];

const SENTENCE = {
  import: {
    kk: '%{smart_count} материал импортталды',
    ru: 'Импортирован %{smart_count} материал |||| Импортировано %{smart_count} материала |||| Импортировано %{smart_count} материалов',
    en: 'Imported %{smart_count} material |||| Imported %{smart_count} materials',
  },
  import_file: {
    kk: '«%{file}» файлынан %{smart_count} материал импортталды',
    ru: 'Из файла «%{file}» импортирован %{smart_count} материал |||| Из файла «%{file}» импортировано %{smart_count} материала |||| Из файла «%{file}» импортировано %{smart_count} материалов',
    en: 'Imported %{smart_count} material from the file “%{file}” |||| Imported %{smart_count} materials from the file “%{file}”',
  },
  submit: { kk: 'Жоспар бекітуге жіберілді', ru: 'План отправлен на утверждение', en: 'The plan was submitted for approval' },
  approve: { kk: 'Жоспар бекітілді', ru: 'План утверждён', en: 'The plan was approved' },
  return: { kk: 'Жоспар пысықтауға қайтарылды', ru: 'План возвращён на доработку', en: 'The plan was returned for changes' },
  reopen: { kk: 'Жоспар қайтадан өзгертуге ашылды', ru: 'План снова открыт для изменений', en: 'The plan was opened for changes again' },
  with_comment: {
    kk: '%{sentence}. Түсініктеме: «%{comment}»',
    ru: '%{sentence}. Комментарий: «%{comment}»',
    en: '%{sentence}. Comment: “%{comment}”',
  },
  copy: {
    kk: 'Жоспар «%{plan}» жоспарының көшірмесі ретінде құрылды: %{smart_count} тармақ көшірілді',
    ru: 'План создан копией плана «%{plan}»: скопирован %{smart_count} пункт |||| План создан копией плана «%{plan}»: скопировано %{smart_count} пункта |||| План создан копией плана «%{plan}»: скопировано %{smart_count} пунктов',
    en: 'The plan was made as a copy of the plan “%{plan}”: %{smart_count} item copied |||| The plan was made as a copy of the plan “%{plan}”: %{smart_count} items copied',
  },
  quarter_submit: {
    kk: '%{year} жылғы %{quarter}-тоқсан бекітуге жіберілді',
    ru: '%{quarter} квартал %{year} года отправлен на утверждение',
    en: 'Quarter %{quarter} of %{year} was submitted for approval',
  },
  quarter_approve: {
    kk: '%{year} жылғы %{quarter}-тоқсан бекітілді, оның материалдары өзгертуге жабылды',
    ru: '%{quarter} квартал %{year} года утверждён, его материалы закрыты для изменений',
    en: 'Quarter %{quarter} of %{year} was approved; its materials are closed for changes',
  },
  quarter_exception: {
    kk: '%{year} жылғы %{quarter}-тоқсанға бекітілгеннен кейін материал енгізуге рұқсат берілді',
    ru: 'В %{quarter} квартал %{year} года разрешено вносить материалы после утверждения',
    en: 'Late materials were allowed into quarter %{quarter} of %{year}',
  },
  quarter_close: {
    kk: '%{year} жылғы %{quarter}-тоқсан қайтадан өзгертуге жабылды',
    ru: '%{quarter} квартал %{year} года снова закрыт для изменений',
    en: 'Quarter %{quarter} of %{year} was closed for changes again',
  },
  change_password: { kk: 'Құпиясөз өзгертілді', ru: 'Пароль изменён', en: 'The password was changed' },
  end_sessions: {
    kk: 'Тіркелгінің барлық сеансы аяқталды: %{reason}',
    ru: 'Все сеансы учётной записи завершены: %{reason}',
    en: 'Every session of the account was ended: %{reason}',
  },
  evidence_add: {
    kk: 'Жариялау дәлелі тіркелді: «%{file}»',
    ru: 'Прикреплено подтверждение публикации: «%{file}»',
    en: 'Evidence of publication attached: “%{file}”',
  },
  evidence_remove: {
    kk: 'Жариялау дәлелі алып тасталды: «%{file}»',
    ru: 'Удалено подтверждение публикации: «%{file}»',
    en: 'Evidence of publication removed: “%{file}”',
  },
} satisfies Record<string, Names>;

const SESSION_REASON = {
  password_changed: { kk: 'құпиясөз өзгертілді', ru: 'пароль изменён', en: 'the password was changed' },
  password_reset: {
    kk: 'әкімші құпиясөзді қайта орнатты',
    ru: 'пароль сброшен администратором',
    en: 'an administrator reset the password',
  },
  role_changed: { kk: 'рөлі өзгертілді', ru: 'изменена роль', en: 'the role was changed' },
  region_changed: { kk: 'өңірі өзгертілді', ru: 'изменён регион', en: 'the region was changed' },
  deactivated: { kk: 'тіркелгі өшірілді', ru: 'учётная запись отключена', en: 'the account was deactivated' },
  signed_out_everywhere: { kk: 'барлық құрылғыдан шығу', ru: 'выход на всех устройствах', en: 'signed out on every device' },
  signed_out_everywhere_by_an_administrator: {
    kk: 'әкімші барлық құрылғыдағы сеансты аяқтады',
    ru: 'администратор завершил сеансы на всех устройствах',
    en: 'an administrator signed the account out on every device',
  },
} satisfies Record<string, Names>;

const RECORD = {
  record: { kk: '%{resource} «%{name}»', ru: '%{resource} «%{name}»', en: '%{resource} “%{name}”' },
  record_n: { kk: '%{resource} №%{id}', ru: '%{resource} №%{id}', en: '%{resource} no. %{id}' },
  user_n: { kk: '№%{id} пайдаланушы', ru: 'Пользователь №%{id}', en: 'User no. %{id}' },
} satisfies Record<string, Names>;

/** A section's name: one record |||| the list. */
const SECTION: Record<AuditSection, Names> = {
  materials: { kk: 'Материал |||| Материалдар', ru: 'Материал |||| Материалы', en: 'Material |||| Materials' },
  outlets: { kk: 'БАҚ |||| БАҚ', ru: 'СМИ |||| СМИ', en: 'Outlet |||| Outlets' },
  rubrics: { kk: 'Айдар |||| Айдарлар', ru: 'Рубрика |||| Рубрики', en: 'Rubric |||| Rubrics' },
  'media-plans': { kk: 'Медиажоспар |||| Медиажоспарлар', ru: 'Медиаплан |||| Медиапланы', en: 'Media plan |||| Media plans' },
  'media-plan-items': {
    kk: 'Медиажоспар тармағы |||| Медиажоспар тармақтары',
    ru: 'Пункт медиаплана |||| Пункты медиапланов',
    en: 'Media plan item |||| Media plan items',
  },
  regions: { kk: 'Өңір |||| Өңірлер', ru: 'Регион |||| Регионы', en: 'Region |||| Regions' },
  directions: { kk: 'Бағыт |||| Бағыттар', ru: 'Направление |||| Направления', en: 'Direction |||| Directions' },
  'special-projects': {
    kk: 'Арнайы жоба |||| Арнайы жобалар',
    ru: 'Спецпроект |||| Спецпроекты',
    en: 'Special project |||| Special projects',
  },
  'target-audiences': {
    kk: 'Мақсатты аудитория |||| Мақсатты аудиториялар',
    ru: 'Целевая аудитория |||| Целевые аудитории',
    en: 'Target audience |||| Target audiences',
  },
  users: { kk: 'Пайдаланушы |||| Пайдаланушылар', ru: 'Пользователь |||| Пользователи', en: 'User |||| Users' },
  quarters: { kk: 'Тоқсан |||| Тоқсандар', ru: 'Квартал |||| Кварталы', en: 'Quarter |||| Quarters' },
};

const ID: Names = { kk: 'ID', ru: 'ID', en: 'ID' };
const CODE: Names = { kk: 'Коды', ru: 'Код', en: 'Code' };
/** The three names of a reference (a region, a direction...). */
const NAMES = {
  nameKk: { kk: 'Атауы (қаз.)', ru: 'Название (каз.)', en: 'Name (Kazakh)' },
  nameRu: { kk: 'Атауы (орыс.)', ru: 'Название (рус.)', en: 'Name (Russian)' },
  nameEn: { kk: 'Атауы (ағыл.)', ru: 'Название (англ.)', en: 'Name (English)' },
};

const FIELD = {
  materials: {
    id: ID,
    regionId: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
    outletId: { kk: 'БАҚ', ru: 'СМИ', en: 'Outlet' },
    rubricId: { kk: 'Айдар', ru: 'Рубрика', en: 'Rubric' },
    channel: { kk: 'Арна', ru: 'Канал', en: 'Channel' },
    mediaLevel: { kk: 'БАҚ деңгейі', ru: 'Уровень СМИ', en: 'Media level' },
    language: { kk: 'Тілі', ru: 'Язык', en: 'Language' },
    format: { kk: 'Пішімі', ru: 'Формат', en: 'Format' },
    title: { kk: 'Тақырыбы', ru: 'Заголовок', en: 'Title' },
    url: { kk: 'Сілтеме', ru: 'Ссылка', en: 'Link' },
    publishedOn: { kk: 'Жарияланған күні', ru: 'Дата публикации', en: 'Published on' },
    publishedFrom: { kk: 'Жарияланған күннен бастап', ru: 'Опубликовано с', en: 'Published from' },
    publishedTo: { kk: 'Жарияланған күнге дейін', ru: 'Опубликовано по', en: 'Published to' },
    directionId: { kk: 'Бағыт', ru: 'Направление', en: 'Direction' },
    specialProjectId: { kk: 'Арнайы жоба', ru: 'Спецпроект', en: 'Special project' },
    targetAudienceIds: { kk: 'Мақсатты аудиториялар', ru: 'Целевые аудитории', en: 'Target audiences' },
    mediaPlanItemId: { kk: 'Медиажоспар тармағы', ru: 'Пункт медиаплана', en: 'Media plan item' },
    views: { kk: 'Қаралым', ru: 'Просмотры', en: 'Views' },
    reactions: { kk: 'Реакциялар', ru: 'Реакции', en: 'Reactions' },
    shares: { kk: 'Бөлісулер', ru: 'Репосты', en: 'Shares' },
    comments: { kk: 'Пікірлер', ru: 'Комментарии', en: 'Comments' },
    reach: { kk: 'Қамту', ru: 'Охват', en: 'Reach' },
    notes: { kk: 'Ескертпелер', ru: 'Примечания', en: 'Notes' },
    createdById: { kk: 'Авторы', ru: 'Автор', en: 'Author' },
    importId: { kk: 'Импорт №', ru: 'Импорт №', en: 'Import no.' },
    hasEvidence: { kk: 'Жарияланым дәлелдері', ru: 'Доказательства публикации', en: 'Evidence of publication' },
    evidenceCount: { kk: 'Дәлелдер', ru: 'Доказательства', en: 'Evidence' },
    createdAt: { kk: 'Құрылған', ru: 'Создан', en: 'Created' },
    updatedAt: { kk: 'Өзгертілген', ru: 'Изменён', en: 'Updated' },
  },
  outlets: {
    id: ID,
    name: { kk: 'Атауы', ru: 'Название', en: 'Name' },
    kind: { kk: 'Түрі', ru: 'Вид', en: 'Kind' },
    level: { kk: 'Деңгейі', ru: 'Уровень', en: 'Level' },
    regionId: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
    languages: { kk: 'Тілдері', ru: 'Языки', en: 'Languages' },
    url: { kk: 'Сайты', ru: 'Сайт', en: 'Website' },
    active: { kk: 'Белсенді', ru: 'Активно', en: 'Active' },
  },
  rubrics: {
    id: ID,
    outletId: { kk: 'БАҚ', ru: 'СМИ', en: 'Outlet' },
    name: { kk: 'Атауы', ru: 'Название', en: 'Name' },
    specialProjectId: { kk: 'Арнайы жоба', ru: 'Спецпроект', en: 'Special project' },
    active: { kk: 'Белсенді', ru: 'Активна', en: 'Active' },
  },
  'media-plans': {
    id: ID,
    regionId: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
    year: { kk: 'Жыл', ru: 'Год', en: 'Year' },
    title: { kk: 'Атауы', ru: 'Название', en: 'Title' },
    status: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
    submittedAt: { kk: 'Жіберілген', ru: 'Отправлен', en: 'Submitted' },
    approvedAt: { kk: 'Бекітілген', ru: 'Утверждён', en: 'Approved' },
    returnComment: { kk: 'Қайтару себебі', ru: 'Комментарий при возврате', en: 'Return comment' },
    submittedById: { kk: 'Жіберген', ru: 'Отправил', en: 'Submitted by' },
    approvedById: { kk: 'Бекіткен', ru: 'Утвердил', en: 'Approved by' },
    version: { kk: 'Нұсқасы', ru: 'Версия', en: 'Version' },
  },
  'media-plan-items': {
    id: ID,
    mediaPlanId: { kk: 'Медиажоспар', ru: 'Медиаплан', en: 'Media plan' },
    topic: { kk: 'Тақырыбы', ru: 'Тема', en: 'Topic' },
    format: { kk: 'Пішімі', ru: 'Формат', en: 'Format' },
    channel: { kk: 'Арна', ru: 'Канал', en: 'Channel' },
    outletId: { kk: 'БАҚ', ru: 'СМИ', en: 'Outlet' },
    plannedQuarter: { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
    plannedMonth: { kk: 'Ай', ru: 'Месяц', en: 'Month' },
    plannedCount: { kk: 'Жоспар', ru: 'План', en: 'Planned' },
    responsible: { kk: 'Жауапты', ru: 'Ответственный', en: 'Responsible' },
    rubricId: { kk: 'Айдар', ru: 'Рубрика', en: 'Rubric' },
    directionId: { kk: 'Бағыт', ru: 'Направление', en: 'Direction' },
    specialProjectId: { kk: 'Арнайы жоба', ru: 'Спецпроект', en: 'Special project' },
    targetAudienceIds: { kk: 'Мақсатты аудиториялар', ru: 'Целевые аудитории', en: 'Target audiences' },
    notes: { kk: 'Ескертпелер', ru: 'Примечания', en: 'Notes' },
    version: { kk: 'Нұсқасы', ru: 'Версия', en: 'Version' },
  },
  regions: {
    id: ID,
    code: CODE,
    kind: { kk: 'Түрі', ru: 'Тип', en: 'Kind' },
    kato: { kk: 'ӘАОЖ', ru: 'КАТО', en: 'KATO' },
    ...NAMES,
    activeFrom: { kk: 'Басталуы', ru: 'Действует с', en: 'Active from' },
    activeTo: { kk: 'Аяқталуы', ru: 'Действует по', en: 'Active to' },
  },
  directions: {
    id: ID,
    code: CODE,
    ...NAMES,
  },
  'special-projects': {
    id: ID,
    code: CODE,
    ...NAMES,
    directionId: { kk: 'Бағыт', ru: 'Направление', en: 'Direction' },
  },
  'target-audiences': {
    id: ID,
    code: CODE,
    ...NAMES,
    methodsKk: { kk: 'Әдістері (қаз.)', ru: 'Методы (каз.)', en: 'Methods (Kazakh)' },
    methodsRu: { kk: 'Әдістері (орыс.)', ru: 'Методы (рус.)', en: 'Methods (Russian)' },
  },
  users: {
    id: ID,
    login: { kk: 'Логин', ru: 'Логин', en: 'Login' },
    fullName: { kk: 'Аты-жөні', ru: 'ФИО', en: 'Full name' },
    role: { kk: 'Рөлі', ru: 'Роль', en: 'Role' },
    regionId: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
    locale: { kk: 'Интерфейс тілі', ru: 'Язык интерфейса', en: 'Interface language' },
    active: { kk: 'Белсенді', ru: 'Активен', en: 'Active' },
    password: { kk: 'Құпиясөз', ru: 'Пароль', en: 'Password' },
    createdAt: { kk: 'Құрылған', ru: 'Создан', en: 'Created' },
  },
} satisfies Record<Exclude<AuditSection, 'quarters'>, Record<string, Names>>;

const YES_NO = {
  true: { kk: 'Иә', ru: 'Да', en: 'Yes' },
  false: { kk: 'Жоқ', ru: 'Нет', en: 'No' },
};

const inLocale = <K extends string>(names: Record<K, Names>, locale: Locale): Record<K, string> =>
  Object.fromEntries(Object.entries<Names>(names).map(([key, message]) => [key, message[locale]])) as Record<K, string>;

/** The audit trail's messages in one language, under the keys the UI's messages give them (app.audit, resources). */
export interface AuditMessages {
  audit: Record<keyof typeof RECORD, string> & {
    sentence: Record<keyof typeof SENTENCE, string>;
    session_reason: Record<keyof typeof SESSION_REASON, string>;
  };
  resources: Record<AuditSection, { name: string; fields?: Record<string, string> }>;
  boolean: Record<keyof typeof YES_NO, string>;
}

const messagesIn = (locale: Locale): AuditMessages => ({
  audit: { ...inLocale(RECORD, locale), sentence: inLocale(SENTENCE, locale), session_reason: inLocale(SESSION_REASON, locale) },
  resources: Object.fromEntries(
    AUDIT_SECTIONS.map((section) => [
      section,
      section === 'quarters'
        ? { name: SECTION[section][locale] }
        : { name: SECTION[section][locale], fields: inLocale<string>(FIELD[section], locale) },
    ]),
  ) as AuditMessages['resources'],
  boolean: inLocale(YES_NO, locale),
});

export const AUDIT_MESSAGES: Record<Locale, AuditMessages> = { kk: messagesIn('kk'), ru: messagesIn('ru'), en: messagesIn('en') };

/** A message by its key with its parameters, as react-admin's translate takes it (`_`: the text when there is none). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The UI's translate over the audit trail's messages and the codes' labels (app.<kind>.<code>), for the server: the
 * same keys, the same forms after a count.
 */
export function auditTranslate(locale: Locale): Translate {
  const m = AUDIT_MESSAGES[locale];
  const tree: unknown = { app: { ...CODE_LABELS[locale], audit: m.audit }, resources: m.resources, ra: { boolean: m.boolean } };
  return (key, options = {}) => {
    const found = key
      .split('.')
      .reduce<unknown>(
        (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
        tree,
      );
    const message = typeof found === 'string' ? found : typeof options._ === 'string' ? options._ : key;
    return phrase(message, options, locale);
  };
}

/** A section by the name of its list (Материалы, Materials); a resource the trail does not know by its own name. */
export const sectionName = (resource: string, locale: Locale): string => {
  const section = AUDIT_SECTIONS.find((known) => known === resource);
  return section ? (SECTION[section][locale].split(' |||| ').at(-1) ?? resource) : resource;
};
