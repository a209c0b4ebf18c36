import { cpus, loadavg } from 'node:os';
import { BenchResults, Figure, Floor } from './figures';
import { Dataset } from './dataset';
import { Stats } from './load';
import { BrowserResults, BrowserRun, median } from './browser';

export interface RunInfo {
  rows: number;
  seconds: number;
  postgres: string;
  childProcesses: boolean;
  /** The 1-minute load average when the measurements started: the machine is shared. */
  loadBefore: number;
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const rps = (n: number) => Math.round(n).toLocaleString('en');

function ratio(f: Figure, floor: Floor): string {
  return f.measure === 'latency'
    ? `${(f.api.p50 / floor.stats.p50).toFixed(2)}× floor p50`
    : `${(f.api.rps / floor.stats.rps).toFixed(2)} of floor req/s`;
}

function rows(f: Figure): string[] {
  return f.floors.map((floor, i) => {
    const figure = i === 0 ? [f.name, ms(f.api.p50), ms(f.api.p95), rps(f.api.rps)] : ['', '', '', ''];
    const tail = i === 0 ? [f.target, f.met ? '**yes**' : '**no**'] : ['', ''];
    return `| ${[...figure, floor.label, ms(floor.stats.p50), ms(floor.stats.p95), rps(floor.stats.rps), ratio(f, floor), ...tail].join(' | ')} |`;
  });
}

const us = (n: number) => (Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en'));

/** A throughput figure's CPU per request on each side, and the rate that the machine's cores allow at that cost. */
function cpuRows(f: Figure): string[] {
  const measured: [string, Stats][] = [
    [`${f.name}: API`, f.api],
    ...f.floors.map((floor): [string, Stats] => [`${f.name}: ${floor.label}`, floor.stats]),
  ];
  return measured.flatMap(([label, s]) => {
    if (!s.cpu) return [];
    const total = (s.cpu.server ?? 0) + s.cpu.postgres + s.cpu.client;
    const server = s.cpu.server === null ? 'in the benchmark process' : us(s.cpu.server);
    return [
      `| ${[label, rps(s.rps), server, us(s.cpu.postgres), us(s.cpu.client), us(total), rps((cpus().length * 1_000_000) / total)].join(' | ')} |`,
    ];
  });
}

/** A section's key: the size for the API's figures, `browser:<size>` and `replica:<size>` for the others. */
export type SectionKey = number | `browser:${number}` | `replica:${number}`;

export function sectionStart(key: SectionKey): string {
  return `<!-- bench:${key}:start -->`;
}

export function sectionEnd(key: SectionKey): string {
  return `<!-- bench:${key}:end -->`;
}

/** One size's results as a markdown section between markers, so that a later run replaces only its own size. */
export function markdown(info: RunInfo, dataset: Dataset, results: BenchResults): string {
  const met = results.figures.filter((f) => f.met).length + results.memory.filter((m) => m.met).length;
  const all = results.figures.length + results.memory.length;
  return [
    sectionStart(info.rows),
    `### ${info.rows.toLocaleString('en')} materials`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${info.postgres};`,
    `${info.seconds} s per measurement after a warm-up; the API and the bare endpoint ${info.childProcesses ? 'each in a child process' : 'in the benchmark process'},`,
    `autocannon and the SQL clients in the benchmark process. Latency figures use 1 connection, throughput figures 10.`,
    `Load average (1 min) ${info.loadBefore.toFixed(1)} when the measurements started, ${loadavg()[0].toFixed(1)} when they ended.`,
    `List figures filter on region ${dataset.topRegionId} and channel \`${dataset.topChannel}\`, the largest pair. Targets met: ${met} of ${all}.`,
    '',
    '| figure | p50 ms | p95 ms | req/s | floor | floor p50 ms | floor p95 ms | floor req/s | ratio | target | met |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.figures.flatMap(rows),
    '',
    '| memory | measured | target | met |',
    '|---|---|---|---|',
    ...results.memory.map((m) => `| ${m.name} | ${m.value} | ${m.target} | ${m.met ? '**yes**' : '**no**'} |`),
    '',
    `CPU per request of the throughput figures, from /proc, in µs (the server is the API or the bare endpoint; the benchmark`,
    `process runs autocannon or the SQL clients). The ceiling is what ${cpus().length} cores allow at that cost, whatever waits or locks add.`,
    '',
    '| measured | req/s | server | PostgreSQL | benchmark process | total | CPU ceiling, req/s |',
    '|---|---|---|---|---|---|---|',
    ...results.figures.filter((f) => f.measure === 'throughput').flatMap(cpuRows),
    '',
    '| materials index | scans during the measurements |',
    '|---|---|',
    ...results.indexScans.map((x) => `| \`${x.index}\` | ${x.scans.toLocaleString('en')} |`),
    '',
    'Dataset generation:',
    '',
    ...dataset.timings.map((t) => `- ${t.label}: ${t.seconds.toFixed(1)} s`),
    '',
    '<details><summary>Key lines of EXPLAIN (ANALYZE, BUFFERS) at this size</summary>',
    '',
    ...results.plans.flatMap((p) => [`${p.label}:`, '', '```', ...p.lines, '```', '']),
    '</details>',
    sectionEnd(info.rows),
  ].join('\n');
}

/** Replaces the section of this key in the document, or appends it. */
export function mergeSection(document: string, key: SectionKey, section: string): string {
  const start = document.indexOf(sectionStart(key));
  const end = document.indexOf(sectionEnd(key));
  if (start >= 0 && end > start) return `${document.slice(0, start)}${section}${document.slice(end + sectionEnd(key).length)}`;
  return `${document.trimEnd()}\n\n${section}\n`;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} kB`;

function browserRow(name: string, runs: BrowserRun[], target: number): string {
  const mid = median(runs.map((r) => r.ms));
  const requests = median(runs.map((r) => r.requests));
  const bytes = median(runs.map((r) => r.bytes));
  const each = runs.map((r) => r.ms.toFixed(0)).join(', ');
  const busy = median(runs.map((r) => r.busyMs)).toFixed(0);
  const cpu = median(runs.map((r) => r.cpuMs)).toFixed(0);
  return `| ${[name, mid.toFixed(0), each, busy, cpu, requests, kb(bytes), `median ≤ ${target} ms`, mid <= target ? '**yes**' : '**no**'].join(' | ')} |`;
}

function routeCounts(routes: string[]): string {
  const counts = new Map<string, number>();
  for (const route of routes) counts.set(route, (counts.get(route) ?? 0) + 1);
  return [...counts].map(([route, n]) => (n > 1 ? `\`${route}\` ×${n}` : `\`${route}\``)).join(', ');
}

export interface BrowserRunInfo {
  rows: number;
  loadBefore: number;
}

/** The browser's figures at one size, between their own markers. */
export function browserMarkdown(info: BrowserRunInfo, results: BrowserResults): string {
  const key: SectionKey = `browser:${info.rows}`;
  return [
    sectionStart(key),
    `### Browser, ${info.rows.toLocaleString('en')} materials`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores, headless Chromium ${results.chromium}, 1366×900,`,
    `the built UI served by the API process as in production; each sign-in in a fresh browser context (no cache, no storage).`,
    `Load average (1 min) ${info.loadBefore.toFixed(1)} when the measurements started, ${loadavg()[0].toFixed(1)} when they ended.`,
    '',
    '| figure | median ms | each run, ms | main thread busy, median ms | main thread CPU, median ms | requests (median) | transferred (median) | target | met |',
    '|---|---|---|---|---|---|---|---|---|',
    browserRow('sign-in click → dashboard complete', results.signIn, 600),
    browserRow('materials list, next page click → new rows shown', results.pageTurn, 300),
    '',
    `API requests after the sign-in click, in the order they started: ${routeCounts(results.signInRoutes)}.`,
    sectionEnd(key),
  ].join('\n');
}
