import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';

describe('nestsDeeperThan', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('counts arrays and objects alike, up to the limit and one past it', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":[1,{"c":2}]}}', 4)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ title: '[[[[{{{{' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ title: 'a "quoted [[[" \\ text' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ t: '\\' }) + '[[', 1)).toBe(true);
  });

  it('reads UTF-8 bytes as it reads text', () => {
    const text = JSON.stringify({ title: 'Туған жер [ 🇰🇿 ]', ids: [[1]] });
    expect(nestsDeeperThan(Buffer.from(text), 2)).toBe(nestsDeeperThan(text, 2));
    expect(nestsDeeperThan(Buffer.from(text), 3)).toBe(false);
  });

  it('scans a very deep text without recursion', () => {
    expect(nestsDeeperThan(nested(1_000_000), MAX_JSON_DEPTH)).toBe(true);
  });
});
