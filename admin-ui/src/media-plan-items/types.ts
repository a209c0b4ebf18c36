import type { Channel, Format } from '../../../contracts/codes';

export interface MediaPlanItem {
  id: number;
  mediaPlanId: number;
  topic: string;
  format: Format;
  channel: Channel;
  outletId: number | null;
  rubricId: number | null;
  directionId: number | null;
  specialProjectId: number | null;
  targetAudienceIds: number[];
  plannedQuarter: number | null;
  plannedMonth: number | null;
  plannedCount: number;
  responsible: string | null;
  notes: string | null;
  version: number;
}
