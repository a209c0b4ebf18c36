import { FIRST_YEAR, LAST_YEAR, type Locale } from '../../../contracts/codes';
import type { ImportMessageParams, ImportProblemCode, ImportSaid } from '../../../contracts/imports';
import { dayMonthYear } from '../common/workbook-layout';
import type { HeaderProblem } from './import-columns';

/** A message with its code and parameters. */
export interface Said extends ImportSaid {
  message: string;
}

type Texts = Record<ImportProblemCode, (params: ImportMessageParams) => string>;

export interface ImportMessages {
  header: Record<HeaderProblem['problem'], (column: string) => Said>;
  required: Said;
  tooLong: (max: number) => Said;
  badDate: Said;
  closedQuarter: (quarter: number, year: number) => Said;
  laterThanToday: (today: string) => Said;
  notFound: (value: string) => Said;
  ambiguous: (value: string) => Said;
  notAllowed: (allowed: string) => Said;
  outletOfOtherRegion: (value: string) => Said;
  rubricOfOtherOutlet: (value: string) => Said;
  otherRegion: Said;
  regionRequired: Said;
  badUrl: Said;
  badCount: Said;
  tooManyAudiences: (max: number) => Said;
  planItemOfOtherRegion: Said;
  planItemOfOtherYear: (year: number) => Said;
  planItemNotApproved: Said;
  duplicateInFile: (row: number) => Said;
  duplicateStored: Said;
}

const ru: Texts = {
  unknownColumn: ({ column: c }) => `Неизвестный столбец «${c}»`,
  repeatedColumn: ({ column: c }) => `Столбец «${c}» повторяется`,
  missingColumn: ({ column: c }) => `Нет обязательного столбца «${c}»`,
  required: () => 'Обязательное поле не заполнено',
  tooLong: ({ max }) => `Не длиннее ${max} символов`,
  badDate: () => `Дата должна быть в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, существовать в календаре и лежать в ${FIRST_YEAR}–${LAST_YEAR} годах`,
  closedQuarter: ({ quarter: q, year: y }) => `${q} квартал ${y} года этого региона закрыт: материалы с такой датой не принимаются`,
  laterThanToday: ({ today }) => `Дата публикации не может быть позже сегодняшней (${dayMonthYear(today)} по времени Казахстана)`,
  notFound: ({ value: v }) => `«${v}» не найдено в справочнике`,
  ambiguous: ({ value: v }) => `«${v}» соответствует нескольким записям справочника: укажите id`,
  notAllowed: ({ allowed }) => `Допустимые значения: ${allowed}`,
  outletOfOtherRegion: ({ value: v }) => `СМИ «${v}» относится к другому региону`,
  rubricOfOtherOutlet: ({ value: v }) => `Рубрика «${v}» относится к другому СМИ`,
  otherRegion: () => 'Можно загружать материалы только своего региона',
  regionRequired: () => 'Укажите регион',
  badUrl: () => 'Ссылка должна начинаться с http:// или https:// и быть не длиннее 2000 символов',
  badCount: () => 'Нужно целое неотрицательное число',
  tooManyAudiences: ({ max }) => `Не больше ${max} целевых аудиторий`,
  planItemOfOtherRegion: () => 'Пункт относится к медиаплану другого региона',
  planItemOfOtherYear: ({ year: y }) => `Пункт относится к медиаплану ${y} года`,
  planItemNotApproved: () => 'Медиаплан этого пункта не утверждён',
  duplicateInFile: ({ row }) => `Повтор строки ${row} этого файла`,
  duplicateStored: () => 'Такой материал уже есть в системе (то же СМИ и ссылка или то же СМИ, дата и заголовок)',
};

const kk: Texts = {
  unknownColumn: ({ column: c }) => `Белгісіз баған «${c}»`,
  repeatedColumn: ({ column: c }) => `«${c}» бағаны қайталанады`,
  missingColumn: ({ column: c }) => `Міндетті «${c}» бағаны жоқ`,
  required: () => 'Міндетті өріс толтырылмаған',
  tooLong: ({ max }) => `${max} таңбадан аспауы керек`,
  badDate: () => `Күні КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түрінде, күнтізбеде бар және ${FIRST_YEAR}–${LAST_YEAR} жылдар аралығында болуы керек`,
  closedQuarter: ({ quarter: q, year: y }) => `Осы өңірдің ${y} жылғы ${q}-тоқсаны жабылған: бұл күнмен материалдар қабылданбайды`,
  laterThanToday: ({ today }) => `Жарияланған күні бүгіннен (Қазақстан уақытымен ${dayMonthYear(today)}) кейін болмауы керек`,
  notFound: ({ value: v }) => `«${v}» анықтамалықта табылмады`,
  ambiguous: ({ value: v }) => `«${v}» анықтамалықтың бірнеше жазбасына сәйкес келеді: id көрсетіңіз`,
  notAllowed: ({ allowed }) => `Рұқсат етілген мәндер: ${allowed}`,
  outletOfOtherRegion: ({ value: v }) => `«${v}» БАҚ-ы басқа өңірге жатады`,
  rubricOfOtherOutlet: ({ value: v }) => `«${v}» айдары басқа БАҚ-қа жатады`,
  otherRegion: () => 'Тек өз өңіріңіздің материалдарын жүктеуге болады',
  regionRequired: () => 'Өңірді көрсетіңіз',
  badUrl: () => 'Сілтеме http:// немесе https:// деп басталып, 2000 таңбадан аспауы керек',
  badCount: () => 'Теріс емес бүтін сан керек',
  tooManyAudiences: ({ max }) => `${max} мақсатты аудиториядан аспауы керек`,
  planItemOfOtherRegion: () => 'Тармақ басқа өңірдің медиажоспарына жатады',
  planItemOfOtherYear: ({ year: y }) => `Тармақ ${y} жылғы медиажоспарға жатады`,
  planItemNotApproved: () => 'Бұл тармақтың медиажоспары бекітілмеген',
  duplicateInFile: ({ row }) => `Осы файлдың ${row}-жолының қайталануы`,
  duplicateStored: () => 'Мұндай материал жүйеде бар (сол БАҚ пен сілтеме немесе сол БАҚ, күн мен тақырып)',
};

const en: Texts = {
  unknownColumn: ({ column: c }) => `Unknown column "${c}"`,
  repeatedColumn: ({ column: c }) => `Column "${c}" appears twice`,
  missingColumn: ({ column: c }) => `Required column "${c}" is missing`,
  required: () => 'Required',
  tooLong: ({ max }) => `At most ${max} characters`,
  badDate: () => `The date must be written DD.MM.YYYY or YYYY-MM-DD, exist in the calendar and lie in the years ${FIRST_YEAR}–${LAST_YEAR}`,
  closedQuarter: ({ quarter: q, year: y }) => `Q${q} ${y} of this region is closed: materials dated in it are not accepted`,
  laterThanToday: ({ today }) => `The publication date may not be later than today (${today} in Kazakhstan)`,
  notFound: ({ value: v }) => `"${v}" is not in the reference list`,
  ambiguous: ({ value: v }) => `"${v}" matches several reference records: give the id`,
  notAllowed: ({ allowed }) => `Allowed values: ${allowed}`,
  outletOfOtherRegion: ({ value: v }) => `Outlet "${v}" belongs to another region`,
  rubricOfOtherOutlet: ({ value: v }) => `Rubric "${v}" belongs to another outlet`,
  otherRegion: () => "You may import only your own region's materials",
  regionRequired: () => 'Give the region',
  badUrl: () => 'The link must start with http:// or https:// and be at most 2000 characters long',
  badCount: () => 'A whole number, zero or more',
  tooManyAudiences: ({ max }) => `At most ${max} target audiences`,
  planItemOfOtherRegion: () => "The item belongs to another region's media plan",
  planItemOfOtherYear: ({ year: y }) => `The item belongs to the ${y} media plan`,
  planItemNotApproved: () => "The item's media plan is not approved",
  duplicateInFile: ({ row }) => `Repeats row ${row} of this file`,
  duplicateStored: () => 'Already stored (same outlet and link, or same outlet, date and title)',
};

const build = (texts: Texts): ImportMessages => {
  const say = (code: ImportProblemCode, params: ImportMessageParams = {}): Said => ({ code, params, message: texts[code](params) });
  return {
    header: {
      unknown: (column) => say('unknownColumn', { column }),
      repeated: (column) => say('repeatedColumn', { column }),
      missing: (column) => say('missingColumn', { column }),
    },
    required: say('required'),
    tooLong: (max) => say('tooLong', { max }),
    badDate: say('badDate', { firstYear: FIRST_YEAR, lastYear: LAST_YEAR }),
    closedQuarter: (quarter, year) => say('closedQuarter', { quarter, year }),
    laterThanToday: (today) => say('laterThanToday', { today }),
    notFound: (value) => say('notFound', { value }),
    ambiguous: (value) => say('ambiguous', { value }),
    notAllowed: (allowed) => say('notAllowed', { allowed }),
    outletOfOtherRegion: (value) => say('outletOfOtherRegion', { value }),
    rubricOfOtherOutlet: (value) => say('rubricOfOtherOutlet', { value }),
    otherRegion: say('otherRegion'),
    regionRequired: say('regionRequired'),
    badUrl: say('badUrl'),
    badCount: say('badCount'),
    tooManyAudiences: (max) => say('tooManyAudiences', { max }),
    planItemOfOtherRegion: say('planItemOfOtherRegion'),
    planItemOfOtherYear: (year) => say('planItemOfOtherYear', { year }),
    planItemNotApproved: say('planItemNotApproved'),
    duplicateInFile: (row) => say('duplicateInFile', { row }),
    duplicateStored: say('duplicateStored'),
  };
};

export const IMPORT_MESSAGES: Record<Locale, ImportMessages> = { ru: build(ru), kk: build(kk), en: build(en) };
