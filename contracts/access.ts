import { Role, ROLES } from './codes';

export type ResourceName =
  | 'regions'
  | 'directions'
  | 'special-projects'
  | 'target-audiences'
  | 'outlets'
  | 'rubrics'
  | 'materials'
  | 'media-plans'
  | 'media-plan-items'
  | 'users'
  | 'audit-events';

export interface AccessRule {
  read: readonly Role[];
  write: readonly Role[];
  /** An RPO editor reads only the records of their own region. */
  regionalReads: boolean;
  /** An RPO editor writes only records of their own region; an approver only the republican ones (no region). */
  regionalWrites: boolean;
  /** Records of no region (the unified republican plan) are read by everyone, so offices can link their work to it. */
  republicanReadable?: boolean;
}

const ADMIN: readonly Role[] = ['admin'];
const REFERENCE: AccessRule = { read: ROLES, write: ADMIN, regionalReads: false, regionalWrites: false };
const OUTLETS: AccessRule = { read: ROLES, write: ['rpo_editor', 'admin'], regionalReads: false, regionalWrites: true };
const PLANS: AccessRule = {
  read: ROLES,
  write: ['rpo_editor', 'approver', 'admin'],
  regionalReads: true,
  regionalWrites: true,
  republicanReadable: true,
};

/** Who may do what, the table of the accounts issue: the server enforces it, the UI offers only what it allows. */
export const ACCESS: Record<ResourceName, AccessRule> = {
  regions: REFERENCE,
  directions: REFERENCE,
  'special-projects': REFERENCE,
  'target-audiences': REFERENCE,
  outlets: OUTLETS,
  rubrics: OUTLETS,
  materials: { read: ROLES, write: ['rpo_editor', 'admin'], regionalReads: true, regionalWrites: true },
  'media-plans': PLANS,
  'media-plan-items': PLANS,
  users: { read: ADMIN, write: ADMIN, regionalReads: false, regionalWrites: false },
  'audit-events': { read: ROLES, write: [], regionalReads: true, regionalWrites: false },
};
