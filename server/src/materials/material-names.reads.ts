/**
 * The audit trail's branch naming materials by id (see audit-events/audit-names.ts): id, the title as the name in
 * each language, no plan, the material's region, no role, no user region.
 */
export const materialNamesSql = (ids: string): string =>
  `SELECT id, title, title, title, NULL::int, region_id, NULL::text, NULL::int FROM materials WHERE id = ANY(${ids})`;
