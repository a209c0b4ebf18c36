import { createHash, createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface S3Object {
  body: Buffer;
  lastModified: Date;
}

export interface S3Double {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The bucket's objects by key, to look at or to plant. */
  objects: Map<string, S3Object>;
  /** Every request as `METHOD /path?query`, in order. */
  requests: string[];
  /** The EVIDENCE_* settings that point the app at this double. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Checks the request's AWS Signature Version 4 (header form) as S3 does: the canonical request over the method, path,
 * sorted query, signed headers and the payload's hash, signed with a key derived from the secret, date, region and
 * service. Returns the problem, or null when the signature holds.
 */
function signatureProblem(req: IncomingMessage, body: Buffer, double: S3Double): string | null {
  const auth = req.headers.authorization ?? '';
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!match) return 'no AWS SigV4 Authorization header';
  const [, accessKeyId, date, region, signedHeaders, signature] = match;
  if (accessKeyId !== double.accessKeyId) return `unknown access key ${accessKeyId}`;
  if (region !== double.region) return `signed for region ${region}`;
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return 'the payload does not match x-amz-content-sha256';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(date)) return 'x-amz-date does not match the credential scope';
  const url = new URL(req.url ?? '/', 'http://double');
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)])
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headers = signedHeaders
    .split(';')
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonical = [req.method, url.pathname, query, headers, signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = ['s3', 'aws4_request'].reduce(hmac, hmac(hmac(`AWS4${double.secretAccessKey}`, date), region));
  return createHmac('sha256', key).update(toSign).digest('hex') === signature ? null : 'the signature does not match';
}

function error(res: ServerResponse, status: number, code: string, message: string, head = false): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(
    head ? undefined : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`,
  );
}

function xml(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
}

const etag = (body: Buffer) => `"${createHash('md5').update(body).digest('hex')}"`;

function listObjects(res: ServerResponse, url: URL, double: S3Double, pageSize: number): void {
  const prefix = url.searchParams.get('prefix') ?? '';
  const after = url.searchParams.get('continuation-token') ?? '';
  const maxKeys = Math.min(Number(url.searchParams.get('max-keys') ?? 1000), pageSize);
  const keys = [...double.objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
  const page = keys.slice(0, maxKeys);
  const truncated = keys.length > page.length;
  const contents = page
    .map((key) => {
      const object = double.objects.get(key) as S3Object;
      return (
        `<Contents><Key>${xmlEscape(key)}</Key><LastModified>${object.lastModified.toISOString()}</LastModified>` +
        `<ETag>${xmlEscape(etag(object.body))}</ETag><Size>${object.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`
      );
    })
    .join('');
  xml(
    res,
    `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${double.bucket}</Name><Prefix>${xmlEscape(prefix)}</Prefix>` +
      `<KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}` +
      (truncated ? `<NextContinuationToken>${xmlEscape(page[page.length - 1])}</NextContinuationToken>` : '') +
      `</ListBucketResult>`,
  );
}

function handle(req: IncomingMessage, res: ServerResponse, body: Buffer, double: S3Double, pageSize: number): void {
  const url = new URL(req.url ?? '/', 'http://double');
  double.requests.push(`${req.method} ${url.pathname}${url.search}`);
  const head = req.method === 'HEAD';
  const problem = signatureProblem(req, body, double);
  if (problem) return error(res, 403, 'SignatureDoesNotMatch', problem, head);
  const [, bucket, ...rest] = url.pathname.split('/');
  if (bucket !== double.bucket) return error(res, 404, 'NoSuchBucket', `no bucket ${bucket}`, head);
  const key = decodeURIComponent(rest.join('/'));
  if (key === '') {
    if (head) return void res.writeHead(200).end();
    if (req.method === 'GET' && url.searchParams.get('list-type') === '2') return listObjects(res, url, double, pageSize);
    return error(res, 501, 'NotImplemented', 'only HeadBucket and ListObjectsV2 on the bucket');
  }
  const object = double.objects.get(key);
  switch (req.method) {
    case 'PUT': {
      const source = req.headers['x-amz-copy-source'];
      if (source === undefined) {
        double.objects.set(key, { body, lastModified: new Date() });
        res.writeHead(200, { etag: etag(body) });
        return void res.end();
      }
      const from = decodeURIComponent(String(source)).replace(/^\//, '');
      const copied = from.startsWith(`${double.bucket}/`) ? double.objects.get(from.slice(double.bucket.length + 1)) : undefined;
      if (!copied) return error(res, 404, 'NoSuchKey', `no source ${from}`);
      const lastModified = new Date();
      double.objects.set(key, { body: copied.body, lastModified });
      return xml(
        res,
        `<CopyObjectResult><ETag>${xmlEscape(etag(copied.body))}</ETag><LastModified>${lastModified.toISOString()}</LastModified></CopyObjectResult>`,
      );
    }
    case 'GET':
    case 'HEAD':
      if (!object) return error(res, 404, 'NoSuchKey', `no key ${key}`, head);
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': object.body.length,
        etag: etag(object.body),
        'last-modified': object.lastModified.toUTCString(),
      });
      return void res.end(head ? undefined : object.body);
    case 'DELETE':
      double.objects.delete(key);
      res.writeHead(204);
      return void res.end();
    default:
      return error(res, 405, 'MethodNotAllowed', `${req.method} is not supported`);
  }
}

/**
 * An in-memory S3 on 127.0.0.1 and a random port, path-style, with what the evidence store uses: HeadBucket, PutObject,
 * CopyObject, GetObject, HeadObject, DeleteObject and ListObjectsV2 (`pageSize` keys a page at most, so that tests
 * see continuation). Every request must carry a valid SigV4 signature for the double's access key.
 */
export async function startS3Double(options: { pageSize?: number } = {}): Promise<S3Double> {
  const pageSize = options.pageSize ?? 1000;
  const double: S3Double = {
    endpoint: '',
    bucket: 'evidence-test',
    region: 'kz-test-1',
    accessKeyId: 'TESTACCESSKEY',
    secretAccessKey: 'test-secret-access-key',
    objects: new Map(),
    requests: [],
    env: {},
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks), double, pageSize));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  double.env = {
    EVIDENCE_STORE: 's3',
    EVIDENCE_S3_ENDPOINT: double.endpoint,
    EVIDENCE_S3_BUCKET: double.bucket,
    EVIDENCE_S3_REGION: double.region,
    EVIDENCE_S3_ACCESS_KEY_ID: double.accessKeyId,
    EVIDENCE_S3_SECRET_ACCESS_KEY: double.secretAccessKey,
  };
  return double;
}
