import { ConflictException, Inject } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ACCESS, assertReadable, assertWritable, readRegion, ResourceName } from './access-policy';
import { actorOf, ActorRow, actorSql, assertRole, TokenClaim } from './token-claim';
import { preparedQuery } from './prepared-query';
import { audit, diff } from './audit';
import { Actor } from './actor';
import { applyFilter, ListParams, ListSpec, pageOf, parseListQuery, RawListQuery } from './list-query';
import { notFound } from './coded-error';
import { ReadSource } from './read-source';

/** A stored record: what the common cycle needs of an entity is its id. */
export interface Identified extends ObjectLiteral {
  id: number;
}

export type Plain = Record<string, unknown>;

export interface Page {
  rows: Plain[];
  total: number;
  offset: number;
  /** The total is the planner's estimate, not a count (see EXACT_TOTAL_LIMIT). */
  estimated: boolean;
}

/** Above this many matching rows, by the planner's estimate, a list's total is that estimate: a count would read them all. */
export const EXACT_TOTAL_LIMIT = 100_000;

interface ExplainRow {
  'QUERY PLAN': { Plan: { 'Plan Rows': number } }[];
}

/** Where a deep page starts, found without skipping the rows before it (see CrudService.seek). */
export interface ListSeek {
  /** Exact. */
  total: number;
  /** The page's first value of the sort column: rows before it in sort order are left out by this bound. */
  bound: { value: string; op: '<=' | '>=' } | null;
  /** The rows from the bound on to skip. */
  skip: number;
}

/** The ids of a list's rows as SQL (see CrudService.selection). */
export interface ListSelection {
  sql: string;
  params: unknown[];
  filter: Record<string, unknown>;
  /** The list's sort, as an ORDER BY over an alias of the resource's table, the id last so that ties keep one order. */
  orderBy(alias: string): string;
}

export interface ResourceSpec extends ListSpec {
  resource: ResourceName;
}

/** What a resource adds to the common list/read/write cycle. */
export interface ResourceHooks<E extends Identified> {
  /** Fields a client may send back (ra sends the whole record on update) but never sets. */
  readOnly?: readonly string[];
  /** The fields of a record that its audit events record (see diff). */
  audited?: readonly string[];
  /** Turns stored rows into the API's records (extra linked ids, hidden columns dropped). */
  present?(m: EntityManager, rows: E[]): Promise<Plain[]>;
  /** What present adds, as SQL over the record's alias: the read by id selects it in its one statement instead. */
  linkedSql?: Record<string, (alias: string) => string>;
  /** Fills what a new record takes from its author, before access is checked (an editor's own region). */
  defaults?(draft: E, actor: Actor): void;
  /** Checks and completes a new or changed record before it is saved; throws a 4xx when it is not acceptable. */
  prepare?(m: EntityManager, draft: E, before: E | null, actor: Actor, input: Plain): Promise<void>;
  /** Saves what lives beside the row (link tables) after the row itself. */
  afterSave?(m: EntityManager, saved: E, input: Plain): Promise<void>;
  /** Refuses a delete that the record's state does not allow. */
  beforeRemove?(m: EntityManager, current: E, actor: Actor): Promise<void>;
  /** The region a record belongs to (null: republican or none), for access and the audit trail. */
  regionOf?(m: EntityManager, record: E): Promise<number | null>;
  /** The same as SQL over the list's alias, so that a confined reader's lists are filtered in the query. */
  regionSql?(alias: string): string;
}

/** regionOf and regionSql of a record that keeps its region in its own region_id column. */
export function ownRegion<E extends Identified>(): Pick<ResourceHooks<E>, 'regionOf' | 'regionSql'> {
  return { regionOf: async (_m, record) => record.regionId ?? null, regionSql: (alias) => `${alias}.region_id` };
}

export class CrudService<E extends Identified> {
  @Inject(ReadSource) private readonly reads: ReadSource;

  constructor(
    protected readonly ds: DataSource,
    protected readonly entity: EntityTarget<E>,
    readonly spec: ResourceSpec,
    protected readonly hooks: ResourceHooks<E> = {},
  ) {}

  protected async present(m: EntityManager, rows: E[]): Promise<Plain[]> {
    return this.hooks.present ? this.hooks.present(m, rows) : rows.map((r) => ({ ...r }));
  }

  protected regionOf(m: EntityManager, record: E): Promise<number | null> {
    return this.hooks.regionOf ? this.hooks.regionOf(m, record) : Promise.resolve(null);
  }

  /** Where a page of a list starts, for a resource that can tell; null: the rows are skipped by OFFSET. */
  protected seek(_ds: DataSource, _params: ListParams, _region: number | 'any', _offset: number): Promise<ListSeek | null> {
    return Promise.resolve(null);
  }

  list(query: RawListQuery, actor: Actor): Promise<Page> {
    return this.reads.list(actor, (ds) => this.listFrom(ds, query, actor));
  }

  /** A page and what `beside` reads for its rows, from the same source (the primary or a replica). */
  protected listWith<T>(query: RawListQuery, actor: Actor, beside: (ds: DataSource, rows: Plain[]) => Promise<T>): Promise<[Page, T]> {
    return this.reads.list(actor, async (ds) => {
      const page = await this.listFrom(ds, query, actor);
      return [page, await beside(ds, page.rows)];
    });
  }

  /** The list's rows for the actor: its filter, and the reader's confinement to a region. */
  private filtered(ds: DataSource, params: ListParams, actor: Actor): SelectQueryBuilder<E> {
    const qb = ds.getRepository(this.entity).createQueryBuilder('r');
    applyFilter(qb, 'r', this.spec, params.filter);
    const region = readRegion(this.spec.resource, actor);
    if (region !== 'any' && this.hooks.regionSql) {
      const column = this.hooks.regionSql('r');
      const republican = ACCESS[this.spec.resource].republicanReadable ? ` OR ${column} IS NULL` : '';
      qb.andWhere(`(${column} = :scopeRegion${republican})`, { scopeRegion: region });
    }
    return qb;
  }

  /**
   * The ids the list with this filter (and the extra conditions) shows the actor, as a statement and its parameters
   * ($1, ...), with the filter as parsed: an export reads its rows by them in batches, confined exactly as the list is.
   */
  selection(query: RawListQuery, actor: Actor, extra: Record<string, unknown> = {}): ListSelection {
    const params = parseListQuery(query, this.spec);
    Object.assign(params.filter, extra);
    const [sql, values] = this.filtered(this.ds, params, actor).select('r.id').getQueryAndParameters();
    const [field, order] = params.sort;
    const column = this.ds.getMetadata(this.entity).findColumnWithPropertyName(field)?.databaseName ?? field;
    const orderBy = (alias: string) => `${alias}.${this.quoted(column)} ${order}, ${alias}.id ${order}`;
    return { sql, params: values, filter: params.filter, orderBy };
  }

  private async listFrom(ds: DataSource, query: RawListQuery, actor: Actor): Promise<Page> {
    const params: ListParams = parseListQuery(query, this.spec);
    const qb = this.filtered(ds, params, actor);
    const region = readRegion(this.spec.resource, actor);
    const { offset, limit } = pageOf(params);
    const [field, order] = params.sort;
    const column = `r.${field}`;
    const seek = await this.seek(ds, params, region, offset);
    // Ids first, then their rows: a deep OFFSET then skips index entries instead of whole rows.
    const ids = qb
      .clone()
      .select('r.id')
      .orderBy(column, order)
      .addOrderBy('r.id', order)
      .offset(seek?.skip ?? offset)
      .limit(limit);
    if (seek?.bound) ids.andWhere(`${column} ${seek.bound.op} :seekFrom`, { seekFrom: seek.bound.value });
    const page = ds
      .getRepository(this.entity)
      .createQueryBuilder('r')
      .where(`r.id IN (${ids.getQuery()})`)
      .setParameters(ids.getParameters())
      .orderBy(column, order)
      .addOrderBy('r.id', order);
    const [rows, total] = await Promise.all([page.getMany(), seek ? { total: seek.total, estimated: false } : this.totalOf(ds, qb)]);
    return { rows: await this.present(ds.manager, rows), offset, ...total };
  }

  /** Exact below EXACT_TOTAL_LIMIT; above it the planner's estimate, which costs a plan instead of reading every row. */
  private async totalOf(ds: DataSource, qb: SelectQueryBuilder<E>): Promise<{ total: number; estimated: boolean }> {
    const [sql, parameters] = qb.clone().select('1').getQueryAndParameters();
    const table = ds.getMetadata(this.entity).tableName;
    const [{ n: tableRows }]: { n: number }[] = await ds.query('SELECT reltuples::float8 AS n FROM pg_class WHERE oid = $1::regclass', [
      table,
    ]);
    if (tableRows > EXACT_TOTAL_LIMIT) {
      const [explain]: ExplainRow[] = await ds.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const estimate = Math.round(explain['QUERY PLAN'][0].Plan['Plan Rows']);
      if (estimate > EXACT_TOTAL_LIMIT) return { total: estimate, estimated: true };
    }
    const [{ n }]: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM (${sql}) x`, parameters);
    return { total: n, estimated: false };
  }

  /** A record the actor may see; another region's is as good as missing. */
  protected async find(m: EntityManager, id: number, actor: Actor, lock = false): Promise<E> {
    const qb = m.getRepository(this.entity).createQueryBuilder('r').where('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw notFound(this.spec.resource, id);
    assertReadable(this.spec.resource, actor, await this.regionOf(m, row), id);
    return row;
  }

  /**
   * The reader's account, the record, its region and its linked ids in one statement: this is the hottest route, and
   * each round trip to PostgreSQL costs about as much as the rest of the request.
   */
  async getOne(id: number, claim: TokenClaim): Promise<Plain> {
    const rows = await preparedQuery<ActorRow & Plain>(this.ds, this.readOneSql(), [claim.userId, id, claim.generation]);
    const actor = actorOf(rows[0]);
    assertRole(actor, claim.roles);
    const row = rows[0];
    if (row.id === null) throw notFound(this.spec.resource, id);
    const stored = this.hydrate(row);
    const region = this.hooks.regionSql ? (row.region_of_record as number | null) : await this.regionOf(this.ds.manager, stored);
    assertReadable(this.spec.resource, actor, region, id);
    if (!this.hooks.linkedSql) return (await this.present(this.ds.manager, [stored]))[0];
    return { ...stored, ...Object.fromEntries(Object.keys(this.hooks.linkedSql).map((k) => [k, row[k]])) };
  }

  /** A name quoted for raw SQL. */
  protected quoted(name: string): string {
    return this.ds.driver.escape(name);
  }

  /** The entity's columns over an alias, each named by its property, for raw statements that hydrate. */
  protected columnsSql(alias: string): string[] {
    return this.ds.getMetadata(this.entity).columns.map((c) => `${alias}.${this.quoted(c.databaseName)} AS ${this.quoted(c.propertyName)}`);
  }

  /** A row of columnsSql as TypeORM would have read it (dates as YYYY-MM-DD, timestamps as Date). */
  protected hydrate(row: Plain): E {
    return Object.fromEntries(
      this.ds.getMetadata(this.entity).columns.map((c) => [c.propertyName, this.ds.driver.prepareHydratedValue(row[c.propertyName], c)]),
    ) as E;
  }

  private readOneSqlText?: string;

  private readOneSql(): string {
    if (this.readOneSqlText) return this.readOneSqlText;
    const columns = this.columnsSql('r');
    if (this.hooks.regionSql) columns.push(`${this.hooks.regionSql('r')} AS region_of_record`);
    for (const [field, sql] of Object.entries(this.hooks.linkedSql ?? {})) columns.push(`${sql('r')} AS ${this.quoted(field)}`);
    const table = this.quoted(this.ds.getMetadata(this.entity).tableName);
    this.readOneSqlText = `SELECT a.*, ${columns.join(', ')} FROM (${actorSql('$1', '$3')}) a LEFT JOIN ${table} r ON r.id = $2`;
    return this.readOneSqlText;
  }

  protected fieldsOf(input: Plain): Plain {
    const skip = new Set(['id', 'version', ...(this.hooks.readOnly ?? [])]);
    return Object.fromEntries(Object.entries(input).filter(([k, v]) => !skip.has(k) && v !== undefined && k in this.spec.fields));
  }

  async create(input: Plain, actor: Actor): Promise<Plain> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(this.entity);
      const draft = repo.create(this.fieldsOf(input) as E);
      if ('version' in this.spec.fields) Object.assign(draft, { version: 1 });
      this.hooks.defaults?.(draft, actor);
      const region = await this.regionOf(m, draft);
      assertWritable(this.spec.resource, actor, region);
      await this.hooks.prepare?.(m, draft, null, actor, input);
      const saved = await repo.save(draft);
      await this.hooks.afterSave?.(m, saved, input);
      const [record] = await this.present(m, [await this.find(m, saved.id, actor)]);
      await audit(m, {
        userId: actor.id,
        action: 'create',
        resource: this.spec.resource,
        recordId: saved.id,
        regionId: region,
        changes: diff(null, record, this.hooks.audited),
      });
      return record;
    });
  }

  async update(id: number, input: Plain, actor: Actor): Promise<Plain> {
    return this.ds.transaction((m) => this.updateIn(m, id, input, actor));
  }

  /** An update in the caller's transaction: the record locked, its version checked, prepared, saved and audited. */
  protected async updateIn(m: EntityManager, id: number, input: Plain, actor: Actor): Promise<Plain> {
    const current = await this.find(m, id, actor, true);
    assertWritable(this.spec.resource, actor, await this.regionOf(m, current));
    const [before] = await this.present(m, [current]);
    if (input.version !== current.version) {
      throw new ConflictException({
        message: `${this.spec.resource} ${id} was changed by someone else; reload it`,
        code: 'version.conflict',
        params: { resource: this.spec.resource, id },
        current: before,
      });
    }
    const beforeRow = { ...current };
    const draft = m.getRepository(this.entity).merge(current, this.fieldsOf(input) as E);
    Object.assign(draft, { version: current.version + 1 });
    const region = await this.regionOf(m, draft);
    assertWritable(this.spec.resource, actor, region);
    await this.hooks.prepare?.(m, draft, beforeRow, actor, input);
    const saved = await m.getRepository(this.entity).save(draft);
    await this.hooks.afterSave?.(m, saved, input);
    const [after] = await this.present(m, [await this.find(m, id, actor)]);
    await audit(m, {
      userId: actor.id,
      action: 'update',
      resource: this.spec.resource,
      recordId: id,
      regionId: region,
      changes: diff(before, after, this.hooks.audited),
    });
    return after;
  }

  async remove(id: number, actor: Actor): Promise<Plain> {
    return this.ds.transaction(async (m) => {
      const current = await this.find(m, id, actor, true);
      const region = await this.regionOf(m, current);
      assertWritable(this.spec.resource, actor, region);
      await this.hooks.beforeRemove?.(m, current, actor);
      const [before] = await this.present(m, [current]);
      await m.getRepository(this.entity).delete(id);
      await audit(m, {
        userId: actor.id,
        action: 'delete',
        resource: this.spec.resource,
        recordId: id,
        regionId: region,
        changes: diff(before, null, this.hooks.audited),
      });
      return before;
    });
  }
}
