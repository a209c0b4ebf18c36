import { isIP } from 'node:net';
import { plainToInstance } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { passwordProblem } from '../users/password-policy';

/** Fastify's trustProxy: trust every proxy, a number of hops, or proxies at these addresses/CIDRs. */
export type TrustProxy = boolean | number | string[];

export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  nodeEnv: 'development' | 'production' | 'test';

  @IsInt()
  @Min(0)
  @Max(65535)
  port: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  databaseUrl?: string;

  @Matches(/^postgres(ql)?:\/\/\S+$/, { each: true, message: 'must be a comma-separated list of postgres:// or postgresql:// URLs' })
  replicaUrls: string[];

  @IsInt()
  @Min(1)
  @Max(3600)
  replicaMaxLagSeconds: number;

  @IsString()
  @MinLength(1)
  dataDir: string;

  @IsBoolean()
  demoData: boolean;

  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters long' })
  jwtSecret: string;

  @Matches(/^\d+[smhd]$/, { message: 'must be a duration such as 15m or 8h' })
  jwtExpiresIn: string;

  @IsOptional()
  @IsString()
  uiDir?: string;

  @Matches(/^(https?:\/\/[^\s,]+)?(,https?:\/\/[^\s,]+)*$/, { message: 'must be a comma-separated list of http(s) origins' })
  corsOrigins: string;

  @Matches(/^[a-z0-9._-]{3,60}$/, { message: 'must be 3-60 lowercase latin letters, digits, dots, dashes or underscores' })
  adminLogin: string;

  @IsOptional()
  @IsString()
  adminPassword?: string;

  /** Checked by parseTrustProxy. */
  @Allow()
  trustProxy: TrustProxy;

  @IsInt()
  @Min(1)
  @Max(1024 * 1024 * 1024, { message: 'must be at most 1 GB' })
  importMaxBytes: number;

  @IsInt()
  @Min(1)
  importsPerHour: number;

  /** Checked by loadEvidenceStoreSettings. */
  @Allow()
  evidenceStore: EvidenceStoreSettings;
}

/** Where evidence files are kept: the disk under DATA_DIR, or an S3-compatible bucket. */
export type EvidenceStoreSettings =
  { kind: 'disk' } | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

export class ConfigError extends Error {}

/** The full name the first administrator is created with. */
export const INITIAL_ADMIN_NAME = 'Administrator';

const ENV_NAMES: Record<string, string> = {
  nodeEnv: 'NODE_ENV',
  port: 'PORT',
  databaseUrl: 'DATABASE_URL',
  replicaUrls: 'DATABASE_REPLICA_URLS',
  replicaMaxLagSeconds: 'REPLICA_MAX_LAG',
  dataDir: 'DATA_DIR',
  demoData: 'DEMO_DATA',
  jwtSecret: 'JWT_SECRET',
  jwtExpiresIn: 'JWT_EXPIRES_IN',
  corsOrigins: 'CORS_ORIGINS',
  adminLogin: 'ADMIN_LOGIN',
  adminPassword: 'ADMIN_PASSWORD',
  importMaxBytes: 'IMPORT_MAX_BYTES',
  importsPerHour: 'IMPORTS_PER_HOUR',
  trustProxy: 'TRUST_PROXY',
  evidenceStore: 'EVIDENCE_STORE',
};

/** The setting as the Fastify adapter's option, whose type has no hop count: Fastify turns a count into this function too. */
export function trustProxyOption(value: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/** proxy-addr's names for ranges, which Fastify accepts beside addresses. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** Off by default: behind no proxy, X-Forwarded-For is whatever the client wrote, and sign-in limits count by address. */
function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 100) throw new ConfigError(`TRUST_PROXY: a hop count must be 1-100, got "${raw}"`);
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isAddressOrCidr(e));
  if (bad.length > 0) {
    throw new ConfigError(
      `TRUST_PROXY must be true, false, a hop count, or a comma-separated list of proxy addresses or CIDRs; not understood: "${bad.join('", "')}"`,
    );
  }
  return entries;
}

function parseInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  return Number(raw);
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function required(env: NodeJS.ProcessEnv, name: string, pattern: RegExp, shape: string): string {
  const value = (env[name] ?? '').trim();
  if (value === '') throw new ConfigError(`${name} is required when EVIDENCE_STORE=s3`);
  if (!pattern.test(value)) throw new ConfigError(`${name} must be ${shape}, got "${value}"`);
  return value;
}

/**
 * EVIDENCE_STORE: `disk` (the default) or `s3`, which needs every EVIDENCE_S3_* setting. The credentials are given
 * here and nowhere else, so that the S3 client never looks for them in files or the cloud's metadata service.
 */
export function loadEvidenceStoreSettings(env: NodeJS.ProcessEnv): EvidenceStoreSettings {
  const kind = (env.EVIDENCE_STORE ?? '').trim() || 'disk';
  if (kind === 'disk') return { kind };
  if (kind !== 's3') throw new ConfigError(`EVIDENCE_STORE must be disk or s3, got "${kind}"`);
  const endpoint = required(
    env,
    'EVIDENCE_S3_ENDPOINT',
    /^https?:\/\/[^\s/?#]+\/?$/,
    'an http(s) URL with no path, such as http://10.0.0.5:9000',
  );
  return {
    kind,
    endpoint: endpoint.replace(/\/$/, ''),
    bucket: required(
      env,
      'EVIDENCE_S3_BUCKET',
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'a bucket name (3-63 lowercase letters, digits, dots, dashes)',
    ),
    region: required(env, 'EVIDENCE_S3_REGION', /^[a-z0-9-]{1,40}$/, 'a region name such as us-east-1'),
    accessKeyId: required(env, 'EVIDENCE_S3_ACCESS_KEY_ID', /^\S{3,128}$/, 'an access key id'),
    secretAccessKey: required(env, 'EVIDENCE_S3_SECRET_ACCESS_KEY', /^\S{8,256}$/, 'a secret of 8 or more characters'),
  };
}

/**
 * Reads and validates the settings once; a bad value throws a ConfigError naming the variable. Without JWT_SECRET
 * (refused in production), generatedSecret gives one, given the data folder to keep it in.
 */
export function loadConfig(env: NodeJS.ProcessEnv, generatedSecret: (dataDir: string) => string): AppConfig {
  const nodeEnv = env.NODE_ENV || 'development';
  if (nodeEnv === 'production' && !env.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  }
  const demoData = parseBoolean('DEMO_DATA', env.DEMO_DATA, nodeEnv !== 'production');
  if (nodeEnv === 'production' && demoData) {
    throw new ConfigError('DEMO_DATA=true is not allowed when NODE_ENV=production: the demo accounts share a published password');
  }
  const dataDir = env.DATA_DIR || './.data';
  const raw = {
    nodeEnv,
    port: parseInteger('PORT', env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    replicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
    replicaMaxLagSeconds: parseInteger('REPLICA_MAX_LAG', env.REPLICA_MAX_LAG, 10),
    dataDir,
    demoData,
    jwtSecret: env.JWT_SECRET || generatedSecret(dataDir),
    jwtExpiresIn: env.JWT_EXPIRES_IN || '8h',
    uiDir: env.UI_DIR || undefined,
    corsOrigins: env.CORS_ORIGINS ?? '',
    adminLogin: env.ADMIN_LOGIN || 'admin',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    importMaxBytes: parseInteger('IMPORT_MAX_BYTES', env.IMPORT_MAX_BYTES, 20 * 1024 * 1024),
    importsPerHour: parseInteger('IMPORTS_PER_HOUR', env.IMPORTS_PER_HOUR, 60),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    evidenceStore: loadEvidenceStoreSettings(env),
  };
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config);
  if (errors.length > 0) {
    const lines = errors.map((e) => `${ENV_NAMES[e.property] ?? e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new ConfigError(`Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  const weak = config.adminPassword && passwordProblem(config.adminPassword, { login: config.adminLogin, fullName: INITIAL_ADMIN_NAME });
  if (config.replicaUrls.length > 0 && !config.databaseUrl) {
    throw new ConfigError('DATABASE_REPLICA_URLS: replicas need a primary named by DATABASE_URL (the embedded PostgreSQL has none)');
  }
  if (weak) throw new ConfigError(`ADMIN_PASSWORD ${weak.message}: choose another`);
  return config;
}
