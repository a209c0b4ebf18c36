import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertWritable } from '../common/access-policy';
import { NOT_AUDITED } from '../common/audit';
import { Actor } from '../common/actor';
import { Channel, CHANNELS, FORMATS, LANGUAGES, MEDIA_LEVELS, MediaLevel } from '../../../contracts/codes';
import { CrudService, Plain, ResourceSpec } from '../common/crud.service';
import { preparedQuery } from '../common/prepared-query';
import { Outlet } from '../outlets/outlet.entity';
import { Rubric } from '../rubrics/rubric.entity';
import {
  audienceIdsSql,
  MATERIAL_AUDIENCES,
  UNKNOWN_AUDIENCE,
  withAudienceIds,
  writeAudienceIds,
} from '../target-audiences/audience-links';
import { assertQuarterOpen, assertQuarterStatusOpen, quarterOf } from '../quarters/quarter-lock';
import { Material } from './material.entity';
import { MATERIAL_READ_ONLY } from './material.dto';
import { seekInCounters } from './materials-seek';

export const MATERIALS_LIST: ResourceSpec = {
  resource: 'materials',
  fields: {
    id: { column: 'id', type: 'int' },
    regionId: { column: 'regionId', type: 'int' },
    outletId: { column: 'outletId', type: 'int' },
    rubricId: { column: 'rubricId', type: 'int' },
    channel: { column: 'channel', type: 'text', values: CHANNELS },
    mediaLevel: { column: 'mediaLevel', type: 'text', values: MEDIA_LEVELS },
    language: { column: 'language', type: 'text', values: LANGUAGES },
    format: { column: 'format', type: 'text', values: FORMATS },
    title: { column: 'title', type: 'text' },
    url: { column: 'url', type: 'text' },
    publishedOn: { column: 'publishedOn', type: 'date' },
    directionId: { column: 'directionId', type: 'int' },
    specialProjectId: { column: 'specialProjectId', type: 'int' },
    mediaPlanItemId: { column: 'mediaPlanItemId', type: 'int' },
    views: { column: 'views', type: 'int' },
    reactions: { column: 'reactions', type: 'int' },
    shares: { column: 'shares', type: 'int' },
    comments: { column: 'comments', type: 'int' },
    reach: { column: 'reach', type: 'int' },
    notes: { column: 'notes', type: 'text', filterable: false },
    importId: { column: 'importId', type: 'int' },
    createdById: { column: 'createdById', type: 'int' },
    createdAt: { column: 'createdAt', type: 'timestamp' },
    updatedAt: { column: 'updatedAt', type: 'timestamp' },
    version: { column: 'version', type: 'int', filterable: false },
  },
  search: ['title', 'url'],
  period: { column: 'publishedOn', from: 'publishedFrom', to: 'publishedTo' },
  links: {
    targetAudienceIds: (alias, p) =>
      `EXISTS (SELECT 1 FROM material_target_audiences mta WHERE mta.material_id = ${alias}.id AND mta.target_audience_id IN (:...${p}))`,
  },
  defaultSort: ['publishedOn', 'DESC'],
};

/** What a material points to, as read for its checks. */
interface References {
  outlet: { kind: Channel; level: MediaLevel; regionId: number | null } | null;
  /** The outlet of the rubric asked for; null when there is no such rubric (or none was asked for). */
  rubricOutletId: number | null;
  planItem: { regionId: number | null; year: number; status: string } | null;
}

/** The 400s of a material's references in the order a user would fix them; the outlet once it passes. */
function checkedOutlet(draft: Material, refs: References): NonNullable<References['outlet']> {
  const { outlet, planItem } = refs;
  if (!outlet) throw new BadRequestException(['outletId: no such outlet']);
  if (outlet.level === 'regional' && outlet.regionId !== draft.regionId) {
    throw new BadRequestException(["outletId: the outlet belongs to another region than the material's"]);
  }
  if (draft.rubricId !== null) {
    if (refs.rubricOutletId === null) throw new BadRequestException(['rubricId: no such rubric']);
    if (refs.rubricOutletId !== draft.outletId) throw new BadRequestException(['rubricId: the rubric belongs to another outlet']);
  }
  if (draft.mediaPlanItemId !== null && draft.mediaPlanItemId !== undefined) {
    // A material fulfils an item of its own region's (or the republican) approved plan of its year.
    const bad = (why: string) => new BadRequestException([`mediaPlanItemId: ${why}`]);
    if (!planItem) throw bad('no such media-plan item');
    if (planItem.regionId !== null && planItem.regionId !== draft.regionId) throw bad("the item belongs to another region's plan");
    if (planItem.year !== Number(draft.publishedOn.slice(0, 4)))
      throw bad(`the item belongs to the ${planItem.year} plan, the material is of ${draft.publishedOn.slice(0, 4)}`);
    if (planItem.status !== 'approved') throw bad(`the item's plan is ${planItem.status}, not approved`);
  }
  return outlet;
}

async function checkReferences(m: EntityManager, draft: Material): Promise<void> {
  const outlet = await m.findOneBy(Outlet, { id: draft.outletId });
  const rubric = draft.rubricId === null ? null : await m.findOneBy(Rubric, { id: draft.rubricId });
  const [planItem]: References['planItem'][] =
    draft.mediaPlanItemId === null || draft.mediaPlanItemId === undefined
      ? []
      : await m.query(
          'SELECT p.region_id AS "regionId", p.year, p.status FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE i.id = $1',
          [draft.mediaPlanItemId],
        );
  const checked = checkedOutlet(draft, { outlet, rubricOutletId: rubric?.outletId ?? null, planItem: planItem ?? null });
  draft.channel = checked.kind;
  draft.mediaLevel = checked.level;
}

function defaultRegion(draft: Material, actor: Actor): void {
  if (draft.regionId === undefined && actor.regionId !== null) draft.regionId = actor.regionId;
}

/** What the create statement read for its checks, beside the created record (null columns when it created none). */
interface CreateRow extends Plain {
  check_outlet_kind: Channel | null;
  check_outlet_level: MediaLevel | null;
  check_outlet_region_id: number | null;
  check_rubric_outlet_id: number | null;
  check_item_region_id: number | null;
  check_item_year: number | null;
  check_item_status: string | null;
  check_quarter_status: string | null;
  check_audiences_known: boolean;
  targetAudienceIds: number[];
}

@Injectable()
export class MaterialsService extends CrudService<Material> {
  private createSqlText?: string;

  constructor(ds: DataSource) {
    super(ds, Material, MATERIALS_LIST, {
      readOnly: MATERIAL_READ_ONLY,
      regionOf: async (_m, r) => r.regionId,
      regionSql: (alias) => `${alias}.region_id`,
      seek: (params, region, offset) => seekInCounters(ds, params, region, offset),
      present: (m, rows) => withAudienceIds(m, MATERIAL_AUDIENCES, rows),
      linkedSql: { targetAudienceIds: (alias) => audienceIdsSql(MATERIAL_AUDIENCES, alias) },
      prepare: async (m, draft, before) => {
        draft.rubricId ??= null;
        await checkReferences(m, draft);
        await assertQuarterOpen(m, draft.regionId, draft.publishedOn);
        if (before) await assertQuarterOpen(m, before.regionId, before.publishedOn);
        draft.updatedAt = new Date();
      },
      beforeRemove: (m, current) => assertQuarterOpen(m, current.regionId, current.publishedOn),
      afterSave: (m, saved, input) => writeAudienceIds(m, MATERIAL_AUDIENCES, saved.id, input.targetAudienceIds),
    });
  }

  /**
   * One statement, so one round trip and no BEGIN/COMMIT: it reads what the checks need, and only when they pass
   * inserts the material, its audience links and its audit event. When it created nothing, the checks run here on
   * what it read, to answer as the update path does.
   */
  async create(input: Plain, actor: Actor): Promise<Plain> {
    const draft = Object.assign(new Material(), this.fieldsOf(input));
    defaultRegion(draft, actor);
    assertWritable('materials', actor, draft.regionId ?? null);
    if (draft.regionId === undefined) throw new BadRequestException(['regionId: required']);
    draft.rubricId ??= null;
    draft.mediaPlanItemId ??= null;
    const { year, quarter } = quarterOf(draft.publishedOn);
    const audiences = Array.isArray(input.targetAudienceIds) ? input.targetAudienceIds : [];
    const [row] = await preparedQuery<CreateRow>(this.ds, this.createSql(), [
      draft.regionId,
      draft.outletId,
      draft.rubricId,
      draft.language,
      draft.format,
      draft.title,
      draft.url ?? null,
      draft.publishedOn,
      draft.directionId ?? null,
      draft.specialProjectId ?? null,
      draft.mediaPlanItemId,
      draft.views ?? null,
      draft.reactions ?? null,
      draft.shares ?? null,
      draft.comments ?? null,
      draft.reach ?? null,
      draft.notes ?? null,
      actor.id,
      year,
      quarter,
      audiences,
    ]);
    if (row.id === null) {
      const outlet =
        row.check_outlet_kind === null || row.check_outlet_level === null
          ? null
          : { kind: row.check_outlet_kind, level: row.check_outlet_level, regionId: row.check_outlet_region_id };
      const planItem =
        row.check_item_status === null || row.check_item_year === null
          ? null
          : { regionId: row.check_item_region_id, year: row.check_item_year, status: row.check_item_status };
      checkedOutlet(draft, { outlet, rubricOutletId: row.check_rubric_outlet_id, planItem });
      assertQuarterStatusOpen(row.check_quarter_status, draft.publishedOn);
      if (!row.check_audiences_known) throw new BadRequestException([UNKNOWN_AUDIENCE]);
      throw new Error('materials: the create statement refused a material that passes every check');
    }
    return { ...this.hydrate(row), targetAudienceIds: row.targetAudienceIds };
  }

  /** The statement's conditions are those of checkedOutlet, assertQuarterOpen and writeAudienceIds, in SQL. */
  private createSql(): string {
    if (this.createSqlText) return this.createSqlText;
    const audited = this.ds
      .getMetadata(Material)
      .columns.filter((c) => c.propertyName !== 'id' && !NOT_AUDITED.has(c.propertyName))
      .map((c) => `'${c.propertyName}', ins.${this.quoted(c.propertyName)}`);
    this.createSqlText = `
      WITH outlet AS (SELECT kind, level, region_id FROM outlets WHERE id = $2),
      rubric AS (SELECT outlet_id FROM rubrics WHERE id = $3),
      plan_item AS (SELECT p.region_id, p.year, p.status FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE i.id = $11),
      closure AS (SELECT status FROM quarter_closures WHERE region_id = $1 AND year = $19 AND quarter = $20 FOR SHARE),
      audiences AS (SELECT ARRAY(SELECT DISTINCT unnest($21::int[]) ORDER BY 1) AS ids),
      checks AS (
        SELECT o.kind AS check_outlet_kind, o.level AS check_outlet_level, o.region_id AS check_outlet_region_id,
          rb.outlet_id AS check_rubric_outlet_id,
          pi.region_id AS check_item_region_id, pi.year AS check_item_year, pi.status AS check_item_status,
          c.status AS check_quarter_status,
          (SELECT count(*) FROM target_audiences t WHERE t.id = ANY(a.ids)) = cardinality(a.ids) AS check_audiences_known,
          a.ids AS "targetAudienceIds"
        FROM audiences a LEFT JOIN outlet o ON true LEFT JOIN rubric rb ON true LEFT JOIN plan_item pi ON true LEFT JOIN closure c ON true),
      ins AS (
        INSERT INTO materials AS r (region_id, outlet_id, rubric_id, channel, media_level, language, format, title, url, published_on,
          direction_id, special_project_id, media_plan_item_id, views, reactions, shares, comments, reach, notes, created_by_id)
        SELECT $1, $2, $3, k.check_outlet_kind, k.check_outlet_level, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18
        FROM checks k
        WHERE k.check_outlet_kind IS NOT NULL
          AND (k.check_outlet_level <> 'regional' OR k.check_outlet_region_id = $1)
          AND ($3::int IS NULL OR k.check_rubric_outlet_id = $2)
          AND ($11::int IS NULL OR (k.check_item_status = 'approved' AND k.check_item_year = $19 AND (k.check_item_region_id IS NULL OR k.check_item_region_id = $1)))
          AND k.check_quarter_status IS DISTINCT FROM 'approved'
          AND k.check_audiences_known
        RETURNING ${this.columnsSql('r').join(', ')}),
      links AS (
        INSERT INTO material_target_audiences (material_id, target_audience_id) SELECT ins.id, unnest(k."targetAudienceIds") FROM ins, checks k),
      event AS (
        INSERT INTO audit_events (user_id, action, resource, record_id, region_id, changes)
        SELECT $18, 'create', 'materials', ins.id, ins."regionId",
          (SELECT coalesce(jsonb_object_agg(key, jsonb_build_object('before', NULL, 'after', value)), '{}')
           FROM jsonb_each(jsonb_build_object(${audited.join(', ')}, 'targetAudienceIds', k."targetAudienceIds"))
           WHERE value <> 'null'::jsonb)
        FROM ins, checks k)
      SELECT k.*, ins.* FROM checks k LEFT JOIN ins ON true`;
    return this.createSqlText;
  }
}
