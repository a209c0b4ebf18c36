import { API_URL, httpClient } from '../httpClient';
import { QuarterRow, QuarterStep } from './quarterRules';

export interface StepInput {
  regionId: number;
  year: number;
  quarter: number;
  comment?: string;
}

export const takeQuarterStep = async (step: QuarterStep, input: StepInput): Promise<QuarterRow> => {
  const { json } = await httpClient(`${API_URL}/quarters/${step}`, { method: 'POST', body: JSON.stringify(input) });
  return json as QuarterRow;
};
