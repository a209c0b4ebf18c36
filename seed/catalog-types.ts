import type { Channel, Language } from '../contracts/codes';

export type SocialPlatform = 'instagram' | 'facebook' | 'telegram' | 'vk' | 'youtube';

export interface RubricDef {
  /** «kk / ru» when the outlet publishes the heading in both languages and the names differ. */
  name: string;
  specialProjectCode: string | null;
}

export interface OutletDef {
  name: string;
  kind: Channel;
  languages: Language[];
  url: string | null;
  /** Relative share of its region's (or the republic's) materials of this kind. */
  weight: number;
  rubrics: RubricDef[];
  circulation: number | null;
  platform: SocialPlatform | null;
}

/** A place name with the forms the title templates need. */
export interface Place {
  kk: string;
  kkLoc: string;
  ru: string;
  ruLoc: string;
}

/** A sacred site: nominative names only, so templates never inflect them. */
export interface Site {
  kk: string;
  ru: string;
}

export interface RegionProfile {
  code: string;
  /** Relative amount of work logged by the office (population and office activity). */
  activity: number;
  /** Share of Russian among materials in outlets that publish in both languages. */
  ruShare: number;
  places: Place[];
  sites: Site[];
  rpo: { fullName: string; locale: 'kk' | 'ru' };
  outlets: OutletDef[];
}

const outlet =
  (kind: Channel) =>
  (
    name: string,
    languages: Language[],
    url: string | null,
    weight: number,
    rubrics: RubricDef[] = [],
    circulation: number | null = null,
  ): OutletDef => ({ name, kind, languages, url, weight, rubrics, circulation, platform: null });

export const tv = outlet('tv');
export const radio = outlet('radio');
export const print = outlet('print');
export const web = outlet('internet');

export const social = (
  platform: SocialPlatform,
  name: string,
  url: string,
  weight: number,
  languages: Language[] = ['kk', 'ru', 'kk_ru'],
): OutletDef => ({ name, kind: 'social', languages, url, weight, rubrics: [], circulation: null, platform });

export const rubric = (name: string, specialProjectCode: string | null = null): RubricDef => ({
  name,
  specialProjectCode,
});

export const place = (kk: string, kkLoc: string, ru: string, ruLoc: string): Place => ({ kk, kkLoc, ru, ruLoc });
export const site = (kk: string, ru: string): Site => ({ kk, ru });
