import { csvOf } from '../common/csvExport';
import { changeLines } from './auditChanges';
import { auditRows } from './auditExport';
import { AuditRecord } from './useAuditReading';

const HOSTILE = "=2+5+cmd|' /C calc'!A0";
const labelled = (record: AuditRecord) =>
  changeLines(record.changes, (flag) => (flag ? 'yes' : 'no')).map((line) => ({ ...line, label: line.field.toUpperCase() }));

describe('auditRows', () => {
  const event = {
    id: 5,
    at: '2025-02-03T10:00:00.000Z',
    userId: 2,
    action: 'update',
    resource: 'materials',
    recordId: 9,
    regionId: 3,
    changes: { title: { before: 'Old', after: HOSTILE }, views: { before: null, after: -1 } },
    comment: '@SUM(1+1)',
  };

  it('writes the changes as readable lines in one cell instead of a column per field', () => {
    expect(auditRows([event], labelled)).toEqual([
      {
        id: 5,
        at: '2025-02-03T10:00:00.000Z',
        userId: 2,
        action: 'update',
        resource: 'materials',
        recordId: 9,
        regionId: 3,
        comment: '@SUM(1+1)',
        changes: `TITLE: Old → ${HOSTILE}\nVIEWS: — → -1`,
      },
    ]);
  });

  it('comes out of the CSV neutralized: the comment quoted, the changes in one quoted cell', () => {
    const [header, row] = csvOf(
      auditRows([event, { ...event, id: 6, changes: { title: { before: HOSTILE, after: 'x' } } }], labelled),
    ).split('\r\n');
    expect(header).toBe('\uFEFFid;at;userId;action;resource;recordId;regionId;comment;changes');
    expect(row).toBe(`5;2025-02-03T10:00:00.000Z;2;update;materials;9;3;'@SUM(1+1);"TITLE: Old → ${HOSTILE}\nVIEWS: — → -1"`);
  });

  it('neutralizes a changes cell whose first line itself begins a formula', () => {
    const csv = csvOf(
      auditRows([{ id: 1, changes: { t: { before: 'a', after: 'b' } } }], () => [{ label: '=cmd', before: 'a', after: 'b' }]),
    );
    expect(csv).toBe("\uFEFFid;changes\r\n1;'=cmd: a → b\r\n");
  });
});

describe('auditRows with the readable columns', () => {
  it('writes the person, the record and the region by name, and a step as its sentence', () => {
    const event = {
      id: 7,
      action: 'import',
      resource: 'materials',
      recordId: null,
      regionId: 3,
      changes: { created: { before: 0, after: 3 } },
      userName: 'Жанар',
      userRole: 'rpo_editor' as const,
      userRegionId: 3,
      references: [{ resource: 'regions' as const, id: 3, nameKk: 'СҚО', nameRu: 'СКО', nameEn: 'NKR', mediaPlanId: null }],
    };
    const readable = () => ({
      columns: { user: 'Жанар', userRoleAndRegion: 'Редактор РПО · СКО', record: '', region: 'СКО' },
      changes: 'Импортировано 3 материала',
    });
    expect(auditRows([event], labelled, readable)).toEqual([
      {
        id: 7,
        action: 'import',
        resource: 'materials',
        recordId: null,
        regionId: 3,
        user: 'Жанар',
        userRoleAndRegion: 'Редактор РПО · СКО',
        record: '',
        region: 'СКО',
        changes: 'Импортировано 3 материала',
      },
    ]);
  });
});
