import { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../chromium';

export interface BrowserTarget {
  url: string;
  login: string;
  password: string;
  runs: number;
  log(line: string): void;
}

/** What a page load after a click cost: its time, and the requests and bytes the browser fetched for it. */
export interface BrowserRun {
  ms: number;
  /** The page's main thread busy (scripts, style, layout, paint), from the click on: less moved by the machine's load than `ms`. */
  busyMs: number;
  /**
   * The CPU time the page's main thread used from the click on (its tasks' thread time in a Chromium trace): unlike
   * `busyMs`, which is wall-clock time, hardly moved by other processes on the machine, so builds can be compared.
   */
  cpuMs: number;
  requests: number;
  /** Bytes over the wire (headers and compressed bodies), from the page's resource timing. */
  bytes: number;
}

export interface BrowserResults {
  signIn: BrowserRun[];
  pageTurn: BrowserRun[];
  /** The API routes the dashboard asked for after the sign-in click, in the order they started (last run). */
  signInRoutes: string[];
  chromium: string;
}

interface Probe {
  inflight: number;
  clickAt: number;
  armed: boolean;
}

/**
 * Counts the page's fetches until their bodies are read, and notes the time of the next click once armed. A string,
 * run by the browser before the app's own scripts.
 */
const INSTRUMENT = `
  window.__bench = { inflight: 0, clickAt: 0, armed: false };
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (...args) => {
    window.__bench.inflight += 1;
    try {
      const response = await fetchOriginal(...args);
      await response.clone().arrayBuffer().catch(() => undefined);
      return response;
    } finally {
      window.__bench.inflight -= 1;
    }
  };
  document.addEventListener('click', () => {
    if (window.__bench.armed) {
      window.__bench.clickAt = performance.now();
      window.__bench.armed = false;
    }
  }, true);
`;

// The functions below run in the page (playwright sends their source): they may use only their arguments.
const arm = (): void => {
  (window as unknown as { __bench: Probe }).__bench.armed = true;
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(1000);
};

/** The dashboard is complete when its national table has rows, every chart card has drawn its marks, and no fetch is in flight. */
const dashboardComplete = (): number | false => {
  const b = (window as unknown as { __bench: Probe }).__bench;
  const rows = document.querySelectorAll('[data-testid="national-table"] tbody tr').length;
  const cards = [...document.querySelectorAll('[data-testid^="chart-"]')];
  const drawn = cards.length > 0 && cards.every((card) => card.querySelector('svg.chart-surface .chart-mark') !== null);
  return rows > 0 && drawn && b.inflight === 0 ? performance.now() - b.clickAt : false;
};

const firstRow = (): string => document.querySelector('main tbody tr')?.textContent ?? '';

/**
 * A page turn is done when the list's first row is another one than before the click, every outlet cell shows its
 * name and no fetch is in flight: a reference field's request for its names may start a frame after the rows are drawn.
 */
const listTurned = (before: string): number | false => {
  const b = (window as unknown as { __bench: Probe }).__bench;
  const first = document.querySelector('main tbody tr')?.textContent ?? '';
  const named = [...document.querySelectorAll('main tbody td.column-outletId')].every((cell) => cell.textContent?.trim() !== '');
  return first !== '' && first !== before && named && b.inflight === 0 ? performance.now() - b.clickAt : false;
};

const idle = (): boolean => (window as unknown as { __bench: Probe }).__bench.inflight === 0;

interface Transfer {
  requests: number;
  bytes: number;
  routes: string[];
}

const transferred = (): Transfer => {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const api = entries.map((e) => new URL(e.name)).filter((u) => u.pathname.startsWith('/api/'));
  return {
    requests: entries.length,
    bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
    routes: api.map((u) => u.pathname + (u.search ? '?…' : '')),
  };
};

/** Waits, checking at every frame, until `done` gives the time since the click; `arg` is handed to it in the page. */
async function settle(page: Page, done: (arg: string) => number | boolean, arg = ''): Promise<number> {
  const handle = await page.waitForFunction(done, arg, { polling: 'raf', timeout: 60_000 });
  return Number(await handle.jsonValue());
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline'];

/** The thread time of the renderers' main-thread tasks in a trace, in ms. */
function mainThreadCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

/** The renderer's main-thread task time so far, in ms (Chromium's Performance.getMetrics). */
async function busy(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function signInRun(browser: Browser, t: BrowserTarget): Promise<{ page: Page; run: BrowserRun; routes: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(`${t.url}/#/login`);
  await page.locator('input[name="username"]').fill(t.login);
  await page.locator('input[name="password"]').fill(t.password);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(arm);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const busyBefore = await busy(cdp);
  await page.locator('button[type="submit"]').click();
  const ms = await settle(page, dashboardComplete);
  const busyMs = (await busy(cdp)) - busyBefore;
  const cpuMs = mainThreadCpu(await browser.stopTracing());
  const { requests, bytes, routes } = await page.evaluate(transferred);
  return { page, run: { ms, busyMs, cpuMs, requests, bytes }, routes };
}

async function pageTurn(browser: Browser, page: Page, cdp: CDPSession): Promise<BrowserRun> {
  const before = await page.evaluate(firstRow);
  await page.evaluate(arm);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const busyBefore = await busy(cdp);
  await page.locator('.MuiPaginationItem-previousNext').last().click();
  const ms = await settle(page, listTurned, before);
  const busyMs = (await busy(cdp)) - busyBefore;
  const cpuMs = mainThreadCpu(await browser.stopTracing());
  const { requests, bytes } = await page.evaluate(transferred);
  return { ms, busyMs, cpuMs, requests, bytes };
}

/**
 * Headless Chromium against the API's own serving of the built UI: `runs` sign-ins, each in a fresh context (no
 * cache, no storage), from the click to the dashboard complete; then `runs` page turns of the materials list.
 */
export async function measureBrowser(t: BrowserTarget): Promise<BrowserResults> {
  const browser = await launchChromium();
  try {
    const signIn: BrowserRun[] = [];
    let last: { page: Page; routes: string[] } | null = null;
    for (let i = 0; i < t.runs; i++) {
      if (last) await last.page.context().close();
      const outcome = await signInRun(browser, t);
      signIn.push(outcome.run);
      last = outcome;
      t.log(
        `browser: sign-in to dashboard complete, run ${i + 1}: ${outcome.run.ms.toFixed(0)} ms (main thread ${outcome.run.busyMs.toFixed(0)} ms, CPU ${outcome.run.cpuMs.toFixed(0)} ms)`,
      );
    }
    const pageTurns: BrowserRun[] = [];
    if (last) {
      await last.page.goto(`${t.url}/#/materials`);
      await last.page.locator('main tbody tr').first().waitFor();
      await settle(last.page, idle);
      const cdp = await last.page.context().newCDPSession(last.page);
      await cdp.send('Performance.enable');
      for (let i = 0; i < t.runs; i++) {
        pageTurns.push(await pageTurn(browser, last.page, cdp));
        t.log(`browser: materials list page turn ${i + 1}: ${pageTurns[i].ms.toFixed(0)} ms (CPU ${pageTurns[i].cpuMs.toFixed(0)} ms)`);
      }
      await last.page.context().close();
    }
    return { signIn, pageTurn: pageTurns, signInRoutes: last?.routes ?? [], chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
