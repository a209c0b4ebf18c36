const choicesOf = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `${prefix}${id}` }));

export const auditActions = [
  'create',
  'update',
  'delete',
  'submit',
  'approve',
  'return',
  'reopen',
  'copy',
  'import',
  'change_password',
  'end_sessions',
] as const;

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
] as const;

export const auditActionChoices = choicesOf('app.audit.action.', auditActions);
// Resource names translate to their plural labels.
export const auditResourceChoices = auditResources.map((id) => ({ id, name: `resources.${id}.name` }));
