import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value as a field of COPY's text format. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  return typeof value === 'number' ? String(value) : value.replace(SPECIAL, (c) => ESCAPES[c]);
}

/** Runs a COPY ... FROM STDIN with the given text. */
export async function copyInto(client: PoolClient, sql: string, data: string): Promise<void> {
  const copy = client.query(copyFrom(sql));
  copy.end(data);
  await finished(copy);
}
