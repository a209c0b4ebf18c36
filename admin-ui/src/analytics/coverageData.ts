import type { CoverageBenchmark } from '../../../contracts/analytics';
import type { CountRow, MaterialFilter } from '../../../contracts/rollups';

export const PRIORITIES = ['russianOrBilingual', 'seniors', 'ethnicGroups', 'youth', 'newSpecialProjects', 'tvRadio', 'internet'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type CoverageLevel = 'none' | 'low' | 'below' | 'near' | 'high';

export interface CoverageCell {
  count: number;
  share: number;
  level: CoverageLevel;
}

export interface CoverageRow {
  /** null for the row of all regions together. */
  regionId: number | null;
  total: number;
  cells: Record<Priority, CoverageCell>;
}

export interface PriorityIds {
  seniors?: number;
  ethnicGroups?: number;
  youth?: number;
  newProjects: number[];
}

export interface CoverageInput {
  byLanguage: CountRow[];
  byAudience: CountRow[];
  byChannel: CountRow[];
  byProject: CountRow[];
}

const AUDIENCES = { seniors: 'seniors-60-plus', ethnicGroups: 'ethnic-groups', youth: 'youth-16-29' } as const;

/** The ids of the priority audiences, found by their stable codes. */
export const audienceIds = (audiences: { id: number; code: string }[]): Omit<PriorityIds, 'newProjects'> => {
  const idOf = (code: string) => audiences.find((audience) => audience.code === code)?.id;
  return { seniors: idOf(AUDIENCES.seniors), ethnicGroups: idOf(AUDIENCES.ethnicGroups), youth: idOf(AUDIENCES.youth) };
};

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);

/** How a share compares with its reference: the benchmark, or the share of all regions together. */
export const coverageLevel = (share: number, reference: number, total: number): CoverageLevel => {
  if (total === 0) return 'none';
  if (reference <= 0) return share > 0 ? 'high' : 'none';
  const relative = share / reference;
  if (relative < 0.5) return 'low';
  if (relative < 0.85) return 'below';
  if (relative < 1.15) return 'near';
  return 'high';
};

type Counts = { total: number } & Record<Priority, number>;

const emptyCounts = (): Counts => ({
  total: 0,
  russianOrBilingual: 0,
  seniors: 0,
  ethnicGroups: 0,
  youth: 0,
  newSpecialProjects: 0,
  tvRadio: 0,
  internet: 0,
});

const countsByRegion = (input: CoverageInput, ids: PriorityIds): Map<number, Counts> => {
  const regions = new Map<number, Counts>();
  const add = (row: CountRow, key: keyof Counts) => {
    if (row.regionId === null) return;
    const id = Number(row.regionId);
    const counts = regions.get(id) ?? emptyCounts();
    counts[key] += row.count;
    regions.set(id, counts);
  };
  for (const row of input.byLanguage) {
    add(row, 'total');
    if (row.language === 'ru' || row.language === 'kk_ru') add(row, 'russianOrBilingual');
  }
  for (const row of input.byAudience) {
    const audience = Number(row.targetAudienceId);
    if (audience === ids.seniors) add(row, 'seniors');
    if (audience === ids.ethnicGroups) add(row, 'ethnicGroups');
    if (audience === ids.youth) add(row, 'youth');
  }
  for (const row of input.byChannel) {
    if (row.channel === 'tv' || row.channel === 'radio') add(row, 'tvRadio');
    if (row.channel === 'internet' || row.channel === 'social') add(row, 'internet');
  }
  for (const row of input.byProject) if (ids.newProjects.includes(Number(row.specialProjectId))) add(row, 'newSpecialProjects');
  return regions;
};

const sharesOf = (counts: Counts) =>
  Object.fromEntries(PRIORITIES.map((priority) => [priority, ratio(counts[priority], counts.total)])) as Record<Priority, number>;

/** Regions × priorities with each cell's share coloured against its reference, plus the row of all regions. */
export const buildCoverage = (
  input: CoverageInput,
  ids: PriorityIds,
  benchmark: CoverageBenchmark,
  regionIds: number[],
): { rows: CoverageRow[]; all: CoverageRow } => {
  const byRegion = countsByRegion(input, ids);
  const all = [...byRegion.values()].reduce((sum, counts) => {
    for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] += counts[key];
    return sum;
  }, emptyCounts());
  const allShares = sharesOf(all);
  const reference: Record<Priority, number> = { ...allShares, tvRadio: benchmark.tvRadio, internet: benchmark.internet };
  const rowOf = (regionId: number | null, counts: Counts): CoverageRow => {
    const shares = sharesOf(counts);
    const cells = Object.fromEntries(
      PRIORITIES.map((priority) => [
        priority,
        { count: counts[priority], share: shares[priority], level: coverageLevel(shares[priority], reference[priority], counts.total) },
      ]),
    ) as Record<Priority, CoverageCell>;
    return { regionId, total: counts.total, cells };
  };
  return {
    rows: regionIds.map((id) => rowOf(id, byRegion.get(id) ?? emptyCounts())),
    all: rowOf(null, all),
  };
};

/** The materials-list filter that shows the materials a priority's cell counts. */
export const priorityFilter = (priority: Priority, ids: PriorityIds): MaterialFilter => {
  switch (priority) {
    case 'russianOrBilingual':
      return { language: ['ru', 'kk_ru'] };
    case 'seniors':
    case 'ethnicGroups':
    case 'youth':
      return { targetAudienceIds: [ids[priority] ?? 0] };
    case 'newSpecialProjects':
      return { specialProjectId: ids.newProjects };
    case 'tvRadio':
      return { channel: ['tv', 'radio'] };
    case 'internet':
      return { channel: ['internet', 'social'] };
  }
};
