import { FIRST_YEAR, LAST_YEAR, type Locale } from '../../../contracts/codes';
import type { HeaderProblem } from './import-columns';

/** A YYYY-MM-DD date as the Kazakh and Russian texts write it, DD.MM.YYYY. */
const dayMonthYear = (iso: string): string => iso.split('-').reverse().join('.');

export interface ImportMessages {
  header: Record<HeaderProblem['problem'], (column: string) => string>;
  required: string;
  tooLong: (max: number) => string;
  badDate: string;
  closedQuarter: (quarter: number, year: number) => string;
  laterThanToday: (today: string) => string;
  notFound: (value: string) => string;
  ambiguous: (value: string) => string;
  notAllowed: (allowed: string) => string;
  outletOfOtherRegion: (value: string) => string;
  rubricOfOtherOutlet: (value: string) => string;
  otherRegion: string;
  regionRequired: string;
  badUrl: string;
  badCount: string;
  tooManyAudiences: (max: number) => string;
  planItemOfOtherRegion: string;
  planItemOfOtherYear: (year: number) => string;
  planItemNotApproved: string;
  duplicateInFile: (row: number) => string;
  duplicateStored: string;
}

const ru: ImportMessages = {
  header: {
    unknown: (c) => `Неизвестный столбец «${c}»`,
    repeated: (c) => `Столбец «${c}» повторяется`,
    missing: (c) => `Нет обязательного столбца «${c}»`,
  },
  required: 'Обязательное поле не заполнено',
  tooLong: (max) => `Не длиннее ${max} символов`,
  badDate: `Дата должна быть в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, существовать в календаре и лежать в ${FIRST_YEAR}–${LAST_YEAR} годах`,
  closedQuarter: (q, y) => `${q} квартал ${y} года этого региона закрыт: материалы с такой датой не принимаются`,
  laterThanToday: (today) => `Дата публикации не может быть позже сегодняшней (${dayMonthYear(today)} по времени Казахстана)`,
  notFound: (v) => `«${v}» не найдено в справочнике`,
  ambiguous: (v) => `«${v}» соответствует нескольким записям справочника: укажите id`,
  notAllowed: (allowed) => `Допустимые значения: ${allowed}`,
  outletOfOtherRegion: (v) => `СМИ «${v}» относится к другому региону`,
  rubricOfOtherOutlet: (v) => `Рубрика «${v}» относится к другому СМИ`,
  otherRegion: 'Можно загружать материалы только своего региона',
  regionRequired: 'Укажите регион',
  badUrl: 'Ссылка должна начинаться с http:// или https:// и быть не длиннее 2000 символов',
  badCount: 'Нужно целое неотрицательное число',
  tooManyAudiences: (max) => `Не больше ${max} целевых аудиторий`,
  planItemOfOtherRegion: 'Пункт относится к медиаплану другого региона',
  planItemOfOtherYear: (y) => `Пункт относится к медиаплану ${y} года`,
  planItemNotApproved: 'Медиаплан этого пункта не утверждён',
  duplicateInFile: (row) => `Повтор строки ${row} этого файла`,
  duplicateStored: 'Такой материал уже есть в системе (то же СМИ и ссылка или то же СМИ, дата и заголовок)',
};

const kk: ImportMessages = {
  header: {
    unknown: (c) => `Белгісіз баған «${c}»`,
    repeated: (c) => `«${c}» бағаны қайталанады`,
    missing: (c) => `Міндетті «${c}» бағаны жоқ`,
  },
  required: 'Міндетті өріс толтырылмаған',
  tooLong: (max) => `${max} таңбадан аспауы керек`,
  badDate: `Күні КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түрінде, күнтізбеде бар және ${FIRST_YEAR}–${LAST_YEAR} жылдар аралығында болуы керек`,
  closedQuarter: (q, y) => `Осы өңірдің ${y} жылғы ${q}-тоқсаны жабылған: бұл күнмен материалдар қабылданбайды`,
  laterThanToday: (today) => `Жарияланған күні бүгіннен (Қазақстан уақытымен ${dayMonthYear(today)}) кейін болмауы керек`,
  notFound: (v) => `«${v}» анықтамалықта табылмады`,
  ambiguous: (v) => `«${v}» анықтамалықтың бірнеше жазбасына сәйкес келеді: id көрсетіңіз`,
  notAllowed: (allowed) => `Рұқсат етілген мәндер: ${allowed}`,
  outletOfOtherRegion: (v) => `«${v}» БАҚ-ы басқа өңірге жатады`,
  rubricOfOtherOutlet: (v) => `«${v}» айдары басқа БАҚ-қа жатады`,
  otherRegion: 'Тек өз өңіріңіздің материалдарын жүктеуге болады',
  regionRequired: 'Өңірді көрсетіңіз',
  badUrl: 'Сілтеме http:// немесе https:// деп басталып, 2000 таңбадан аспауы керек',
  badCount: 'Теріс емес бүтін сан керек',
  tooManyAudiences: (max) => `${max} мақсатты аудиториядан аспауы керек`,
  planItemOfOtherRegion: 'Тармақ басқа өңірдің медиажоспарына жатады',
  planItemOfOtherYear: (y) => `Тармақ ${y} жылғы медиажоспарға жатады`,
  planItemNotApproved: 'Бұл тармақтың медиажоспары бекітілмеген',
  duplicateInFile: (row) => `Осы файлдың ${row}-жолының қайталануы`,
  duplicateStored: 'Мұндай материал жүйеде бар (сол БАҚ пен сілтеме немесе сол БАҚ, күн мен тақырып)',
};

const en: ImportMessages = {
  header: {
    unknown: (c) => `Unknown column "${c}"`,
    repeated: (c) => `Column "${c}" appears twice`,
    missing: (c) => `Required column "${c}" is missing`,
  },
  required: 'Required',
  tooLong: (max) => `At most ${max} characters`,
  badDate: `The date must be written DD.MM.YYYY or YYYY-MM-DD, exist in the calendar and lie in the years ${FIRST_YEAR}–${LAST_YEAR}`,
  closedQuarter: (q, y) => `Q${q} ${y} of this region is closed: materials dated in it are not accepted`,
  laterThanToday: (today) => `The publication date may not be later than today (${today} in Kazakhstan)`,
  notFound: (v) => `"${v}" is not in the reference list`,
  ambiguous: (v) => `"${v}" matches several reference records: give the id`,
  notAllowed: (allowed) => `Allowed values: ${allowed}`,
  outletOfOtherRegion: (v) => `Outlet "${v}" belongs to another region`,
  rubricOfOtherOutlet: (v) => `Rubric "${v}" belongs to another outlet`,
  otherRegion: "You may import only your own region's materials",
  regionRequired: 'Give the region',
  badUrl: 'The link must start with http:// or https:// and be at most 2000 characters long',
  badCount: 'A whole number, zero or more',
  tooManyAudiences: (max) => `At most ${max} target audiences`,
  planItemOfOtherRegion: "The item belongs to another region's media plan",
  planItemOfOtherYear: (y) => `The item belongs to the ${y} media plan`,
  planItemNotApproved: "The item's media plan is not approved",
  duplicateInFile: (row) => `Repeats row ${row} of this file`,
  duplicateStored: 'Already stored (same outlet and link, or same outlet, date and title)',
};

export const IMPORT_MESSAGES: Record<Locale, ImportMessages> = { ru, kk, en };
