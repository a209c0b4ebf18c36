import {
  COUNTER_FACETS,
  MATERIAL_AUDITED,
  MATERIAL_DAILY_COUNTED,
  MATERIAL_INSERTED,
  MATERIAL_READ_ONLY,
  materialColumn,
} from './material.fields';

describe('the lists derived from the material field list', () => {
  it('name the counter facets in the order of GROUPING() in the pair counters (migration 1764900000000)', () => {
    expect(COUNTER_FACETS).toEqual(['region_id', 'media_level', 'channel', 'language', 'format', 'direction_id', 'special_project_id']);
    expect(MATERIAL_DAILY_COUNTED).toEqual({ regionId: 'region_id', channel: 'channel', mediaLevel: 'media_level' });
  });

  it('write a new material with every column a client or its outlet sets', () => {
    expect(MATERIAL_INSERTED.map(materialColumn).join(', ')).toBe(
      'region_id, outlet_id, rubric_id, channel, media_level, language, format, title, url, published_on, direction_id, ' +
        'special_project_id, media_plan_item_id, views, reactions, shares, comments, reach, notes',
    );
  });

  it('keep the bookkeeping out of the audit trail and out of what a client sets', () => {
    for (const field of ['id', 'createdAt', 'updatedAt', 'version']) expect(MATERIAL_AUDITED).not.toContain(field);
    expect([...MATERIAL_READ_ONLY].sort()).toEqual(['channel', 'createdAt', 'createdById', 'importId', 'mediaLevel', 'updatedAt']);
  });
});
