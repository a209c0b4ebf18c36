import { createHash, randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import type * as S3Sdk from '@aws-sdk/client-s3';
import { ConfigError, EvidenceStoreSettings } from '../config/app-config';
import { checked, EvidenceStore, isPartName, isSha256, StoredFile } from './evidence-store';

type S3Settings = Extract<EvidenceStoreSettings, { kind: 's3' }>;
type Sdk = typeof S3Sdk;

/** The SDK is loaded only when the S3 store is used: it would add some 7 MB of heap and a tenth of a second to every start. */
export const loadS3Sdk = (): Promise<Sdk> => import('@aws-sdk/client-s3');

const PREFIX = 'evidence/';
const PARTS = `${PREFIX}.parts/`;

/**
 * Every setting the SDK would otherwise look up in AWS_* variables, ~/.aws files or the cloud's metadata service
 * (169.254.169.254) is given here, so that the only address it ever contacts is the endpoint.
 */
export function s3Client(sdk: Sdk, settings: S3Settings): S3Sdk.S3Client {
  const agentOptions = { keepAlive: true, maxSockets: 16 };
  return new sdk.S3Client({
    endpoint: settings.endpoint,
    forcePathStyle: true,
    region: settings.region,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    defaultsMode: 'standard',
    retryMode: 'standard',
    maxAttempts: 3,
    authSchemePreference: ['sigv4'],
    disableS3ExpressSessionAuth: true,
    followRegionRedirects: false,
    useArnRegion: false,
    useDualstackEndpoint: false,
    useFipsEndpoint: false,
    sigv4aSigningRegionSet: [settings.region],
    userAgentAppId: async () => undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: {
      httpAgent: new Agent(agentOptions),
      httpsAgent: new HttpsAgent(agentOptions),
      connectionTimeout: 5_000,
      requestTimeout: 60_000,
    },
  });
}

/**
 * An S3-compatible bucket: `evidence/ab/cdef…` for the hash `abcdef…`. A put uploads to `evidence/.parts/<uuid>.part`
 * (the hash is known only once every byte is read), copies that to the hash's key unless it is there already, and
 * deletes the part; S3 writes whole objects, so a reader never sees half a file, and a crash leaves only a part.
 * The bytes are held in memory for the upload (S3 wants the length first): evidence files are at most 10 MB.
 */
export class S3EvidenceStore extends EvidenceStore {
  constructor(
    private readonly sdk: Sdk,
    private readonly client: S3Sdk.S3Client,
    private readonly bucket: string,
  ) {
    super();
  }

  /**
   * Asks for the bucket once, at start, so that a wrong bucket or key is told then, naming its setting, rather than at
   * the first upload. An endpoint that does not answer is only logged, as a database away is: it may come back.
   */
  async checkBucket(): Promise<void> {
    try {
      await this.client.send(new this.sdk.HeadBucketCommand({ Bucket: this.bucket }));
    } catch (e) {
      const status = e instanceof this.sdk.S3ServiceException ? e.$metadata.httpStatusCode : undefined;
      if (status === 404) throw new ConfigError(`EVIDENCE_S3_BUCKET: the endpoint has no bucket "${this.bucket}"`);
      if (status === 401 || status === 403) {
        throw new ConfigError(
          `EVIDENCE_S3_ACCESS_KEY_ID, EVIDENCE_S3_SECRET_ACCESS_KEY: the endpoint refused them for the bucket "${this.bucket}"`,
        );
      }
      if (status !== undefined && status < 500) {
        throw new ConfigError(`EVIDENCE_S3_*: the endpoint refused the bucket "${this.bucket}" (${status} ${(e as Error).name})`);
      }
      new Logger('Evidence').warn(`the S3 endpoint did not answer for the bucket "${this.bucket}": ${String(e)}; uploads wait for it`);
    }
  }

  private isMissing(e: unknown): boolean {
    return (
      e instanceof this.sdk.S3ServiceException && (e.$metadata.httpStatusCode === 404 || e.name === 'NoSuchKey' || e.name === 'NotFound')
    );
  }

  private keyOf(sha256: string): string {
    return `${PREFIX}${checked(sha256).slice(0, 2)}/${sha256.slice(2)}`;
  }

  async put(data: Buffer | Readable, known?: string): Promise<StoredFile> {
    const target = known === undefined ? undefined : this.keyOf(known);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    for await (const chunk of Buffer.isBuffer(data) ? [data] : data) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      if (known === undefined) hash.update(bytes);
      chunks.push(bytes);
    }
    const body = Buffer.concat(chunks);
    const sha256 = known ?? hash.digest('hex');
    const key = target ?? this.keyOf(sha256);
    const part = `${PARTS}${randomUUID()}.part`;
    await this.client.send(new this.sdk.PutObjectCommand({ Bucket: this.bucket, Key: part, Body: body, ContentLength: body.length }));
    try {
      if (!(await this.exists(key))) {
        await this.client.send(new this.sdk.CopyObjectCommand({ Bucket: this.bucket, Key: key, CopySource: `${this.bucket}/${part}` }));
      }
    } finally {
      await this.client.send(new this.sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: part }));
    }
    return { sha256, size: body.length };
  }

  async get(sha256: string): Promise<Readable> {
    try {
      const answer = await this.client.send(new this.sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      if (!(answer.Body instanceof Readable)) throw new Error('evidence store: the S3 client gave no stream');
      return answer.Body;
    } catch (e) {
      if (this.isMissing(e)) throw new Error(`evidence store: no file ${sha256} (NoSuchKey)`, { cause: e });
      throw e;
    }
  }

  async has(sha256: string): Promise<boolean> {
    return this.exists(this.keyOf(sha256));
  }

  async delete(sha256: string): Promise<void> {
    await this.client.send(new this.sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
  }

  async *list(): AsyncIterable<string> {
    for await (const object of this.objects(PREFIX)) {
      const rest = object.key.slice(PREFIX.length);
      const sha256 = rest.slice(0, 2) + rest.slice(3);
      if (rest[2] === '/' && isSha256(sha256)) yield sha256;
    }
  }

  async staleParts(olderThanMs: number): Promise<string[]> {
    const stale: string[] = [];
    for await (const object of this.objects(PARTS)) {
      if (Date.now() - object.modified > olderThanMs) stale.push(object.key.slice(PARTS.length));
    }
    return stale;
  }

  async removePart(name: string): Promise<void> {
    if (!isPartName(name)) throw new Error(`evidence store: not a part: ${JSON.stringify(name)}`);
    await this.client.send(new this.sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: `${PARTS}${name}` }));
  }

  private async *objects(prefix: string): AsyncIterable<{ key: string; modified: number }> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new this.sdk.ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key) yield { key: object.Key, modified: object.LastModified?.getTime() ?? 0 };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new this.sdk.HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (e) {
      if (this.isMissing(e)) return false;
      throw e;
    }
  }
}
