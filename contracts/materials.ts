/** A material's audience figures, each a non-negative count an office may leave empty. */
export const MATERIAL_COUNT_FIELDS = ['views', 'reactions', 'shares', 'comments', 'reach'] as const;
export type MaterialCountField = (typeof MATERIAL_COUNT_FIELDS)[number];
