import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import type { Completeness } from '../../contracts/analytics';
import type { Evidence } from '../../contracts/evidence';
import { errorsKk } from '../src/i18n/errors/kk';
import { errorsRu } from '../src/i18n/errors/ru';
import { kkMessages } from '../src/i18n/kk';
import { ruMessages } from '../src/i18n/ru';
import {
  apiGet,
  apiLogin,
  chooseLocale,
  expectNoSeriousAxeViolations,
  LoginAnswer,
  PHONE_VIEWPORT,
  signIn,
  takeScreenshot,
  useBrowserSession,
} from './support';

const EDITOR = 'rpo-north-kazakhstan';

interface Material {
  id: number;
  title: string;
  regionId: number;
  publishedOn: string;
  evidenceCount?: number;
}

const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A PDF a viewer opens: one empty page. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A Windows executable's header, under an image's name. */
const EXECUTABLE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.alloc(200)]);

const api = async (url: string, session: LoginAnswer, method: string, path: string, body?: object) => {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : ((await response.json()) as unknown);
};

const uploadByApi = async (url: string, session: LoginAnswer, materialId: number, name: string, bytes: Buffer): Promise<Evidence> => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${url}/api/materials/${materialId}/evidence`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.accessToken}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return (await response.json()) as Evidence;
};

/** A material of the editor's region, titled so that a search finds it alone. */
const createMaterial = async (url: string, editor: LoginAnswer, publishedOn: string, title: string): Promise<Material> => {
  const filter = encodeURIComponent(JSON.stringify({ regionId: editor.user.regionId }));
  const { json: outlets } = await apiGet<{ id: number; active: boolean }[]>(url, editor, `/outlets?filter=${filter}&range=[0,49]`);
  const outlet = outlets.find((o) => o.active);
  if (!outlet) throw new Error('no active outlet in the region');
  return (await api(url, editor, 'POST', '/materials', {
    title,
    outletId: outlet.id,
    publishedOn,
    language: 'ru',
    format: 'article',
  })) as Material;
};

/** A newspaper clipping as a scan would show it, drawn in the browser: a PNG of 320×200. */
const scanImage = async (page: Page): Promise<Buffer> => {
  const url = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const draw = canvas.getContext('2d');
    if (!draw) throw new Error('no 2d canvas');
    draw.fillStyle = '#f7f3e8';
    draw.fillRect(0, 0, 320, 200);
    draw.fillStyle = '#222';
    draw.font = 'bold 20px serif';
    draw.fillText('Qazaqstan Petropavl', 16, 34);
    draw.font = '13px serif';
    draw.fillText('10.03.2020 · № 52', 16, 56);
    draw.fillStyle = '#9a9a9a';
    for (let y = 74; y < 190; y += 13) draw.fillRect(16, y, y % 39 === 35 ? 190 : 288, 6);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
};

const listFilterPath = (filter: object) => `/#/materials?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The refusal of a file as the panel says it: the file's name, then the code's message. */
const refusalText = (messages: typeof ruMessages, name: string, message: string): string =>
  String((messages.app as { evidence: { refused: string } }).evidence.refused)
    .replace('%{name}', name)
    .replace('%{message}', message);

describe('evidence of publication in the admin UI', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'evidence-ui-'));
  const session = useBrowserSession({ DATA_DIR: dataDir });
  const stamp = Date.now();
  let editor: LoginAnswer;
  let material: Material;
  let png: Buffer;

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  beforeAll(async () => {
    editor = await apiLogin(session.app.url, EDITOR);
    material = await createMaterial(session.app.url, editor, '2020-03-10', `Доказательства e2e ${stamp}`);
  });

  const items = (page: Page) => page.getByTestId('evidence-item');
  const openMaterial = async (page: Page, id = material.id) => {
    await page.goto(`${session.app.url}/#/materials/${id}/show`);
    await page.getByTestId('evidence-panel').waitFor();
    await page.locator('[data-testid="evidence-empty"], [data-testid="evidence-list"]').first().waitFor();
  };
  const dropFile = (page: Page, name: string, bytes: Buffer, type: string) =>
    page.evaluate(
      ({ name, bytes, type }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
        const zone = document.querySelector('[data-testid="evidence-drop"]');
        if (!zone) throw new Error('no drop zone');
        for (const kind of ['dragenter', 'dragover', 'drop'])
          zone.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name, bytes: [...bytes], type },
    );

  it('lets an RPO editor attach a PNG and a PDF by the file button and a PNG by dropping it, see, download and delete them', async () => {
    const { page } = session;
    await signIn(page, session.app.url, EDITOR);
    await openMaterial(page);
    png = await scanImage(page);

    await page.getByTestId('evidence-file').setInputFiles([
      { name: 'скан газеты.png', mimeType: 'image/png', buffer: png },
      { name: 'страница.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await items(page).nth(1).waitFor();
    await dropFile(page, 'снимок экрана.png', png, 'image/png');
    await items(page).nth(2).waitFor();
    expect(await page.getByTestId('evidence-name').allInnerTexts()).toEqual(['скан газеты.png', 'страница.pdf', 'снимок экрана.png']);

    const thumbnails = page.getByTestId('evidence-thumbnail');
    await thumbnails.nth(1).waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid="evidence-thumbnail"]')].every(
        (img) => img.complete && img.naturalWidth === 320,
      ),
    );
    expect(await thumbnails.first().getAttribute('src')).toMatch(/^blob:/);
    expect(await thumbnails.first().getAttribute('alt')).toBe('скан газеты.png');
    await expect(items(page).nth(1).getByTestId('evidence-pdf').count()).resolves.toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), items(page).first().getByTestId('evidence-download').click()]);
    expect(download.suggestedFilename()).toBe('скан газеты.png');
    expect(sha256(readFileSync(await download.path()))).toBe(sha256(png));

    await page.getByTestId('evidence-file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: EXECUTABLE });
    await page
      .getByTestId('evidence-refusal')
      .filter({ hasText: refusalText(ruMessages, 'photo.png', errorsRu['evidence.unsupportedType']) })
      .waitFor();
    await expect(items(page).count()).resolves.toBe(3);
    await expectNoSeriousAxeViolations(page, 'material with evidence (ru)');
    // The page as it opens, without the notices of the uploads, which leave after a few seconds.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 15_000 });
    await takeScreenshot(page, 'evidence-material-ru');

    await items(page).nth(1).getByTestId('evidence-delete').click();
    await page.locator('.ra-confirm').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="evidence-item"]').length === 2);
    const { json: left } = await apiGet<Evidence[]>(session.app.url, editor, `/materials/${material.id}/evidence`);
    expect(left.map((evidence) => evidence.fileName)).toEqual(['скан газеты.png', 'снимок экрана.png']);

    await page.goto(`${session.app.url}/#/materials/${material.id}`);
    await page.locator('input[name="title"]').waitFor();
    await items(page).nth(1).waitFor();
    await expect(page.getByTestId('evidence-file').count()).resolves.toBe(1);
  }, 180_000);

  it('says in Kazakh why an executable renamed .png is refused', async () => {
    const { page } = session;
    await signIn(page, session.app.url, EDITOR);
    await chooseLocale(page, 'Қазақша');
    await openMaterial(page);
    await items(page).nth(1).waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid="evidence-thumbnail"]')].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
    await takeScreenshot(page, 'evidence-material-kk');
    await page.getByTestId('evidence-file').setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: EXECUTABLE });
    await page
      .getByTestId('evidence-refusal')
      .filter({ hasText: refusalText(kkMessages, 'scan.png', errorsKk['evidence.unsupportedType']) })
      .waitFor();
    await expectNoSeriousAxeViolations(page, 'refused file (kk)');
    await takeScreenshot(page, 'evidence-refused-kk');
  }, 120_000);

  it('filters the list by with and without evidence, with a chip, and counts the files', async () => {
    const { page } = session;
    await signIn(page, session.app.url, EDITOR);
    await page.goto(`${session.app.url}${listFilterPath({ q: material.title, hasEvidence: true })}`);
    await page.locator('tbody td.column-title').filter({ hasText: material.title }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    const count = page.locator('tbody [data-testid="evidence-count"]');
    expect(await count.innerText()).toBe('2');
    expect(await count.getAttribute('aria-label')).toBe('Доказательств публикации: 2');
    expect(await page.getByTestId('filter-chip-hasEvidence').innerText()).toBe('Доказательства публикации: Есть');

    await page.goto(`${session.app.url}${listFilterPath({ q: material.title, hasEvidence: false })}`);
    expect(await page.getByTestId('filter-chip-hasEvidence').innerText()).toBe('Доказательства публикации: Нет');
    await page.locator('tbody td.column-title').filter({ hasText: material.title }).waitFor({ state: 'detached' });

    const { json: proven, total } = await apiGet<Material[]>(
      session.app.url,
      editor,
      `/materials?filter=${encodeURIComponent(JSON.stringify({ hasEvidence: true }))}&range=[0,9]`,
    );
    expect(total).toBe(1);
    expect(proven.map((one) => [one.id, one.evidenceCount])).toEqual([[material.id, 2]]);
    const unproven = await apiGet<Material[]>(
      session.app.url,
      editor,
      `/materials?filter=${encodeURIComponent(JSON.stringify({ q: material.title, hasEvidence: false }))}&range=[0,9]`,
    );
    expect(unproven.total).toBe(0);
  }, 120_000);

  it('offers the camera on a phone and marks the material in the phone list', async () => {
    const context = await session.browser.newContext({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await signIn(page, session.app.url, EDITOR);
      await openMaterial(page);
      const camera = page.getByTestId('evidence-camera');
      expect(await camera.getAttribute('capture')).toBe('environment');
      expect(await camera.getAttribute('accept')).toBe('image/*,application/pdf');
      await page.getByTestId('evidence-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('[data-testid="evidence-thumbnail"]')].every(
          (img) => img.complete && img.naturalWidth > 0,
        ),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
      await expectNoSeriousAxeViolations(page, 'material with evidence on a phone');
      await takeScreenshot(page, 'evidence-phone-ru', { fullPage: false });

      await page.goto(`${session.app.url}${listFilterPath({ q: material.title })}`);
      await page.getByTestId('evidence-count').waitFor();
      expect(await page.getByTestId('evidence-count').innerText()).toBe('2');
    } finally {
      await context.close();
    }
  }, 120_000);

  it("shows each region's share of materials with evidence by month, opening those materials", async () => {
    const { url } = session.app;
    const admin = await apiLogin(url, 'admin');
    const quarter = '/rollups/completeness?from=2020-01-01&to=2020-03-31';
    const before = (await api(url, admin, 'GET', quarter)) as Completeness;
    const regions = before.regions.filter((one) => one.months.some((month) => month.month === '2020-01' && month.count > 0)).slice(0, 4);
    // Evidence for some of the first quarter's materials of a few regions: every other one in January, every third in February.
    for (const region of regions) {
      for (const [month, step] of [
        ['01', 2],
        ['02', 3],
      ] as const) {
        const filter = {
          regionId: region.regionId,
          publishedFrom: `2020-${month}-01`,
          publishedTo: `2020-${month}-${month === '01' ? 31 : 29}`,
        };
        const { json } = await apiGet<Material[]>(
          url,
          admin,
          `/materials?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,11]`,
        );
        for (const [i, one] of json.entries()) if (i % step === 0) await uploadByApi(url, admin, one.id, `scan-${one.id}.png`, png);
      }
    }
    const completeness = (await api(url, admin, 'GET', quarter)) as Completeness;
    const region = completeness.regions.find((one) => one.regionId === regions[0].regionId);
    const january = region?.months.find((month) => month.month === '2020-01');
    if (!region || !january) throw new Error('no January of the first region');
    expect(january.withEvidence).toBeGreaterThan(0);

    const { page } = session;
    await signIn(page, url, 'admin');
    await page.goto(`${url}/#/analytics/completeness?year=2020&quarter=1`);
    const cell = page.getByTestId(`completeness-evidence-${region.regionId}-2020-01`);
    await cell.waitFor();
    const percent = new Intl.NumberFormat('ru-RU', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(await cell.innerText()).toBe(percent.format(january.withEvidence / january.count));
    expect(await page.getByTestId('completeness-evidence-row').count()).toBe(completeness.regions.length);
    await expectNoSeriousAxeViolations(page, 'completeness with evidence');
    await takeScreenshot(page, 'completeness-evidence-ru');

    await cell.click();
    await page.waitForURL(/#\/materials\?filter=/);
    const filter = JSON.parse(decodeURIComponent(new URL(page.url()).hash.split('filter=')[1])) as Record<string, unknown>;
    expect(filter).toMatchObject({ regionId: region.regionId, hasEvidence: true, publishedFrom: '2020-01-01', publishedTo: '2020-01-31' });
    await page
      .locator('.MuiTablePagination-displayedRows')
      .filter({ hasText: new RegExp(`\\b${january.withEvidence}$`) })
      .waitFor();
    await page.getByTestId('filter-chip-hasEvidence').waitFor();
  }, 240_000);

  it('keeps the files of a closed quarter as they are, saying why', async () => {
    const { url } = session.app;
    const locked = await createMaterial(url, editor, '2020-11-10', `Закрытый квартал e2e ${stamp}`);
    await uploadByApi(url, editor, locked.id, 'эфир.png', png);
    await api(url, editor, 'POST', '/quarters/submit', { year: 2020, quarter: 4 });
    await api(url, await apiLogin(url, 'approver'), 'POST', '/quarters/approve', {
      regionId: editor.user.regionId,
      year: 2020,
      quarter: 4,
    });

    const { page } = session;
    await signIn(page, url, EDITOR);
    await openMaterial(page, locked.id);
    const reason = errorsRu['quarter.closed'].replace('%{quarter}', '4').replace('%{year}', '2020');
    await page.getByTestId('evidence-locked').filter({ hasText: reason }).waitFor();
    await items(page).first().waitFor();
    await expect(page.getByTestId('evidence-download').count()).resolves.toBe(1);
    await expect(page.getByTestId('evidence-delete').count()).resolves.toBe(0);
    await expect(page.getByTestId('evidence-drop').count()).resolves.toBe(0);
  }, 120_000);
});
