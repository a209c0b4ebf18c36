import type { AuditAction } from './audit-events';
import type { Channel, Format, Language, Locale, MediaLevel, PlanStatus, RegionKind, Role } from './codes';
import type { TemplateFormat } from './imports';
import type { WorkflowStep } from './media-plans';
import type { QuarterStatus, QuarterStep } from './quarters';
import type { ReportFormat } from './reports';

/** A code's name in each language, side by side so that none is added or changed in one language only. */
type Names = Record<Locale, string>;

const CHANNEL: Record<Channel, Names> = {
  tv: { kk: 'ТВ', ru: 'ТВ', en: 'TV' },
  radio: { kk: 'Радио', ru: 'Радио', en: 'Radio' },
  print: { kk: 'Баспасөз', ru: 'Печать', en: 'Print' },
  internet: { kk: 'Интернет', ru: 'Интернет', en: 'Internet' },
  social: { kk: 'Әлеуметтік желілер', ru: 'Соцсети', en: 'Social media' },
};

const LEVEL: Record<MediaLevel, Names> = {
  republican: { kk: 'Республикалық', ru: 'Республиканский', en: 'Republican' },
  regional: { kk: 'Өңірлік', ru: 'Региональный', en: 'Regional' },
};

const LANGUAGE: Record<Language, Names> = {
  kk: { kk: 'Қазақ тілі', ru: 'Казахский', en: 'Kazakh' },
  ru: { kk: 'Орыс тілі', ru: 'Русский', en: 'Russian' },
  kk_ru: { kk: 'Қазақ және орыс тілдері', ru: 'Казахский и русский', en: 'Kazakh and Russian' },
  other: { kk: 'Басқа', ru: 'Другой', en: 'Other' },
};

const FORMAT: Record<Format, Names> = {
  article: { kk: 'Мақала', ru: 'Статья', en: 'Article' },
  interview: { kk: 'Сұхбат', ru: 'Интервью', en: 'Interview' },
  commentary: { kk: 'Пікір', ru: 'Комментарий', en: 'Commentary' },
  video_story: { kk: 'Бейнесюжет', ru: 'Видеосюжет', en: 'Video story' },
  tv_program: { kk: 'Телебағдарлама', ru: 'Телепередача', en: 'TV programme' },
  radio_program: { kk: 'Радиобағдарлама', ru: 'Радиопередача', en: 'Radio programme' },
  post: { kk: 'Жазба', ru: 'Пост', en: 'Post' },
  video: { kk: 'Бейнеролик', ru: 'Видеоролик', en: 'Video' },
  infographic: { kk: 'Инфографика', ru: 'Инфографика', en: 'Infographic' },
  live_stream: { kk: 'Тікелей эфир', ru: 'Прямой эфир', en: 'Live stream' },
  other: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
};

const REGION_KIND: Record<RegionKind, Names> = {
  oblast: { kk: 'Облыс', ru: 'Область', en: 'Region (oblast)' },
  city: { kk: 'Республикалық маңызы бар қала', ru: 'Город республиканского значения', en: 'City of republican significance' },
};

const PLAN_STATUS: Record<PlanStatus, Names> = {
  draft: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  submitted: { kk: 'Бекітуге жіберілді', ru: 'На утверждении', en: 'Submitted' },
  returned: { kk: 'Қайтарылды', ru: 'Возвращён', en: 'Returned' },
  approved: { kk: 'Бекітілді', ru: 'Утверждён', en: 'Approved' },
};

const ROLE: Record<Role, Names> = {
  rpo_editor: { kk: 'ӨЖО редакторы', ru: 'Редактор РПО', en: 'RPO editor' },
  analyst: { kk: 'Талдаушы', ru: 'Аналитик', en: 'Analyst' },
  approver: { kk: 'Бекітуші', ru: 'Утверждающий', en: 'Approver' },
  admin: { kk: 'Әкімші', ru: 'Администратор', en: 'Administrator' },
};

/** Each language by its own name, the same in every language. */
const LOCALE: Record<Locale, Names> = {
  kk: { kk: 'Қазақша', ru: 'Қазақша', en: 'Қазақша' },
  ru: { kk: 'Русский', ru: 'Русский', en: 'Русский' },
  en: { kk: 'English', ru: 'English', en: 'English' },
};

/** The buttons of the media plan workflow. */
const WORKFLOW_STEP: Record<WorkflowStep, Names> = {
  submit: { kk: 'Бекітуге жіберу', ru: 'Отправить на утверждение', en: 'Submit for approval' },
  approve: { kk: 'Бекіту', ru: 'Утвердить', en: 'Approve' },
  return: { kk: 'Пысықтауға қайтару', ru: 'Вернуть на доработку', en: 'Return for changes' },
  reopen: { kk: 'Өзгертуге ашу', ru: 'Открыть для изменений', en: 'Reopen for changes' },
};

const QUARTER_STATUS: Record<QuarterStatus, Names> = {
  open: { kk: 'Ашық', ru: 'Открыт', en: 'Open' },
  submitted: { kk: 'Тапсырылды', ru: 'Сдан', en: 'Submitted' },
  approved: { kk: 'Бекітілді', ru: 'Утверждён', en: 'Approved' },
  exception: { kk: 'Ерекше рұқсат', ru: 'Исключение', en: 'Exception' },
};

/** The buttons of a quarter's closing. */
const QUARTER_STEP: Record<QuarterStep, Names> = {
  submit: { kk: 'Тапсыру', ru: 'Сдать', en: 'Submit' },
  approve: { kk: 'Бекіту', ru: 'Утвердить', en: 'Approve' },
  exception: { kk: 'Кеш енгізуге рұқсат беру', ru: 'Разрешить поздний ввод', en: 'Grant an exception' },
  close: { kk: 'Қайта жабу', ru: 'Закрыть снова', en: 'Close again' },
};

const AUDIT_ACTION: Record<AuditAction, Names> = {
  create: { kk: 'Құру', ru: 'Создание', en: 'Created' },
  update: { kk: 'Өзгерту', ru: 'Изменение', en: 'Changed' },
  delete: { kk: 'Жою', ru: 'Удаление', en: 'Deleted' },
  submit: { kk: 'Бекітуге жіберу', ru: 'Отправка на утверждение', en: 'Submitted' },
  approve: { kk: 'Бекіту', ru: 'Утверждение', en: 'Approved' },
  return: { kk: 'Қайтару', ru: 'Возврат', en: 'Returned' },
  reopen: { kk: 'Қайта ашу', ru: 'Повторное открытие', en: 'Reopened' },
  copy: { kk: 'Көшіру', ru: 'Копирование', en: 'Copied' },
  import: { kk: 'Импорттау', ru: 'Импорт', en: 'Imported' },
  change_password: { kk: 'Құпиясөзді өзгерту', ru: 'Смена пароля', en: 'Changed password' },
  end_sessions: { kk: 'Сеанстарды аяқтау', ru: 'Завершение сеансов', en: 'Ended sessions' },
  quarter_submit: { kk: 'Тоқсанды жіберу', ru: 'Отправка квартала', en: 'Submitted a quarter' },
  quarter_approve: { kk: 'Тоқсанды бекіту', ru: 'Утверждение квартала', en: 'Approved a quarter' },
  quarter_exception: { kk: 'Тоқсанға ерекшелік', ru: 'Исключение для квартала', en: 'Opened a quarter by exception' },
  quarter_close: { kk: 'Тоқсанды жабу', ru: 'Закрытие квартала', en: 'Closed a quarter' },
  evidence_add: { kk: 'Дәлел файлын тіркеу', ru: 'Прикрепление подтверждения', en: 'Attached evidence' },
  evidence_remove: { kk: 'Дәлел файлын алып тастау', ru: 'Удаление подтверждения', en: 'Removed evidence' },
};

const REPORT_FORMAT: Record<ReportFormat, Names> = {
  xlsx: { kk: 'Excel кітабы (.xlsx)', ru: 'Книга Excel (.xlsx)', en: 'Excel workbook (.xlsx)' },
  csv: { kk: 'Excel үшін CSV', ru: 'CSV для Excel', en: 'CSV for Excel' },
};

const TEMPLATE_FORMAT: Record<TemplateFormat, Names> = {
  xlsx: { kk: 'Excel (.xlsx)', ru: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  csv: { kk: 'CSV (.csv)', ru: 'CSV (.csv)', en: 'CSV (.csv)' },
};

const NAMES = {
  channel: CHANNEL,
  level: LEVEL,
  language: LANGUAGE,
  format: FORMAT,
  regionKind: REGION_KIND,
  planStatus: PLAN_STATUS,
  role: ROLE,
  locale: LOCALE,
  workflowStep: WORKFLOW_STEP,
  quarterStatus: QUARTER_STATUS,
  quarterStep: QUARTER_STEP,
  auditAction: AUDIT_ACTION,
  reportFormat: REPORT_FORMAT,
  templateFormat: TEMPLATE_FORMAT,
};

export type CodeKind = keyof typeof NAMES;

/** Every code's label in one language, by kind of code. */
export type CodeLabels = { [K in CodeKind]: Record<keyof (typeof NAMES)[K], string> };

const labelsIn = (locale: Locale): CodeLabels =>
  Object.fromEntries(
    Object.entries(NAMES).map(([kind, codes]) => [
      kind,
      Object.fromEntries(Object.entries(codes).map(([code, names]: [string, Names]) => [code, names[locale]])),
    ]),
  ) as CodeLabels;

/** The labels of the codes on the wire, shown by the UI and printed by the reports and import templates alike. */
export const CODE_LABELS: Record<Locale, CodeLabels> = { kk: labelsIn('kk'), ru: labelsIn('ru'), en: labelsIn('en') };
