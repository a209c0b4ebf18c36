import { ConfigError, loadConfig } from './app-config';

const secret = () => 'generated-secret-0123456789';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({}, secret);
    expect(c).toMatchObject({ nodeEnv: 'development', port: 3000, dataDir: './.data', demoData: true, jwtSecret: 'generated-secret-0123456789' });
    expect(c.databaseUrl).toBeUndefined();
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DEMO_DATA', { DEMO_DATA: 'maybe' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
  ])('stops on a bad %s with a message naming it', (name, env) => {
    expect(() => loadConfig(env, secret)).toThrow(ConfigError);
    expect(() => loadConfig(env, secret)).toThrow(name);
  });

  it('requires JWT_SECRET in production and loads no demo data there by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, secret)).toThrow('JWT_SECRET');
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-length' }, secret);
    expect(c.demoData).toBe(false);
  });
});
