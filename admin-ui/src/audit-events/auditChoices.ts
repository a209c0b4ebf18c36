import { AUDIT_SECTIONS } from '../../../contracts/audit-vocabulary';
import { AUDIT_ACTIONS } from '../../../contracts/audit-events';
import { codeChoices } from '../common/choices';

export const auditActionChoices = codeChoices('auditAction', AUDIT_ACTIONS);
// Resource names translate to their plural labels.
export const auditResourceChoices = AUDIT_SECTIONS.map((id) => ({ id, name: `resources.${id}.name` }));
