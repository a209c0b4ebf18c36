import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { QuarterClosures1764200000000 } from './1764200000000-quarter-closures';
import { MaterialCounters1764250000000 } from './1764250000000-material-counters';
import { Imports1764300000000 } from './1764300000000-imports';
import { LoginFailures1764400000000 } from './1764400000000-login-failures';
import { MaterialDuplicateIndexes1764550000000 } from './1764550000000-material-duplicate-indexes';
import { MaterialsListIndex1764600000000 } from './1764600000000-materials-list-index';
import { RateLimits1764700000000 } from './1764700000000-rate-limits';
import { MaterialFacetCounts1764800000000 } from './1764800000000-material-facet-counts';
import { MaterialPairCounts1764900000000 } from './1764900000000-material-pair-counts';
import { DropMaterialsCountIndex1765000000000 } from './1765000000000-drop-materials-count-index';
import { SessionGeneration1765100000000 } from './1765100000000-session-generation';
import { LoginFailuresAtIndex1765110000000 } from './1765110000000-login-failures-at-index';
import { OfficialRegionNames1765120000000 } from './1765120000000-official-region-names';
import { MediaPlanSubmissions1765200000000 } from './1765200000000-media-plan-submissions';
import { MaterialEvidence1765300000000 } from './1765300000000-material-evidence';

export const migrations = [
  InitialSchema1764100000000,
  QuarterClosures1764200000000,
  MaterialCounters1764250000000,
  Imports1764300000000,
  LoginFailures1764400000000,
  MaterialDuplicateIndexes1764550000000,
  MaterialsListIndex1764600000000,
  RateLimits1764700000000,
  MaterialFacetCounts1764800000000,
  MaterialPairCounts1764900000000,
  DropMaterialsCountIndex1765000000000,
  SessionGeneration1765100000000,
  LoginFailuresAtIndex1765110000000,
  OfficialRegionNames1765120000000,
  MediaPlanSubmissions1765200000000,
  MaterialEvidence1765300000000,
];
