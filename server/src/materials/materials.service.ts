import { HttpException, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { assertWritable } from '../common/access-policy';
import { Actor } from '../common/actor';
import { CrudService, ListSeek, ownRegion, Page, Plain } from '../common/crud.service';
import { ListParams, RawListQuery } from '../common/list-query';
import { Outlet } from '../outlets/outlet.entity';
import { Region } from '../regions/region.entity';
import { audienceIdsSql, MATERIAL_AUDIENCES, withAudienceIds, writeAudienceIds } from '../target-audiences/audience-links';
import { assertQuarterOpen } from '../quarters/quarter-lock';
import { Material } from './material.entity';
import { MATERIAL_AUDITED, MATERIAL_READ_ONLY, MATERIALS_LIST } from './material.fields';
import { assertMaterialRules } from './material-rules';
import { createMaterial, readMaterialFacts, seekInCounters } from './materials.repository';
import { badField } from '../common/coded-error';
import { evidenceCountSql, evidenceHashesOf, withEvidenceCounts } from '../evidence/evidence-counts';
import { EvidenceService } from '../evidence/evidence.service';
import { faultedRow, refusedRow } from '../common/row-outcome';
import type { RowOutcome } from '../../../contracts/errors';
import { MATERIAL_BULK_FIELDS, MaterialBulkAnswer, MaterialBulkInput, MaterialEmbed } from '../../../contracts/materials';

/** What each embeddable resource is read from, and the material's field that refers to it. */
const EMBEDDED = { outlets: { entity: Outlet, field: 'outletId' }, regions: { entity: Region, field: 'regionId' } } as const;

/**
 * A page of materials and the records it refers to, each resource in the order its rows first name them: react-admin
 * batches the page's reference fields into one getMany keyed by the ids in that order, which the prefetched records
 * then answer from its cache.
 */
export interface EmbeddingPage {
  page: Page;
  embedded: Partial<Record<MaterialEmbed, Plain[]>>;
}

/** Thrown to roll a bulk change back once every material's outcome is known. */
class BulkRefused extends Error {}

@Injectable()
export class MaterialsService extends CrudService<Material> {
  /** The hashes of the evidence files of each material being deleted, read under its lock, released after the commit. */
  private readonly releasing: Map<number, string[]>;
  private readonly evidence: EvidenceService;

  constructor(ds: DataSource, evidence: EvidenceService) {
    const releasing = new Map<number, string[]>();
    super(ds, Material, MATERIALS_LIST, {
      readOnly: MATERIAL_READ_ONLY,
      audited: [...MATERIAL_AUDITED, 'targetAudienceIds'],
      ...ownRegion(),
      present: async (m, rows) => withEvidenceCounts(m, await withAudienceIds(m, MATERIAL_AUDIENCES, rows)),
      linkedSql: { targetAudienceIds: (alias) => audienceIdsSql(MATERIAL_AUDIENCES, alias), evidenceCount: evidenceCountSql },
      prepare: async (m, draft, before) => {
        draft.rubricId ??= null;
        const facts = await readMaterialFacts(m, draft);
        assertMaterialRules(facts, draft.publishedOn);
        if (facts.outletKind !== null && facts.outletLevel !== null) {
          draft.channel = facts.outletKind;
          draft.mediaLevel = facts.outletLevel;
        }
        if (before) await assertQuarterOpen(m, before.regionId, before.publishedOn);
        draft.updatedAt = new Date();
      },
      beforeRemove: async (m, current) => {
        await assertQuarterOpen(m, current.regionId, current.publishedOn);
        releasing.set(current.id, await evidenceHashesOf(m, current.id));
      },
      afterSave: (m, saved, input) => writeAudienceIds(m, MATERIAL_AUDIENCES, saved.id, input.targetAudienceIds),
    });
    this.releasing = releasing;
    this.evidence = evidence;
  }

  /** The material's evidence rows go with it (ON DELETE CASCADE); then the files that no other material keeps. */
  async remove(id: number, actor: Actor): Promise<Plain> {
    try {
      const removed = await super.remove(id, actor);
      await this.evidence.release(this.releasing.get(id) ?? []);
      return removed;
    } finally {
      this.releasing.delete(id);
    }
  }

  /** Deep pages of the list start where the counters say, instead of skipping the rows before them. */
  protected override seek(ds: DataSource, params: ListParams, region: number | 'any', offset: number): Promise<ListSeek | null> {
    return seekInCounters(ds, params, region, offset);
  }

  /**
   * A page and, for each resource asked, the records its rows refer to: one query by primary key each, beside the page's.
   * Outlets and regions are read by every role, so the page's own region scoping is all there is to apply.
   */
  listEmbedding(query: RawListQuery, embeds: readonly MaterialEmbed[], actor: Actor): Promise<EmbeddingPage> {
    return this.listWith(query, actor, async (ds, rows) => {
      const read = async (embed: MaterialEmbed): Promise<[MaterialEmbed, Plain[]]> => {
        const { entity, field } = EMBEDDED[embed];
        const ids = [...new Set(rows.map((r) => r[field]).filter((id): id is number => typeof id === 'number'))];
        const found = ids.length === 0 ? [] : await ds.getRepository<Plain & { id: number }>(entity).findBy({ id: In(ids) });
        const byId = new Map(found.map((r) => [r.id, r]));
        return [embed, ids.flatMap((id) => byId.get(id) ?? [])];
      };
      return Object.fromEntries(await Promise.all([...new Set(embeds)].map(read)));
    }).then(([page, embedded]) => ({ page, embedded }));
  }

  /** One round trip (see createMaterial); when the statement refused the material, its rules say why from what it read. */
  async create(input: Plain, actor: Actor): Promise<Plain> {
    const draft = Object.assign(new Material(), this.fieldsOf(input));
    if (draft.regionId === undefined && actor.regionId !== null) draft.regionId = actor.regionId;
    assertWritable('materials', actor, draft.regionId ?? null);
    if (draft.regionId === undefined) throw badField('regionId', 'validation.required', 'required', {});
    draft.rubricId ??= null;
    draft.mediaPlanItemId ??= null;
    const audiences = Array.isArray(input.targetAudienceIds) ? input.targetAudienceIds : [];
    const created = await createMaterial(this.ds, draft, actor.id, audiences);
    if (created.row === null) {
      assertMaterialRules(created.facts, draft.publishedOn);
      throw new Error('materials: the create statement refused a material that passes every rule');
    }
    return { ...this.hydrate(created.row), targetAudienceIds: created.targetAudienceIds, evidenceCount: 0 };
  }

  /**
   * Every material changed as its single edit would change it (access, version, rules, quarter lock, audit), in one
   * transaction: all saved, or none. Each is tried in a savepoint, so that the answer tells every refusal, not the first,
   * and a database fault on one (logged) is that row's result.
   */
  async bulkUpdate(body: MaterialBulkInput, actor: Actor): Promise<MaterialBulkAnswer> {
    if (!MATERIAL_BULK_FIELDS.some((f) => body.set[f] !== undefined)) throw badField('set', 'validation.required', 'nothing to set', {});
    const items = [...new Map(body.items.map((i) => [i.id, i])).values()];
    const results: RowOutcome[] = [];
    try {
      await this.ds.transaction(async (m) => {
        for (const { id, version } of items) {
          await m.query('SAVEPOINT bulk_row');
          try {
            await this.updateIn(m, id, { ...body.set, version }, actor);
            await m.query('RELEASE SAVEPOINT bulk_row');
            results.push({ id, ok: true, statusCode: 200 });
          } catch (e) {
            // A lost connection fails this rollback too, and the whole request answers as the database being away.
            await m.query('ROLLBACK TO SAVEPOINT bulk_row');
            results.push(e instanceof HttpException ? refusedRow(id, e) : faultedRow(id, 'materials', e));
          }
        }
        if (results.some((r) => !r.ok)) throw new BulkRefused();
      });
    } catch (e) {
      if (!(e instanceof BulkRefused)) throw e;
    }
    return { saved: results.every((r) => r.ok), results };
  }
}
