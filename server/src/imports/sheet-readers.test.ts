import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unescapeOoxml } from './sheet-parsing';
import { removeAbandonedUploads } from './sheet-readers';

describe('unescapeOoxml', () => {
  it.each([
    ['Строка 1_x000D_\nстрока 2', 'Строка 1\r\nстрока 2'],
    ['a_x0009_b', 'a\tb'],
    ['_x005F_x000D_ as typed', '_x000D_ as typed'],
    ['a_x0000_b', 'ab'],
    ['snake_x_case and _x12_ and _xZZZZ_', 'snake_x_case and _x12_ and _xZZZZ_'],
    ['Қазақ тілі', 'Қазақ тілі'],
  ])('reads %j as %j', (written, read) => {
    expect(unescapeOoxml(written)).toBe(read);
  });
});

describe('removeAbandonedUploads', () => {
  it('removes upload folders older than any upload in progress, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abandoned-'));
    try {
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const name of ['outreach-import-killed', 'outreach-import-running', 'someone-else']) mkdirSync(join(dir, name));
      writeFileSync(join(dir, 'outreach-import-killed', 'upload.xlsx'), 'PK');
      writeFileSync(join(dir, 'outreach-import-file'), 'not a folder');
      for (const name of ['outreach-import-killed', 'someone-else', 'outreach-import-file']) utimesSync(join(dir, name), hourAgo, hourAgo);
      expect(await removeAbandonedUploads(dir)).toEqual(['outreach-import-killed']);
      expect(readdirSync(dir).sort()).toEqual(['outreach-import-file', 'outreach-import-running', 'someone-else']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
