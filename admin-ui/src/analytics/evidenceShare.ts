import type { MaterialFilter } from '../../../contracts/rollups';
import type { ListFilter } from './drillDown';

/** The share of materials with evidence of publication, or null when there are none to have it. */
export const evidenceShare = (withEvidence: number, count: number): number | null => (count > 0 ? withEvidence / count : null);

/** The materials a share counts as proven: the page's filter, the region, and only those with evidence files. */
export const withEvidenceFilter = (filter: MaterialFilter, regionId: number): ListFilter => ({ ...filter, regionId, hasEvidence: true });
