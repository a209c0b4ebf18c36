import type { RowOutcome } from './errors';

/** A material's audience figures, each a non-negative count an office may leave empty. */
export const MATERIAL_COUNT_FIELDS = ['views', 'reactions', 'shares', 'comments', 'reach'] as const;
export type MaterialCountField = (typeof MATERIAL_COUNT_FIELDS)[number];

/** The calendar a publication is dated in: Kazakhstan's, whatever the server's or the browser's own time zone. */
export const PUBLICATION_TIME_ZONE = 'Asia/Almaty';

/** Today in Kazakhstan (YYYY-MM-DD): a material records a publication that happened, so it is dated no later. */
export function latestPublicationDay(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: PUBLICATION_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** What POST /api/materials/bulk may set on every material it is given. */
export const MATERIAL_BULK_FIELDS = ['mediaPlanItemId', 'rubricId', 'directionId', 'specialProjectId', 'targetAudienceIds'] as const;
export type MaterialBulkField = (typeof MATERIAL_BULK_FIELDS)[number];
/** At most this many materials a request. */
export const MATERIAL_BULK_MAX = 500;

export interface MaterialBulkSet {
  mediaPlanItemId?: number | null;
  rubricId?: number | null;
  directionId?: number | null;
  specialProjectId?: number | null;
  targetAudienceIds?: number[];
}

/** The body of POST /api/materials/bulk: the materials at the versions the client saw, and what to set on each. */
export interface MaterialBulkInput {
  items: { id: number; version: number }[];
  set: MaterialBulkSet;
}

/** The answer of POST /api/materials/bulk: every material saved, or none (saved false) with each one's outcome. */
export interface MaterialBulkAnswer {
  saved: boolean;
  results: RowOutcome[];
}

/** The records a page of materials refers to that `GET /api/materials?embed=` can send with it, by resource. */
export const MATERIAL_EMBEDS = ['outlets', 'regions'] as const;
export type MaterialEmbed = (typeof MATERIAL_EMBEDS)[number];
