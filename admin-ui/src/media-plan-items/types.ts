export type Channel = 'tv' | 'radio' | 'print' | 'internet' | 'social';
export type Format =
  | 'article'
  | 'interview'
  | 'commentary'
  | 'video_story'
  | 'tv_program'
  | 'radio_program'
  | 'post'
  | 'video'
  | 'infographic'
  | 'live_stream'
  | 'other';

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
