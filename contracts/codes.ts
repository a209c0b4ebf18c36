export const CHANNELS = ['tv', 'radio', 'print', 'internet', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MEDIA_LEVELS = ['republican', 'regional'] as const;
export type MediaLevel = (typeof MEDIA_LEVELS)[number];

export const LANGUAGES = ['kk', 'ru', 'kk_ru', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FORMATS = [
  'article',
  'interview',
  'commentary',
  'video_story',
  'tv_program',
  'radio_program',
  'post',
  'video',
  'infographic',
  'live_stream',
  'other',
] as const;
export type Format = (typeof FORMATS)[number];

export const REGION_KINDS = ['oblast', 'city'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const ROLES = ['rpo_editor', 'analyst', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (locale: string): locale is Locale => LOCALES.some((known) => known === locale);

export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The years that plans, quarters, materials and every period may lie in. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
