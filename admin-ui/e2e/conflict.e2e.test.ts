import { Browser } from 'playwright-core';
import { apiGet, apiLogin, launchBrowser, signIn, startApp, TestApp } from './support';

interface Material {
  id: number;
  title: string;
  version: number;
}

describe('two people editing the same material', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await app.close();
  });

  it('answers the later save with a conflict, loses nothing, and offers to load the current version', async () => {
    const session = await apiLogin(app.url, 'rpo-north-kazakhstan');
    const filter = encodeURIComponent(JSON.stringify({ regionId: session.user.regionId, publishedFrom: '2020-10-01' }));
    const { json: materials } = await apiGet<Material[]>(app.url, session, `/materials?filter=${filter}&range=[0,0]`);
    const material = materials[0];

    const page = await browser.newPage();
    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/materials/${material.id}`);
    await page
      .locator('input[name="title"]')
      .and(page.locator(`[value="${material.title}"]`))
      .waitFor();

    const saved = await fetch(`${app.url}/api/materials/${material.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ ...material, title: 'Сохранено первым' }),
    });
    expect(saved.status).toBe(200);

    await page.locator('input[name="title"]').fill('Сохранено вторым');
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('conflict-notice').waitFor();
    const { json: stored } = await apiGet<Material>(app.url, session, `/materials/${material.id}`);
    expect(stored.title).toBe('Сохранено первым');

    await page.getByTestId('conflict-reload').click();
    await page.locator('input[name="title"]').and(page.locator('[value="Сохранено первым"]')).waitFor();
    await page.close();
  }, 120_000);
});
