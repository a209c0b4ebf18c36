import { ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { Box, useTheme } from '@mui/material';
import type { NumberFormat } from '../common/numberFormat';
import { bands, donutPaths, labelStep, niceTicks, scale, stack, wrapLabel } from './chartGeometry';

/**
 * The dashboard's charts, drawn as plain SVG: recharts cost the first screen over half a second of script for a few
 * dozen bars. Each mark is an image named by its label and value (a link when `hrefFor` gives an address).
 */

const FONT = 12;
/** The average width of a glyph at FONT, to fit labels without measuring text. */
const GLYPH = FONT * 0.6;
const LINE = FONT + 3;

export interface Series {
  key: string;
  name: string;
  color: string;
}

export interface BarRow<D> {
  key: string | number;
  label: string;
  value: number;
  color: string;
  datum: D;
}

export interface ColumnRow<D> {
  key: string;
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
  datum: D;
}

type HrefFor<D> = ((datum: D) => string | undefined) | undefined;

/** The box's width in pixels, followed as it changes; 0 until laid out. */
const useWidth = () => {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
};

const useInk = () => {
  const theme = useTheme();
  return { text: theme.palette.text.secondary, grid: theme.palette.divider, font: theme.typography.fontFamily };
};

const Mark = ({ label, href, children }: { label: string; href: string | undefined; children: ReactNode }) =>
  href === undefined ? (
    <g role="img" aria-label={label}>
      <title>{label}</title>
      {children}
    </g>
  ) : (
    <a href={href} aria-label={label}>
      <title>{label}</title>
      {children}
    </a>
  );

const Surface = ({ width, height, children }: { width: number; height: number; children: ReactNode }) => {
  const ink = useInk();
  return (
    <svg className="chart-surface" width={width} height={height} style={{ display: 'block', fontFamily: ink.font, fontSize: FONT }}>
      {children}
    </svg>
  );
};

const Frame = ({ children, height }: { children: (width: number) => ReactNode; height: number }) => {
  const [ref, width] = useWidth();
  return (
    <Box ref={ref} sx={{ width: '100%', minHeight: height, '& a:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' } }}>
      {width > 0 && children(width)}
    </Box>
  );
};

/** The series' colours and names under a chart; the names are text, so colour is never the only cue. */
export const Legend = ({ items }: { items: Series[] }) => (
  <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: 1.5, listStyle: 'none', p: 0, m: 0, mt: 1 }}>
    {items.map((item) => (
      <Box component="li" key={item.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontSize: FONT + 1 }}>
        <Box component="span" aria-hidden sx={{ width: 12, height: 12, bgcolor: item.color, flex: 'none' }} />
        {item.name}
      </Box>
    ))}
  </Box>
);

const AXIS = 22;

/** Horizontal bars, one per row, labelled at the left with the value at the bar's end. */
export const HorizontalBars = <D,>({
  rows,
  format,
  maxLines,
  hrefFor,
}: {
  rows: BarRow<D>[];
  format: NumberFormat;
  maxLines: number;
  hrefFor?: HrefFor<D>;
}) => {
  const ink = useInk();
  const render = (width: number) => {
    const labelWidth = Math.round(Math.min(230, Math.max(90, width * 0.38)));
    const chars = Math.max(6, Math.floor((labelWidth - 8) / GLYPH));
    const labels = rows.map((row) => wrapLabel(row.label, chars, maxLines));
    const rowHeight = Math.max(24, Math.max(1, ...labels.map((lines) => lines.length)) * LINE + 8);
    const ticks = niceTicks(Math.max(0, ...rows.map((row) => row.value)));
    const top = ticks[ticks.length - 1];
    const valueWidth = Math.max(...ticks.map((tick) => format.count(tick).length)) * GLYPH + 8;
    const plot = Math.max(20, width - labelWidth - valueWidth);
    const height = rows.length * rowHeight + AXIS;
    return (
      <Surface width={width} height={height}>
        <g aria-hidden>
          {ticks.map((tick) => {
            const x = labelWidth + scale(tick, top, plot);
            return (
              <g key={tick}>
                <line x1={x} x2={x} y1={0} y2={height - AXIS} stroke={ink.grid} />
                <text x={x} y={height - 6} textAnchor="middle" fill={ink.text}>
                  {format.count(tick)}
                </text>
              </g>
            );
          })}
        </g>
        {rows.map((row, index) => {
          const y = index * rowHeight;
          const barWidth = scale(row.value, top, plot);
          const lines = labels[index];
          return (
            <g key={row.key}>
              <text
                aria-hidden
                x={labelWidth - 6}
                y={y + rowHeight / 2 - ((lines.length - 1) * LINE) / 2 + 4}
                textAnchor="end"
                fill={ink.text}
              >
                {lines.map((line, n) => (
                  <tspan key={n} x={labelWidth - 6} dy={n === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              <Mark label={`${row.label}: ${format.count(row.value)}`} href={hrefFor?.(row.datum)}>
                <rect className="chart-bar chart-mark" x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 8} fill={row.color} />
              </Mark>
              <text aria-hidden x={labelWidth + barWidth + 4} y={y + rowHeight / 2 + 4} fill={ink.text}>
                {format.count(row.value)}
              </text>
            </g>
          );
        })}
      </Surface>
    );
  };
  return <Frame height={rows.length * 24 + AXIS}>{render}</Frame>;
};

/** Columns per category: the series stacked (a total per category) or side by side. */
export const Columns = <D,>({
  rows,
  series,
  format,
  height,
  mode,
  hrefFor,
}: {
  rows: ColumnRow<D>[];
  series: Series[];
  format: NumberFormat;
  height: number;
  mode: 'stacked' | 'grouped';
  hrefFor?: HrefFor<D>;
}) => {
  const ink = useInk();
  const render = (width: number) => {
    const peak = Math.max(
      0,
      ...rows.map((row) => (mode === 'stacked' ? row.values.reduce((a, b) => a + b, 0) : Math.max(0, ...row.values))),
    );
    const ticks = niceTicks(peak);
    const top = ticks[ticks.length - 1];
    const axisWidth = Math.max(...ticks.map((tick) => format.count(tick).length)) * GLYPH + 10;
    const plotHeight = height - AXIS - 8;
    const plot = Math.max(20, width - axisWidth);
    const slots = bands(rows.length, plot);
    const every = labelStep(plot / Math.max(1, rows.length), Math.max(0, ...rows.map((row) => row.label.length)) * GLYPH + 6);
    const yOf = (value: number) => 8 + plotHeight - scale(value, top, plotHeight);
    return (
      <Surface width={width} height={height}>
        <g aria-hidden>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={axisWidth} x2={width} y1={yOf(tick)} y2={yOf(tick)} stroke={ink.grid} />
              <text x={axisWidth - 6} y={yOf(tick) + 4} textAnchor="end" fill={ink.text}>
                {format.count(tick)}
              </text>
            </g>
          ))}
          {rows.map((row, index) =>
            index % every === 0 ? (
              <text
                key={row.key}
                x={axisWidth + slots[index].offset + slots[index].width / 2}
                y={height - 6}
                textAnchor="middle"
                fill={ink.text}
              >
                {row.label}
              </text>
            ) : null,
          )}
        </g>
        {rows.map((row, index) => {
          const slot = slots[index];
          const segments = stack(row.values);
          const href = hrefFor?.(row.datum);
          return (
            <g key={row.key}>
              {series.map((item, n) => {
                const value = row.values[n];
                if (value <= 0) return null;
                const x = axisWidth + slot.offset + (mode === 'grouped' ? (slot.width / series.length) * n : 0);
                const barWidth = mode === 'grouped' ? slot.width / series.length : slot.width;
                const [from, to] = mode === 'stacked' ? [segments[n].start, segments[n].end] : [0, value];
                return (
                  <Mark key={item.key} label={`${row.label}, ${item.name}: ${format.count(value)}`} href={href}>
                    <rect
                      className="chart-bar chart-mark"
                      x={x}
                      y={yOf(to)}
                      width={barWidth}
                      height={yOf(from) - yOf(to)}
                      fill={item.color}
                    />
                  </Mark>
                );
              })}
            </g>
          );
        })}
      </Surface>
    );
  };
  return (
    <>
      <Frame height={height}>{render}</Frame>
      <Legend items={series} />
    </>
  );
};

const RADIUS = 95;
const HOLE = 45;

/** A ring of shares; the legend names each slice with its share. */
export const Donut = <D,>({ rows, format, hrefFor }: { rows: BarRow<D>[]; format: NumberFormat; hrefFor?: HrefFor<D> }) => {
  const paths = donutPaths(
    rows.map((row) => row.value),
    RADIUS,
    HOLE,
  );
  const size = 2 * RADIUS + 10;
  return (
    <>
      <svg
        className="chart-surface"
        viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
        style={{ display: 'block', width: '100%', maxWidth: size, height: 'auto', margin: '0 auto' }}
      >
        {rows.map((row, index) =>
          paths[index] === '' ? null : (
            <Mark key={row.key} label={`${row.label}: ${format.count(row.value)}`} href={hrefFor?.(row.datum)}>
              <path className="chart-slice chart-mark" d={paths[index]} fill={row.color} stroke="#fff" />
            </Mark>
          ),
        )}
      </svg>
      <Legend items={rows.map((row) => ({ key: String(row.key), name: row.label, color: row.color }))} />
    </>
  );
};
