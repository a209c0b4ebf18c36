import { DataProvider, GetListParams, GetListResult, HttpError, RaRecord } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { Completeness, Coverage } from '../../../contracts/analytics';
import type { UserAccount, MeChanges, NewToken, PasswordChange } from '../../../contracts/auth';
import type { ImportResult, TemplateFormat, TemplateLanguage } from '../../../contracts/imports';
import type { Evidence } from '../../../contracts/evidence';
import type { Inbox } from '../../../contracts/inbox';
import type { MaterialBulkAnswer, MaterialBulkInput } from '../../../contracts/materials';
import type {
  BulkAnswer,
  BulkStepInput,
  MediaPlan,
  OverviewRow,
  PlanChanges,
  PlanCopy,
  PlanExecution,
  StepComment,
  WorkflowStep,
} from '../../../contracts/media-plans';
import type { QuarterRow, QuarterStep, QuarterStepInput } from '../../../contracts/quarters';
import type { References } from '../../../contracts/reference';
import type { ListExportRequest, NoteRequest, ReportRequest } from '../../../contracts/reports';
import type { CountRow, NationalRollup, RollupQuery, YearCount } from '../../../contracts/rollups';
import { fallbackName, listExportPath, noteFallbackName, notePath, reportPath, saveDownload } from './downloads';
import { API_URL, authorization, httpClient } from './httpClient';
import { listTotal } from './listTotal';
import { filterParam, groupedRollupPath, nationalRollupPath } from './rollupPaths';

/** An upload's answer. A refusal is told on the page that sent it, with its reason, rather than by react-admin's error handling. */
export type UploadOutcome<T = ImportResult> = { result: T } | { refused: HttpError };

export interface UploadProgress {
  onProgress(loaded: number, total: number): void;
  /** The file is sent; the server is reading and checking it. */
  onProcessing(): void;
}

/** The calls beyond react-admin's CRUD: workflow steps, rollups, imports, reports, one's own account. */
export interface OutreachDataProvider extends DataProvider {
  getMe(): Promise<UserAccount>;
  updateMe(changes: MeChanges): Promise<UserAccount>;
  /** Every other session ends; the answer's token keeps this one going. */
  changePassword(oldPassword: string, newPassword: string): Promise<NewToken>;
  signOutEverywhere(): Promise<void>;
  signOutUserEverywhere(id: number): Promise<void>;
  planStep(id: number, step: WorkflowStep, comment?: string): Promise<MediaPlan>;
  copyPlan(id: number, year: number): Promise<MediaPlan>;
  bulkPlanStep(input: BulkStepInput): Promise<BulkAnswer>;
  planExecution(id: number): Promise<PlanExecution>;
  /** The items added, removed and changed between the plan's last two submissions. */
  planChanges(id: number): Promise<PlanChanges>;
  /** What waits for the signed-in user, by their role and region. */
  inbox(): Promise<Inbox>;
  /** Several materials changed at once: all saved, or none, with each one's outcome. */
  bulkMaterials(input: MaterialBulkInput): Promise<MaterialBulkAnswer>;
  plansOverview(year: number): Promise<OverviewRow[]>;
  quartersOverview(year: number): Promise<QuarterRow[]>;
  quarterStep(step: QuarterStep, input: QuarterStepInput): Promise<QuarterRow>;
  /** Regions, directions, special projects and target audiences in one request (revalidated by its ETag). */
  references(): Promise<References>;
  rollupYears(): Promise<YearCount[]>;
  nationalRollup(query: RollupQuery): Promise<NationalRollup>;
  groupedRollup(groupBy: string, query: RollupQuery): Promise<CountRow[]>;
  coverage(query: RollupQuery): Promise<Coverage>;
  completeness(query: RollupQuery): Promise<Completeness>;
  uploadImport(file: File, dryRun: boolean, progress: UploadProgress): Promise<UploadOutcome>;
  downloadTemplate(format: TemplateFormat, lang: TemplateLanguage): Promise<void>;
  downloadReport(request: ReportRequest): Promise<void>;
  downloadNote(request: NoteRequest): Promise<void>;
  /** A list as the server's workbook: its filter, or only the selected rows. */
  downloadListExport(request: ListExportRequest): Promise<void>;
  /** A material's evidence files, oldest first. */
  evidenceList(materialId: number): Promise<Evidence[]>;
  uploadEvidence(materialId: number, file: File, progress: UploadProgress): Promise<UploadOutcome<Evidence>>;
  /** An evidence file's bytes, fetched with the session's token (an img cannot send it). */
  evidenceBlob(id: number): Promise<Blob>;
  downloadEvidence(evidence: Evidence): Promise<void>;
  deleteEvidence(id: number): Promise<void>;
}

const simpleRest = simpleRestProvider(API_URL, httpClient);

const get = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;

const post = async <T>(path: string, body?: object): Promise<T> =>
  (await httpClient(`${API_URL}${path}`, { method: 'POST', body: body && JSON.stringify(body) })).json as T;

const regionParam = (query: RollupQuery) => (query.regionId === undefined ? '' : `&regionId=${query.regionId}`);

/** An error answer as react-admin's HttpError, keeping the server's code and parameters in its body. */
const refusalOf = (status: number, body: unknown): HttpError =>
  new HttpError(`request failed with status ${status}`, status, typeof body === 'object' && body !== null ? body : undefined);

// XMLHttpRequest rather than fetch: only it reports how much of a large file has been sent.
const upload = <T>(path: string, file: File, progress: UploadProgress): Promise<UploadOutcome<T>> =>
  new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_URL}${path}`);
    for (const [name, value] of Object.entries(authorization())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) progress.onProgress(event.loaded, event.total);
    };
    xhr.upload.onload = () => progress.onProcessing();
    xhr.onload = () => {
      resolve(
        xhr.status >= 200 && xhr.status < 300 && xhr.response
          ? { result: xhr.response as T }
          : { refused: refusalOf(xhr.status, xhr.response) },
      );
    };
    xhr.onerror = () => resolve({ refused: refusalOf(0, null) });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });

/** Fetches a file with the session's token and saves it. */
const download = async (path: string, fallback: string): Promise<void> => {
  const response = await fetch(`${API_URL}${path}`, { headers: authorization() });
  if (!response.ok) throw refusalOf(response.status, null);
  await saveDownload(response, fallback);
};

/** A list's answer with `embed=`: the page and the records it refers to, by resource (docs/api-extensions.md). */
interface Embedding<R extends RaRecord> {
  data: R[];
  embedded: Record<string, RaRecord[]>;
}

/** The resources a list asks to be sent with its page (`meta.prefetch`, react-admin's prefetching). */
const prefetchOf = (meta: unknown): string[] => {
  const prefetch = (meta as { prefetch?: unknown } | undefined)?.prefetch;
  return Array.isArray(prefetch) ? prefetch.filter((p): p is string => typeof p === 'string') : [];
};

/**
 * ra-data-simple-rest, with getList passing on an estimated total as meta.totalEstimated for the pagination, and the
 * records a page refers to as meta.prefetched when the list asks for them: react-admin puts those in its cache, so the
 * page's reference fields ask for nothing more.
 */
export const dataProvider: OutreachDataProvider = {
  ...simpleRest,
  getList: async <RecordType extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<RecordType>> => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
    const query = new URLSearchParams({
      sort: JSON.stringify([field, order]),
      range: JSON.stringify([(page - 1) * perPage, page * perPage - 1]),
      filter: JSON.stringify(params.filter ?? {}),
    });
    const embeds = prefetchOf(params.meta);
    if (embeds.length > 0) query.set('embed', embeds.join(','));
    const { headers, json } = await httpClient(`${API_URL}/${resource}?${query}`, { signal: params.signal });
    const { total, estimated } = listTotal(headers);
    if (embeds.length === 0) return { data: json, total, meta: { totalEstimated: estimated } };
    const { data, embedded } = json as Embedding<RecordType>;
    return { data, total, meta: { totalEstimated: estimated, prefetched: embedded } };
  },
  getMe: () => get('/auth/me'),
  updateMe: async (changes) =>
    (await httpClient(`${API_URL}/auth/me`, { method: 'PUT', body: JSON.stringify(changes) })).json as UserAccount,
  changePassword: (oldPassword, newPassword) => post('/auth/password', { oldPassword, newPassword } satisfies PasswordChange),
  signOutEverywhere: () => post('/auth/sign-out-everywhere'),
  signOutUserEverywhere: (id) => post(`/users/${id}/sign-out-everywhere`),
  planStep: (id, step, comment) => post(`/media-plans/${id}/${step}`, (comment ? { comment } : {}) satisfies StepComment),
  copyPlan: (id, year) => post(`/media-plans/${id}/copy`, { year } satisfies PlanCopy),
  bulkPlanStep: (input) => post('/media-plans/bulk', input),
  planExecution: (id) => get(`/media-plans/${id}/execution`),
  planChanges: (id) => get(`/media-plans/${id}/changes`),
  inbox: () => get('/inbox'),
  bulkMaterials: (input) => post('/materials/bulk', input),
  plansOverview: (year) => get(`/media-plans/overview?year=${year}`),
  quartersOverview: (year) => get(`/quarters?year=${year}`),
  quarterStep: (step, input) => post(`/quarters/${step}`, input),
  references: () => get('/references'),
  rollupYears: () => get('/rollups?groupBy=year'),
  nationalRollup: (query) => get(nationalRollupPath(query, query.filter ?? {})),
  groupedRollup: (groupBy, query) => get(groupedRollupPath(groupBy, query, query.filter ?? {})),
  coverage: (query) => get(`/rollups/coverage?from=${query.from}&to=${query.to}${regionParam(query)}`),
  completeness: (query) =>
    get(`/rollups/completeness?from=${query.from}&to=${query.to}${regionParam(query)}${filterParam(query.filter ?? {})}`),
  uploadImport: (file, dryRun, progress) => upload<ImportResult>(`/materials/import${dryRun ? '?dryRun=true' : ''}`, file, progress),
  downloadTemplate: (format, lang) =>
    download(`/materials/import/template?format=${format}&lang=${lang}`, `materials-import-${lang}.${format}`),
  downloadReport: (request) => download(reportPath(request), fallbackName(request)),
  downloadNote: (request) => download(notePath(request), noteFallbackName(request)),
  downloadListExport: (request) => download(listExportPath(request), `${request.list}-${request.lang}.xlsx`),
  evidenceList: (materialId) => get(`/materials/${materialId}/evidence`),
  uploadEvidence: (materialId, file, progress) => upload<Evidence>(`/materials/${materialId}/evidence`, file, progress),
  evidenceBlob: async (id) => {
    const response = await fetch(`${API_URL}/evidence/${id}`, { headers: authorization() });
    if (!response.ok) throw refusalOf(response.status, await response.json().catch(() => null));
    return response.blob();
  },
  downloadEvidence: (evidence) => download(`/evidence/${evidence.id}`, evidence.fileName),
  deleteEvidence: async (id) => {
    await httpClient(`${API_URL}/evidence/${id}`, { method: 'DELETE' });
  },
};
