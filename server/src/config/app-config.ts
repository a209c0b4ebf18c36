import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

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
  @MinLength(8, { message: 'must be at least 8 characters long' })
  adminPassword?: string;

  @IsInt()
  @Min(1)
  @Max(1024 * 1024 * 1024, { message: 'must be at most 1 GB' })
  importMaxBytes: number;

  @IsInt()
  @Min(1)
  importsPerHour: number;
}

export class ConfigError extends Error {}

const ENV_NAMES: Record<string, string> = {
  nodeEnv: 'NODE_ENV',
  port: 'PORT',
  databaseUrl: 'DATABASE_URL',
  dataDir: 'DATA_DIR',
  demoData: 'DEMO_DATA',
  jwtSecret: 'JWT_SECRET',
  jwtExpiresIn: 'JWT_EXPIRES_IN',
  corsOrigins: 'CORS_ORIGINS',
  adminLogin: 'ADMIN_LOGIN',
  adminPassword: 'ADMIN_PASSWORD',
  importMaxBytes: 'IMPORT_MAX_BYTES',
  importsPerHour: 'IMPORTS_PER_HOUR',
};

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

/** Reads and validates the settings once; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv, generatedSecret: () => string): AppConfig {
  const nodeEnv = env.NODE_ENV || 'development';
  if (nodeEnv === 'production' && !env.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  }
  const demoData = parseBoolean('DEMO_DATA', env.DEMO_DATA, nodeEnv !== 'production');
  if (nodeEnv === 'production' && demoData) {
    throw new ConfigError('DEMO_DATA=true is not allowed when NODE_ENV=production: the demo accounts share a published password');
  }
  const raw = {
    nodeEnv,
    port: parseInteger('PORT', env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || './.data',
    demoData,
    jwtSecret: env.JWT_SECRET || generatedSecret(),
    jwtExpiresIn: env.JWT_EXPIRES_IN || '8h',
    uiDir: env.UI_DIR || undefined,
    corsOrigins: env.CORS_ORIGINS ?? '',
    adminLogin: env.ADMIN_LOGIN || 'admin',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    importMaxBytes: parseInteger('IMPORT_MAX_BYTES', env.IMPORT_MAX_BYTES, 20 * 1024 * 1024),
    importsPerHour: parseInteger('IMPORTS_PER_HOUR', env.IMPORTS_PER_HOUR, 60),
  };
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config);
  if (errors.length > 0) {
    const lines = errors.map((e) => `${ENV_NAMES[e.property] ?? e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new ConfigError(`Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
