import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { S3Double, startS3Double } from '../../test/support/s3-double';
import { ConfigError, loadEvidenceStoreSettings } from '../config/app-config';
import { digestOf, DiskEvidenceStore, EvidenceStore } from './evidence-store';
import { createEvidenceStore } from './evidence-stores';

/** A store under test, and what the contract tests need to look at or plant behind its back. */
interface Subject {
  store: EvidenceStore;
  /** The bytes stored under the hash, read without the store. */
  raw(sha256: string): Buffer | undefined;
  /** The names of the parts left behind. */
  parts(): string[];
  plantPart(name: string, ageMs: number): void;
  /** The error a get of a missing file rejects with. */
  missing: RegExp;
  close(): Promise<void>;
}

async function diskSubject(): Promise<Subject> {
  const root = mkdtempSync(join(tmpdir(), 'evidence-store-'));
  const parts = () => readdirSync(join(root, '.parts'));
  return {
    store: new DiskEvidenceStore(root),
    raw: (sha256) => readFileSync(join(root, sha256.slice(0, 2), sha256.slice(2))),
    parts,
    plantPart: (name, ageMs) => {
      const path = join(root, '.parts', name);
      writeFileSync(path, 'half');
      const then = new Date(Date.now() - ageMs);
      utimesSync(path, then, then);
    },
    missing: /ENOENT/,
    close: async () => rmSync(root, { recursive: true, force: true }),
  };
}

let double: S3Double;

async function s3Subject(): Promise<Subject> {
  double = await startS3Double({ pageSize: 2 });
  const keys = (prefix: string) => [...double.objects.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  return {
    store: await createEvidenceStore(loadEvidenceStoreSettings(double.env), '/nonexistent'),
    raw: (sha256) => double.objects.get(`evidence/${sha256.slice(0, 2)}/${sha256.slice(2)}`)?.body,
    parts: () => keys('evidence/.parts/'),
    plantPart: (name, ageMs) =>
      double.objects.set(`evidence/.parts/${name}`, { body: Buffer.from('half'), lastModified: new Date(Date.now() - ageMs) }),
    missing: /NoSuchKey/,
    close: () => double.close(),
  };
}

const collect = async (items: AsyncIterable<string>) => {
  const all: string[] = [];
  for await (const item of items) all.push(item);
  return all;
};
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each([
  ['DiskEvidenceStore', diskSubject],
  ['S3EvidenceStore', s3Subject],
])('%s', (_name, start) => {
  let subject: Subject;
  let store: EvidenceStore;

  beforeEach(async () => {
    subject = await start();
    store = subject.store;
  });
  afterEach(() => subject.close());

  it('names a file by its hash under ab/cdef…, stores the same bytes once, from a buffer or a stream', async () => {
    const bytes = Buffer.from('%PDF-1.4 Газета');
    const sha256 = sha(bytes);
    expect(await store.put(bytes)).toEqual({ sha256, size: bytes.length });
    expect(await store.put(Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]))).toEqual({ sha256, size: bytes.length });
    expect(await store.put(bytes, sha256)).toEqual({ sha256, size: bytes.length });
    expect(subject.raw(sha256)).toEqual(bytes);
    expect(await collect(store.list())).toEqual([sha256]);
    expect(subject.parts()).toEqual([]);
    expect(await digestOf(store, sha256)).toBe(sha256);
    expect(await store.has(sha256)).toBe(true);
    await store.delete(sha256);
    await store.delete(sha256);
    expect(await store.has(sha256)).toBe(false);
    await expect(store.get(sha256)).rejects.toThrow(subject.missing);
  });

  it('leaves no part behind when the stream fails, and refuses names that are not hashes', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('connection reset');
    expect(subject.parts()).toEqual([]);
    await expect(store.put(Buffer.from('x'), 'not-a-hash')).rejects.toThrow(/not a sha256/);
    expect(subject.parts()).toEqual([]);
    await expect(store.has('../../etc/passwd')).rejects.toThrow(/not a sha256/);
    await expect(store.removePart('../x')).rejects.toThrow(/not a part/);
  });

  it('lists the pieces of writes cut short once they are old', async () => {
    await store.put(Buffer.from('x'));
    subject.plantPart('0b9f-12.part', 0);
    expect(await store.staleParts(3_600_000)).toEqual([]);
    subject.plantPart('0b9f-12.part', 7_200_000);
    expect(await store.staleParts(3_600_000)).toEqual(['0b9f-12.part']);
    await store.removePart('0b9f-12.part');
    expect(await store.staleParts(0)).toEqual([]);
  });

  it('lists every file however many there are', async () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((s) => Buffer.from(`file ${s}`));
    for (const bytes of files) await store.put(bytes);
    subject.plantPart('0b9f-13.part', 0);
    expect((await collect(store.list())).sort()).toEqual(files.map(sha).sort());
  });
});

describe('S3EvidenceStore on the wire', () => {
  let subject: Subject;

  beforeEach(async () => {
    subject = await s3Subject();
  });
  afterEach(() => subject.close());

  it('signs every request, contacts no address but the endpoint, and puts through a part it then copies', async () => {
    const connected: unknown[] = [];
    const original = Socket.prototype.connect;
    const connect = jest.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: unknown[]) {
      connected.push(Array.isArray(args[0]) ? args[0][0] : args[0]);
      return Reflect.apply(original, this, args) as Socket;
    });
    try {
      const bytes = Buffer.from('scan');
      const { sha256 } = await subject.store.put(bytes);
      await subject.store.put(bytes);
      expect(await digestOf(subject.store, sha256)).toBe(sha256);
    } finally {
      connect.mockRestore();
    }
    const port = Number(new URL(double.endpoint).port);
    expect(connected.length).toBeGreaterThan(0);
    for (const target of connected) expect(target).toEqual(expect.objectContaining({ host: '127.0.0.1', port }));
    const key = (r: string) => r.replace(/\.parts\/[0-9a-f-]+\.part/, '.parts/<uuid>.part').replace(/[0-9a-f]{62}/, '<hash>');
    expect(double.requests.map(key)).toEqual([
      'HEAD /evidence-test/',
      'PUT /evidence-test/evidence/.parts/<uuid>.part?x-id=PutObject',
      'HEAD /evidence-test/evidence/59/<hash>',
      'PUT /evidence-test/evidence/59/<hash>?x-id=CopyObject',
      'DELETE /evidence-test/evidence/.parts/<uuid>.part?x-id=DeleteObject',
      'PUT /evidence-test/evidence/.parts/<uuid>.part?x-id=PutObject',
      'HEAD /evidence-test/evidence/59/<hash>',
      'DELETE /evidence-test/evidence/.parts/<uuid>.part?x-id=DeleteObject',
      'GET /evidence-test/evidence/59/<hash>?x-id=GetObject',
    ]);
  });

  it('asks for the bucket at start: a wrong secret or bucket is told then, naming its setting', async () => {
    const asked = double.requests.length;
    const starting = (env: NodeJS.ProcessEnv) => createEvidenceStore(loadEvidenceStoreSettings({ ...double.env, ...env }), '/nonexistent');
    await expect(starting({ EVIDENCE_S3_SECRET_ACCESS_KEY: 'not-the-secret' })).rejects.toThrow(
      new ConfigError('EVIDENCE_S3_ACCESS_KEY_ID, EVIDENCE_S3_SECRET_ACCESS_KEY: the endpoint refused them for the bucket "evidence-test"'),
    );
    await expect(starting({ EVIDENCE_S3_BUCKET: 'no-such-bucket' })).rejects.toThrow(
      new ConfigError('EVIDENCE_S3_BUCKET: the endpoint has no bucket "no-such-bucket"'),
    );
    expect(double.requests.slice(asked)).toEqual(['HEAD /evidence-test/', 'HEAD /no-such-bucket/']);
    expect(double.objects.size).toBe(0);
  });

  it('starts while the endpoint does not answer, its uploads failing meanwhile', async () => {
    await double.close();
    subject.close = async () => undefined;
    const store = await createEvidenceStore(loadEvidenceStoreSettings(double.env), '/nonexistent');
    await expect(store.put(Buffer.from('x'))).rejects.toThrow(/ECONNREFUSED/);
  });
});
