import { API_URL, httpClient } from '../httpClient';
import type { PlanExecution } from '../../../contracts/media-plans';
import { BulkResult, MediaPlan, OverviewRow, WorkflowStep } from './types';

const post = async <T,>(path: string, body: object): Promise<T> => {
  const { json } = await httpClient(`${API_URL}/media-plans${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as T;
};

const get = async <T,>(path: string): Promise<T> => (await httpClient(`${API_URL}/media-plans${path}`)).json as T;

export const takeStep = (id: number, step: WorkflowStep, comment?: string) =>
  post<MediaPlan>(`/${id}/${step}`, comment ? { comment } : {});

export const copyPlan = (id: number, year: number) => post<MediaPlan>(`/${id}/copy`, { year });

export const bulkStep = (action: 'approve' | 'return', ids: number[], comment?: string) =>
  post<{ results: BulkResult[] }>('/bulk', comment ? { action, ids, comment } : { action, ids });

export const fetchExecution = (id: number) => get<PlanExecution>(`/${id}/execution`);

export const fetchOverview = (year: number) => get<OverviewRow[]>(`/overview?year=${year}`);
