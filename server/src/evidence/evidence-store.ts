import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const SHA256 = /^[0-9a-f]{64}$/;

export const isSha256 = (value: string): boolean => SHA256.test(value);

/** The name of a put's temporary file or object: `<uuid>.part`. */
export const isPartName = (name: string): boolean => /^[0-9a-f-]+\.part$/.test(name);

export function checked(sha256: string): string {
  if (!isSha256(sha256)) throw new Error(`evidence store: not a sha256: ${JSON.stringify(sha256)}`);
  return sha256;
}

/** What put stored: the content's hash, which names it, and its size. */
export interface StoredFile {
  sha256: string;
  size: number;
}

/**
 * Where evidence files live, each named by the sha256 of its bytes: the same bytes are stored once. A put is durable
 * and whole when it resolves, and never visible half-written.
 */
export abstract class EvidenceStore {
  /** `sha256`: the bytes' hash when the caller has worked it out already, so that it is not worked out again. */
  abstract put(data: Buffer | Readable, sha256?: string): Promise<StoredFile>;
  /** The bytes; rejects when there is no such file. */
  abstract get(sha256: string): Promise<Readable>;
  abstract has(sha256: string): Promise<boolean>;
  /** Nothing happens when there is no such file. */
  abstract delete(sha256: string): Promise<void>;
  /** Every stored hash, in no order. */
  abstract list(): AsyncIterable<string>;
  /** Leftovers of puts that never finished (a crash between write and rename), older than the given age. */
  abstract staleParts(olderThanMs: number): Promise<string[]>;
  abstract removePart(name: string): Promise<void>;
}

/** The sha256 of a stored file's bytes as read back now. */
export async function digestOf(store: EvidenceStore, sha256: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(await store.get(sha256), hash);
  return hash.digest('hex');
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The local disk: `<root>/ab/cdef…` for the hash `abcdef…`. A put streams into `<root>/.parts/` (the hash, and so the
 * final folder, is known only once every byte is read), fsyncs the file, renames it into place (atomic within the
 * file system) and fsyncs the folder, so that after a crash the file is there whole or not at all.
 */
export class DiskEvidenceStore extends EvidenceStore {
  private readonly parts: string;

  constructor(private readonly root: string) {
    super();
    this.parts = join(root, '.parts');
  }

  private pathOf(sha256: string): { dir: string; file: string } {
    const dir = join(this.root, checked(sha256).slice(0, 2));
    return { dir, file: join(dir, sha256.slice(2)) };
  }

  async put(data: Buffer | Readable, known?: string): Promise<StoredFile> {
    await mkdir(this.parts, { recursive: true });
    const part = join(this.parts, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            if (known === undefined) hash.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(part, { flags: 'wx', mode: 0o640 }),
      );
      await fsyncPath(part);
      const sha256 = known ?? hash.digest('hex');
      const { dir, file } = this.pathOf(sha256);
      if (await this.exists(file)) {
        await unlink(part);
      } else {
        await mkdir(dir, { recursive: true });
        await rename(part, file);
        await fsyncPath(dir);
      }
      return { sha256, size };
    } catch (e) {
      await rm(part, { force: true });
      throw e;
    }
  }

  async get(sha256: string): Promise<Readable> {
    const { file } = this.pathOf(sha256);
    const handle = await open(file, 'r');
    return handle.createReadStream();
  }

  async has(sha256: string): Promise<boolean> {
    return this.exists(this.pathOf(sha256).file);
  }

  async delete(sha256: string): Promise<void> {
    const { dir, file } = this.pathOf(sha256);
    try {
      await unlink(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    await fsyncPath(dir);
  }

  async *list(): AsyncIterable<string> {
    for (const dir of await this.entries(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(dir)) continue;
      for (const rest of await this.entries(join(this.root, dir))) {
        if (isSha256(dir + rest)) yield dir + rest;
      }
    }
  }

  async staleParts(olderThanMs: number): Promise<string[]> {
    const stale: string[] = [];
    for (const name of await this.entries(this.parts)) {
      const info = await stat(join(this.parts, name)).catch(() => null);
      if (info && Date.now() - info.mtimeMs > olderThanMs) stale.push(name);
    }
    return stale;
  }

  async removePart(name: string): Promise<void> {
    if (!isPartName(name)) throw new Error(`evidence store: not a part: ${JSON.stringify(name)}`);
    await rm(join(this.parts, name), { force: true });
  }

  private async exists(file: string): Promise<boolean> {
    return stat(file).then(
      () => true,
      () => false,
    );
  }

  private async entries(dir: string): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }
}

/** The folder evidence files are kept in under DATA_DIR. */
export const evidenceDir = (dataDir: string): string => join(dataDir, 'evidence');
