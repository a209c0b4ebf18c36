import type { Channel, Language, MediaLevel, RegionKind } from './codes';

/** The id, code, three names and version that regions, directions, special projects and target audiences share. */
export interface NamedReference {
  id: number;
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  version: number;
}

/** GET /api/regions */
export interface Region extends NamedReference {
  kind: RegionKind;
  kato: string | null;
  activeFrom: string;
  activeTo: string | null;
}

/** GET /api/special-projects */
export interface SpecialProject extends NamedReference {
  directionId: number;
  introducedIn: number | null;
}

/** GET /api/outlets */
export interface Outlet {
  id: number;
  /** The outlet's own name, as it brands itself. */
  name: string;
  kind: Channel;
  level: MediaLevel;
  /** null for a republican outlet. */
  regionId: number | null;
  languages: Language[];
  url: string | null;
  active: boolean;
  version: number;
}

/** A target audience, with the methods of reaching it. */
export interface TargetAudience extends NamedReference {
  methodsKk: string;
  methodsRu: string;
}

/** GET /api/references: the dictionaries that the dashboard and the forms name things by, in one answer. */
export interface References {
  regions: Region[];
  directions: NamedReference[];
  specialProjects: SpecialProject[];
  targetAudiences: TargetAudience[];
}
