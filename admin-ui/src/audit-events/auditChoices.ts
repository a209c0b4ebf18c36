import { AUDIT_ACTIONS } from '../../../contracts/audit-events';
import { codeChoices } from '../common/choices';

export const auditResources = [
  'materials',
  'outlets',
  'rubrics',
  'media-plans',
  'media-plan-items',
  'regions',
  'directions',
  'special-projects',
  'target-audiences',
  'users',
  'quarters',
] as const;

export const auditActionChoices = codeChoices('auditAction', AUDIT_ACTIONS);
// Resource names translate to their plural labels.
export const auditResourceChoices = auditResources.map((id) => ({ id, name: `resources.${id}.name` }));
