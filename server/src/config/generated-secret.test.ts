import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keptSecret, SECRET_FILE } from './generated-secret';

describe('keptSecret', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'backoffice-secret-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a random secret once, in a file only its owner can read, and gives the same one on every later start', () => {
    const dataDir = join(dir, 'data');
    const first = keptSecret(dataDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(join(dataDir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(keptSecret(dataDir)).toBe(first);
    expect(readFileSync(join(dataDir, SECRET_FILE), 'utf8')).toBe(first);
  });

  it('gives another data folder another secret', () => {
    expect(keptSecret(join(dir, 'a'))).not.toBe(keptSecret(join(dir, 'b')));
  });
});
