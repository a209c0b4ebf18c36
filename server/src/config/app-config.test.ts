import { ConfigError, loadConfig, trustProxyOption } from './app-config';

const secret = () => 'generated-secret-0123456789';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({}, secret);
    expect(c).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      dataDir: './.data',
      demoData: true,
      jwtSecret: 'generated-secret-0123456789',
      evidenceStore: { kind: 'disk' },
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.replicaUrls).toEqual([]);
    expect(c.replicaMaxLagSeconds).toBe(10);
  });

  it('reads the replicas as a comma-separated list', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://p/db', DATABASE_REPLICA_URLS: ' postgres://r1/db, postgresql://r2:5433/db ' }, secret);
    expect(c.replicaUrls).toEqual(['postgres://r1/db', 'postgresql://r2:5433/db']);
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DEMO_DATA', { DEMO_DATA: 'maybe' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['DATABASE_REPLICA_URLS', { DATABASE_URL: 'postgres://p/db', DATABASE_REPLICA_URLS: 'postgres://r1/db,http://r2' }],
    ['DATABASE_REPLICA_URLS', { DATABASE_REPLICA_URLS: 'postgres://r1/db' }],
    ['REPLICA_MAX_LAG', { REPLICA_MAX_LAG: '0' }],
    ['REPLICA_MAX_LAG', { REPLICA_MAX_LAG: 'soon' }],
  ])('stops on a bad %s with a message naming it', (name, env) => {
    expect(() => loadConfig(env, secret)).toThrow(ConfigError);
    expect(() => loadConfig(env, secret)).toThrow(name);
  });

  it('requires JWT_SECRET in production and loads no demo data there by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, secret)).toThrow('JWT_SECRET');
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-length' }, secret);
    expect(c.demoData).toBe(false);
  });

  it('passes the data folder to the secret maker when JWT_SECRET is not set, and does not call it when it is', () => {
    const asked: string[] = [];
    loadConfig({ DATA_DIR: '/srv/backoffice' }, (dir) => (asked.push(dir), 'generated-secret-0123456789'));
    loadConfig({ JWT_SECRET: 'a-secret-set-by-the-operator' }, (dir) => (asked.push(dir), 'generated-secret-0123456789'));
    expect(asked).toEqual(['/srv/backoffice']);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.1,::1,fd00::/8,loopback', ['10.0.0.0/8', '192.168.1.1', '::1', 'fd00::/8', 'loopback']],
  ])('reads TRUST_PROXY=%s as %j (off by default)', (raw, expected) => {
    expect(loadConfig(raw === undefined ? {} : { TRUST_PROXY: raw }, secret).trustProxy).toEqual(expected);
  });

  it.each(['yes', '0', '101', 'proxy.example', '10.0.0.0/33', '10.0.0.1,', '::1/129', '10.0.0.1/8/8'])(
    'stops on TRUST_PROXY=%s with a message naming it',
    (raw) => {
      expect(() => loadConfig({ TRUST_PROXY: raw }, secret)).toThrow(/TRUST_PROXY/);
    },
  );

  it('gives Fastify a hop count as a function of the hop, as Fastify itself would make it', () => {
    const trust = trustProxyOption(2);
    expect(typeof trust).toBe('function');
    if (typeof trust !== 'function') return;
    expect([0, 1, 2, 3].map((hop) => trust('10.0.0.1', hop))).toEqual([true, true, false, false]);
    expect(trustProxyOption(['10.0.0.1'])).toEqual(['10.0.0.1']);
  });

  it.each([
    ['short', 'Kz-2026'],
    ['common', 'password1'],
    ['the login', 'Chief.Admin'],
    ["the first administrator's name", 'ADMINISTRATOR'],
  ])('stops on an ADMIN_PASSWORD that is %s, naming it', (_rule, password) => {
    expect(() => loadConfig({ ADMIN_LOGIN: 'chief.admin', ADMIN_PASSWORD: password }, secret)).toThrow(/^ADMIN_PASSWORD /);
  });

  it('accepts an ADMIN_PASSWORD that breaks no rule', () => {
    expect(loadConfig({ ADMIN_LOGIN: 'chief.admin', ADMIN_PASSWORD: 'Ministry-admin-2026' }, secret).adminPassword).toBe(
      'Ministry-admin-2026',
    );
  });

  it('takes an S3 evidence store from EVIDENCE_S3_*, and names the setting that is missing or wrong', () => {
    const s3 = {
      EVIDENCE_STORE: 's3',
      EVIDENCE_S3_ENDPOINT: 'http://10.0.0.5:9000/',
      EVIDENCE_S3_BUCKET: 'evidence',
      EVIDENCE_S3_REGION: 'kz-1',
      EVIDENCE_S3_ACCESS_KEY_ID: 'backoffice',
      EVIDENCE_S3_SECRET_ACCESS_KEY: 'secret-secret',
    };
    expect(loadConfig(s3, secret).evidenceStore).toEqual({
      kind: 's3',
      endpoint: 'http://10.0.0.5:9000',
      bucket: 'evidence',
      region: 'kz-1',
      accessKeyId: 'backoffice',
      secretAccessKey: 'secret-secret',
    });
    expect(() => loadConfig({ EVIDENCE_STORE: 'nfs' }, secret)).toThrow(/^EVIDENCE_STORE must be disk or s3/);
    expect(() => loadConfig({ ...s3, EVIDENCE_S3_BUCKET: '' }, secret)).toThrow(/^EVIDENCE_S3_BUCKET is required when EVIDENCE_STORE=s3$/);
    expect(() => loadConfig({ ...s3, EVIDENCE_S3_SECRET_ACCESS_KEY: undefined }, secret)).toThrow(
      /^EVIDENCE_S3_SECRET_ACCESS_KEY is required/,
    );
    expect(() => loadConfig({ ...s3, EVIDENCE_S3_ENDPOINT: 'minio:9000' }, secret)).toThrow(
      /^EVIDENCE_S3_ENDPOINT must be an http\(s\) URL/,
    );
    expect(() => loadConfig({ ...s3, EVIDENCE_S3_ENDPOINT: 'http://minio:9000/bucket' }, secret)).toThrow(ConfigError);
    expect(loadConfig({ EVIDENCE_S3_BUCKET: 'ignored' }, secret).evidenceStore).toEqual({ kind: 'disk' });
  });
});
