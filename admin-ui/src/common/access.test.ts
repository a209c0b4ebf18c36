import { canWrite, forRole } from './access';

describe('canWrite', () => {
  it('lets only admins write reference data', () => {
    expect(canWrite('regions', 'admin')).toBe(true);
    expect(canWrite('regions', 'rpo_editor')).toBe(false);
    expect(canWrite('directions', 'approver')).toBe(false);
  });

  it('lets RPO editors and admins write materials, outlets and rubrics', () => {
    expect(canWrite('materials', 'rpo_editor')).toBe(true);
    expect(canWrite('outlets', 'admin')).toBe(true);
    expect(canWrite('rubrics', 'analyst')).toBe(false);
    expect(canWrite('materials', 'approver')).toBe(false);
  });

  it('denies an unknown resource or a missing role', () => {
    expect(canWrite('audit-events', 'admin')).toBe(false);
    expect(canWrite('materials', undefined)).toBe(false);
  });
});

describe('forRole', () => {
  const definition = { list: 'list', create: 'create', edit: 'edit' };

  it('keeps the views of a role that may write', () => {
    expect(forRole('materials', definition, 'rpo_editor')).toEqual(definition);
  });

  it('drops create and edit for a role that may not write', () => {
    expect(forRole('materials', definition, 'analyst')).toEqual({ list: 'list', create: undefined, edit: undefined });
  });
});
