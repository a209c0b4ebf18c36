/** Pure geometry of the dashboard's SVG charts: scales, ticks, stacks, donut arcs and label fitting. */

/** Counts are whole: the axis runs from 0 to a round maximum in steps of 1, 2 or 5 times a power of ten. */
export const niceTicks = (max: number, wanted = 5): number[] => {
  if (max <= 0) return [0, 1];
  const rough = Math.max(1, max / wanted);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
};

/** Where a value falls on an axis of `length` pixels that ends at `top`. */
export const scale = (value: number, top: number, length: number): number => (top <= 0 ? 0 : (value / top) * length);

export interface Segment {
  start: number;
  end: number;
}

/** Values laid end to end, as in a stacked bar. */
export const stack = (values: number[]): Segment[] => {
  let start = 0;
  return values.map((value) => {
    const segment = { start, end: start + value };
    start = segment.end;
    return segment;
  });
};

/** Each band's position and width when `count` bands share `length` pixels, a `gap` share of each left empty. */
export const bands = (count: number, length: number, gap = 0.25): { offset: number; width: number }[] => {
  const band = count === 0 ? 0 : length / count;
  return Array.from({ length: count }, (_, index) => ({ offset: index * band + (band * gap) / 2, width: band * (1 - gap) }));
};

/** Shows every n-th category label so that labels of `labelWidth` pixels do not overlap on bands of `band` pixels. */
export const labelStep = (band: number, labelWidth: number): number => (band <= 0 ? 1 : Math.max(1, Math.ceil(labelWidth / band)));

const point = (radius: number, angle: number): string => `${round(radius * Math.sin(angle))} ${round(-radius * Math.cos(angle))}`;
const round = (value: number): number => Math.round(value * 100) / 100;

/** One ring segment centred on 0,0 from `from` to `to` radians, clockwise from twelve o'clock. */
const ringPath = (from: number, to: number, outer: number, inner: number): string => {
  const large = to - from > Math.PI ? 1 : 0;
  return [
    `M ${point(outer, from)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(outer, to)}`,
    `L ${point(inner, to)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(inner, from)}`,
    'Z',
  ].join(' ');
};

/** The donut's slices as SVG paths; a single whole slice is drawn as two halves, as one arc cannot close a circle. */
export const donutPaths = (values: number[], outer: number, inner: number): string[] => {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return values.map(() => '');
  return stack(values).map(({ start, end }) => {
    const from = (start / total) * 2 * Math.PI;
    const to = (end / total) * 2 * Math.PI;
    if (to - from >= 2 * Math.PI - 1e-9) {
      return `${ringPath(0, Math.PI, outer, inner)} ${ringPath(Math.PI, 2 * Math.PI, outer, inner)}`;
    }
    return to === from ? '' : ringPath(from, to, outer, inner);
  });
};

/**
 * A label broken into at most `lines` lines of at most `width` characters at spaces; what does not fit ends in "…"
 * (the whole label stays in the bar's accessible name).
 */
export const wrapLabel = (label: string, width: number, lines: number): string[] => {
  const result: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length <= width || current === '') current = next;
    else {
      result.push(current);
      current = word;
    }
  }
  if (current !== '') result.push(current);
  const fitted = result.map((line) => (line.length > width ? `${line.slice(0, Math.max(1, width - 1))}…` : line));
  if (fitted.length <= lines) return fitted;
  const kept = fitted.slice(0, lines);
  const last = kept[lines - 1];
  kept[lines - 1] = `${last.length >= width ? last.slice(0, Math.max(1, width - 1)) : last}…`;
  return kept;
};
