import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { digestOf, DiskEvidenceStore } from './evidence-store';

describe('DiskEvidenceStore', () => {
  let root: string;
  let store: DiskEvidenceStore;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'evidence-store-'));
    store = new DiskEvidenceStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const collect = async (items: AsyncIterable<string>) => {
    const all: string[] = [];
    for await (const item of items) all.push(item);
    return all;
  };

  it('names a file by its hash under ab/cdef…, stores the same bytes once, from a buffer or a stream', async () => {
    const bytes = Buffer.from('%PDF-1.4 Газета');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(await store.put(bytes)).toEqual({ sha256, size: bytes.length });
    expect(await store.put(Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]))).toEqual({ sha256, size: bytes.length });
    expect(await store.put(bytes, sha256)).toEqual({ sha256, size: bytes.length });
    expect(readFileSync(join(root, sha256.slice(0, 2), sha256.slice(2)))).toEqual(bytes);
    expect(await collect(store.list())).toEqual([sha256]);
    expect(readdirSync(join(root, '.parts'))).toEqual([]);
    expect(await digestOf(store, sha256)).toBe(sha256);
    expect(await store.has(sha256)).toBe(true);
    await store.delete(sha256);
    await store.delete(sha256);
    expect(await store.has(sha256)).toBe(false);
    await expect(store.get(sha256)).rejects.toThrow(/ENOENT/);
  });

  it('leaves no part behind when the stream fails, and refuses names that are not hashes', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('connection reset');
    expect(readdirSync(join(root, '.parts'))).toEqual([]);
    await expect(store.put(Buffer.from('x'), 'not-a-hash')).rejects.toThrow(/not a sha256/);
    expect(readdirSync(join(root, '.parts'))).toEqual([]);
    await expect(store.has('../../etc/passwd')).rejects.toThrow(/not a sha256/);
    await expect(store.removePart('../x')).rejects.toThrow(/not a part/);
  });

  it('lists the pieces of writes cut short once they are old', async () => {
    await store.put(Buffer.from('x'));
    const part = join(root, '.parts', '0b9f-12.part');
    writeFileSync(part, 'half');
    expect(await store.staleParts(3_600_000)).toEqual([]);
    utimesSync(part, new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));
    expect(await store.staleParts(3_600_000)).toEqual(['0b9f-12.part']);
    await store.removePart('0b9f-12.part');
    expect(await store.staleParts(0)).toEqual([]);
  });
});
