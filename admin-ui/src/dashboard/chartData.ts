import { Channel, CHANNELS } from '../../../contracts/codes';
import type { CountRow } from '../../../contracts/rollups';

export type TrendRow = { month: string } & Record<Channel, number>;

const zeroChannels = (): Record<Channel, number> => ({ tv: 0, radio: 0, print: 0, internet: 0, social: 0 });
const isChannel = (value: unknown): value is Channel => CHANNELS.some((channel) => channel === value);

/** One row per month of the period (empty months included) with the count per channel. */
export const monthlyTrend = (rows: CountRow[], months: string[]): TrendRow[] => {
  const byMonth = new Map(months.map((month) => [month, { month, ...zeroChannels() }]));
  for (const row of rows) {
    const target = byMonth.get(String(row.month));
    if (target && isChannel(row.channel)) target[row.channel] += row.count;
  }
  return [...byMonth.values()];
};

export interface RankedRegion {
  regionId: number;
  name: string;
  count: number;
  selected: boolean;
}

/** Regions from the most to the fewest materials; regions without materials come last with zero. */
export const rankRegions = (rows: CountRow[], regions: { id: number; name: string }[], selectedId: number | undefined): RankedRegion[] => {
  const counts = new Map(rows.filter((row) => row.regionId !== null).map((row) => [Number(row.regionId), row.count]));
  return regions
    .map((region) => ({ regionId: region.id, name: region.name, count: counts.get(region.id) ?? 0, selected: region.id === selectedId }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
};

export interface ProjectBar {
  id: number;
  name: string;
  count: number;
  isNew: boolean;
}

/** The newest special projects: those introduced in the latest year any project was (as the server's coverage says). */
export const newProjectIds = (projects: { id: number; introducedIn?: number | null }[]): number[] => {
  const years = projects.map((project) => project.introducedIn ?? 0);
  const latest = Math.max(0, ...years);
  return latest === 0 ? [] : projects.filter((project) => project.introducedIn === latest).map((project) => project.id);
};

/** Materials per special project, the new ones flagged (and shown even without materials). */
export const specialProjectBars = (rows: CountRow[], projects: { id: number; name: string }[], newIds: number[]): ProjectBar[] => {
  const counts = new Map(rows.filter((row) => row.specialProjectId !== null).map((row) => [Number(row.specialProjectId), row.count]));
  return projects
    .map((project) => ({
      id: project.id,
      name: project.name,
      count: counts.get(project.id) ?? 0,
      isNew: newIds.includes(project.id),
    }))
    .filter((bar) => bar.count > 0 || bar.isNew)
    .sort((a, b) => b.count - a.count || a.id - b.id);
};

export interface LanguageSlice {
  language: string;
  count: number;
  share: number;
}

const LANGUAGE_ORDER = ['kk', 'ru', 'kk_ru', 'other'];

/** Materials per language with their share of the total (ratio, three decimals). */
export const languageMix = (rows: CountRow[]): LanguageSlice[] => {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return rows
    .filter((row) => row.count > 0)
    .map((row) => ({
      language: String(row.language),
      count: row.count,
      share: total === 0 ? 0 : Math.round((row.count / total) * 1000) / 1000,
    }))
    .sort((a, b) => LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language));
};
