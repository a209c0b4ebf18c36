import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvOf, flattenRecord } from './csvExport';

const HOSTILE = "=2+5+cmd|' /C calc'!A0";

describe('flattenRecord', () => {
  it('keeps cells as they are, puts nested objects in dotted columns and joins lists', () => {
    expect(flattenRecord({ id: 7, views: -1, active: true, tags: ['=a', 'b'], plan: { item: { id: 3 } }, notes: null })).toEqual({
      id: 7,
      views: -1,
      active: true,
      tags: '=a, b',
      'plan.item.id': 3,
      notes: null,
    });
  });

  it('writes a list of objects as JSON', () => {
    expect(flattenRecord({ items: [{ a: 1 }] })).toEqual({ items: '[{"a":1}]' });
  });
});

describe('csvOf', () => {
  it('neutralizes a hostile title while numbers, negative ones too, and dates stay as they are', () => {
    const rows = [flattenRecord({ id: 1, title: HOSTILE, views: -1, publishedOn: '2025-02-03', targetAudienceIds: [1, 2] })];
    expect(csvOf(rows)).toBe(`\uFEFFid;title;views;publishedOn;targetAudienceIds\r\n1;'${HOSTILE};-1;2025-02-03;"1, 2"\r\n`);
  });

  it('quotes text holding either separator so no formula can start a cell of its own', () => {
    expect(csvOf([{ a: 'x;=1+1', b: 'y,@SUM(A1)', c: '+1\n=2' }])).toBe('\uFEFFa;b;c\r\n"x;=1+1";"y,@SUM(A1)";"\'+1\n=2"\r\n');
  });

  it('takes the columns of every row, in the order first seen', () => {
    expect(csvOf([{ a: 1 }, { b: '-x', a: 2 }])).toBe("\uFEFFa;b\r\n1;\r\n2;'-x\r\n");
  });
});

describe('the lists of the UI', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
    );

  it('each give react-admin a neutralizing exporter instead of its default one', () => {
    const lists = sources(join(__dirname, '..'))
      .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
      .filter(({ text }) => /import\s*{[^}]*\bList\b[^}]*}\s*from\s*'react-admin'/.test(text));
    expect(lists.length).toBeGreaterThanOrEqual(8);
    const without = lists.flatMap(({ file, text }) =>
      (text.match(/<List\b[^>]*>/g) ?? []).filter((tag) => !/\bexporter=\{/.test(tag)).map(() => file),
    );
    expect(without).toEqual([]);
  });
});
