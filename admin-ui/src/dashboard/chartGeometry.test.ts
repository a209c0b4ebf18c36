import { bands, donutPaths, labelStep, niceTicks, scale, stack, wrapLabel } from './chartGeometry';

describe('niceTicks', () => {
  it('runs from 0 to a round maximum in steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(9365)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    expect(niceTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(130)).toEqual([0, 50, 100, 150]);
  });

  it('counts in whole steps and has an axis even without figures', () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('always reaches the maximum', () => {
    for (const max of [1, 7, 99, 101, 12345, 999999]) {
      const ticks = niceTicks(max);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(11);
    }
  });
});

describe('scale', () => {
  it('maps a value to its share of the axis', () => {
    expect(scale(50, 200, 400)).toBe(100);
    expect(scale(5, 0, 400)).toBe(0);
  });
});

describe('stack', () => {
  it('lays the values end to end', () => {
    expect(stack([3, 0, 2])).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 3 },
      { start: 3, end: 5 },
    ]);
  });
});

describe('bands', () => {
  it('shares the length between the bands with a gap around each', () => {
    expect(bands(4, 400)).toEqual([
      { offset: 12.5, width: 75 },
      { offset: 112.5, width: 75 },
      { offset: 212.5, width: 75 },
      { offset: 312.5, width: 75 },
    ]);
    expect(bands(0, 400)).toEqual([]);
  });
});

describe('labelStep', () => {
  it('skips labels that would overlap', () => {
    expect(labelStep(60, 50)).toBe(1);
    expect(labelStep(25, 50)).toBe(2);
    expect(labelStep(0, 50)).toBe(1);
  });
});

describe('donutPaths', () => {
  it('draws one closed ring segment per non-empty value', () => {
    const paths = donutPaths([1, 1, 0], 10, 5);
    expect(paths[0]).toBe('M 0 -10 A 10 10 0 0 1 0 10 L 0 5 A 5 5 0 0 0 0 -5 Z');
    expect(paths[1]).toBe('M 0 10 A 10 10 0 0 1 0 -10 L 0 -5 A 5 5 0 0 0 0 5 Z');
    expect(paths[2]).toBe('');
  });

  it('uses the large arc for a slice over half the ring', () => {
    expect(donutPaths([3, 1], 10, 5)[0]).toContain('A 10 10 0 1 1 -10 0');
  });

  it('draws a whole ring in two halves', () => {
    const [whole] = donutPaths([7], 10, 5);
    expect(whole.match(/Z/g)).toHaveLength(2);
  });

  it('draws nothing without figures', () => {
    expect(donutPaths([0, 0], 10, 5)).toEqual(['', '']);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapLabel('Восточно-Казахстанская область', 24, 2)).toEqual(['Восточно-Казахстанская', 'область']);
    expect(wrapLabel('Астана', 24, 2)).toEqual(['Астана']);
  });

  it('ends what does not fit with an ellipsis', () => {
    expect(wrapLabel('one two three four', 7, 2)).toEqual(['one two', 'three…']);
    expect(wrapLabel('Verylongword', 6, 1)).toEqual(['Veryl…']);
  });
});
