import type { HttpException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badField } from '../common/coded-error';

/** The two link tables that tie a record to its target audiences; the names never come from input. */
export type AudienceLinkTable =
  { table: 'material_target_audiences'; owner: 'material_id' } | { table: 'media_plan_item_target_audiences'; owner: 'media_plan_item_id' };

export const MATERIAL_AUDIENCES: AudienceLinkTable = { table: 'material_target_audiences', owner: 'material_id' };
export const unknownAudience = (): HttpException => badField('targetAudienceIds', 'audience.unknown', 'no such target audience', {});

export const PLAN_ITEM_AUDIENCES: AudienceLinkTable = { table: 'media_plan_item_target_audiences', owner: 'media_plan_item_id' };

export async function readAudienceIds(m: EntityManager, link: AudienceLinkTable, ids: number[]): Promise<Map<number, number[]>> {
  const byOwner = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byOwner;
  const rows: { owner: number; audience: number }[] = await m.query(
    `SELECT ${link.owner} AS owner, target_audience_id AS audience FROM ${link.table} WHERE ${link.owner} = ANY($1) ORDER BY 2`,
    [ids],
  );
  for (const r of rows) byOwner.get(r.owner)?.push(r.audience);
  return byOwner;
}

/** The same ids as SQL over an owner's alias, for reads that take them in the owner's own statement. */
export function audienceIdsSql(link: AudienceLinkTable, alias: string): string {
  return `ARRAY(SELECT target_audience_id FROM ${link.table} WHERE ${link.owner} = ${alias}.id ORDER BY 1)`;
}

export async function writeAudienceIds(m: EntityManager, link: AudienceLinkTable, ownerId: number, input: unknown): Promise<void> {
  if (!Array.isArray(input)) return;
  await m.query(`DELETE FROM ${link.table} WHERE ${link.owner} = $1`, [ownerId]);
  const unique = [...new Set(input as number[])];
  if (unique.length === 0) return;
  const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM target_audiences WHERE id = ANY($1)', [unique]);
  if (n !== unique.length) throw unknownAudience();
  await m.query(`INSERT INTO ${link.table} (${link.owner}, target_audience_id) SELECT $1, unnest($2::int[])`, [ownerId, unique]);
}

export async function withAudienceIds<T extends { id: number }>(
  m: EntityManager,
  link: AudienceLinkTable,
  rows: T[],
): Promise<Record<string, unknown>[]> {
  const ids = await readAudienceIds(
    m,
    link,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, targetAudienceIds: ids.get(r.id) ?? [] }));
}
