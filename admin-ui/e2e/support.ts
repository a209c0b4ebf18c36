import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';

export interface TestApp {
  url: string;
  /** The app's own database, for a test that has PostgreSQL itself fail a write. */
  databaseUrl: string;
  close(): Promise<void>;
}

export interface LoginAnswer {
  accessToken: string;
  user: { id: number; regionId: number | null };
}

// Loaded at run time so that the UI's type check does not compile the server's decorated sources.
const testAppModule = '../../server/test/support/test-app';

export const PASSWORD = 'demo12345';

/** A desktop window; charts drawn at once (as for a user who asks for reduced motion), so screenshots show their final state. */
export const CONTEXT_OPTIONS = { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' } as const;

/** A count as the UI shows it after signIn, in Russian: 9 365. */
export const shownCount = (value: number): string => new Intl.NumberFormat('ru-RU').format(value);

/** The app over a fresh copy of the demo database; `env` as the server's environment (e.g. its DATA_DIR). */
export const startApp = async (env: NodeJS.ProcessEnv = {}): Promise<TestApp> => {
  const { startTestApp } = (await import(testAppModule)) as { startTestApp: (env: NodeJS.ProcessEnv) => Promise<TestApp> };
  return startTestApp(env);
};

export const launchBrowser = launchChromium;

export interface BrowserSession {
  app: TestApp;
  browser: Browser;
  page: Page;
}

/** A fresh app and browser for the test file, and a page in a context of its own for each test. */
export const useBrowserSession = (env: NodeJS.ProcessEnv = {}): BrowserSession => {
  const session: Partial<BrowserSession> = {};
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    session.app = await startApp(env);
    session.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  beforeEach(async () => {
    context = await session.browser?.newContext(CONTEXT_OPTIONS);
    session.page = await context?.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  return session as BrowserSession;
};

/** The whole page into SCREENSHOTS_DIR, when set; `fullPage: false` for the viewport alone (a phone's screen). */
export const takeScreenshot = async (page: Page, name: string, { fullPage = true } = {}): Promise<void> => {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
};

/** Picks a language in the app bar's (or the login page's) language menu. */
export const chooseLocale = async (page: Page, name: string): Promise<void> => {
  await page.locator('button[aria-controls="language-menu"]').click();
  await page.locator('#language-menu [role="menuitem"]', { hasText: name }).click();
  await page.keyboard.press('Escape');
};

export const signIn = async (page: Page, url: string, login: string, password = PASSWORD): Promise<void> => {
  await page.goto(`${url}/#/login`);
  await page.locator('input[name="username"]').fill(login);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('national-table').waitFor();
  await chooseLocale(page, 'Русский');
};

/** Picks a value in a react-admin SelectInput by its name attribute. */
export const chooseOption = async (page: Page, source: string, value: string): Promise<void> => {
  await page.locator(`div[role="combobox"]:has(+ input[name="${source}"])`).click();
  await page.locator(`li[data-value="${value}"]`).click();
};

export const apiLogin = async (url: string, login: string): Promise<LoginAnswer> => {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  return (await response.json()) as LoginAnswer;
};

export const apiGet = async <T>(url: string, session: LoginAnswer, path: string): Promise<{ json: T; total: number | null }> => {
  const response = await fetch(`${url}/api${path}`, { headers: { Authorization: `Bearer ${session.accessToken}` } });
  const total = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1];
  return { json: (await response.json()) as T, total: total === undefined ? null : Number(total) };
};

/** A write to the API as the signed-in user; the test fails on a refusal. */
export const apiSend = async <T>(url: string, session: LoginAnswer, method: string, path: string, body: object = {}): Promise<T> => {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, the level public-sector software is held to. */
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Only violations are read: passing elements need not be collected one by one.
  resultTypes: ['violations'],
};

/** The serious and critical axe-core violations on the page as it is now, one readable line per element. */
export const seriousAxeViolations = async (page: Page, label: string): Promise<string[]> => {
  // Evaluated rather than added as a script tag: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, options),
    AXE_OPTIONS,
  );
  return violations.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${label}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.html.slice(0, 160)}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`,
      ),
    );
};

export const expectNoSeriousAxeViolations = async (page: Page, label: string): Promise<void> => {
  expect(await seriousAxeViolations(page, label)).toEqual([]);
};
