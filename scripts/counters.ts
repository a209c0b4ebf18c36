import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { rebuildCounters, verifyCounters } from '../server/src/materials/materials.repository';
import { dataSourceOptions } from '../server/src/database/data-source';

/** `verify` exits 1 when the counters disagree with a raw count; `rebuild` recounts them. Uses DATABASE_URL. */
async function main(): Promise<void> {
  const command = process.argv[2];
  const url = process.env.DATABASE_URL;
  if (!url || (command !== 'verify' && command !== 'rebuild')) {
    console.error('usage: DATABASE_URL=postgres://... node counters.js verify|rebuild');
    process.exit(2);
  }
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    if (command === 'rebuild') {
      await ds.transaction((m) => rebuildCounters(m));
      console.log('counters rebuilt');
    }
    const mismatches = await verifyCounters(ds.manager);
    for (const x of mismatches.slice(0, 50)) console.log(`${x.table} ${x.key}: counted ${x.counted}, stored ${x.stored}`);
    console.log(mismatches.length === 0 ? 'counters agree with materials' : `${mismatches.length} counters disagree`);
    process.exitCode = mismatches.length === 0 ? 0 : 1;
  } finally {
    await ds.destroy();
  }
}

void main();
