import { allowedSteps, canEditPlan, ownsPlan } from './planAccess';

const editor = { role: 'rpo_editor', regionId: 7 };
const approver = { role: 'approver', regionId: null };
const analyst = { role: 'analyst', regionId: null };

describe('allowedSteps', () => {
  it('lets the region’s own editor submit a draft or returned plan', () => {
    expect(allowedSteps({ regionId: 7, status: 'draft' }, editor)).toEqual(['submit']);
    expect(allowedSteps({ regionId: 7, status: 'returned' }, editor)).toEqual(['submit']);
  });

  it('gives an editor no step on another region’s or a submitted plan', () => {
    expect(allowedSteps({ regionId: 8, status: 'draft' }, editor)).toEqual([]);
    expect(allowedSteps({ regionId: 7, status: 'submitted' }, editor)).toEqual([]);
  });

  it('lets an approver approve or return a submitted plan and reopen an approved one', () => {
    expect(allowedSteps({ regionId: 7, status: 'submitted' }, approver)).toEqual(['approve', 'return']);
    expect(allowedSteps({ regionId: 7, status: 'approved' }, approver)).toEqual(['reopen']);
  });

  it('lets an approver submit only the republican plan', () => {
    expect(allowedSteps({ regionId: 7, status: 'draft' }, approver)).toEqual([]);
    expect(allowedSteps({ regionId: null, status: 'draft' }, approver)).toEqual(['submit']);
  });

  it('gives an analyst no step', () => {
    expect(allowedSteps({ regionId: 7, status: 'submitted' }, analyst)).toEqual([]);
  });
});

describe('canEditPlan', () => {
  it('allows edits by the owner while the plan is draft or returned', () => {
    expect(canEditPlan({ regionId: 7, status: 'returned' }, editor)).toBe(true);
    expect(canEditPlan({ regionId: 7, status: 'approved' }, editor)).toBe(false);
    expect(canEditPlan({ regionId: 7, status: 'draft' }, approver)).toBe(false);
  });

  it('treats an admin as owner of every plan', () => {
    expect(ownsPlan({ regionId: 3 }, { role: 'admin' })).toBe(true);
  });
});
