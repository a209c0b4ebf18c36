import { Client } from 'pg';
import { Browser } from 'playwright-core';
import { chooseLocale, launchBrowser, signIn, startApp, TestApp } from './support';

describe('the materials list of a large table', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    // The server's test app also tells its database; 150,000 more materials make the list total an estimate.
    const db = new Client({ connectionString: (app as TestApp & { databaseUrl: string }).databaseUrl });
    await db.connect();
    await db.query(`
      INSERT INTO materials (region_id, outlet_id, channel, media_level, language, format, title, published_on)
      SELECT m.region_id, m.outlet_id, m.channel, m.media_level, m.language, m.format, m.title || ' #' || g, m.published_on + 366
        FROM (SELECT * FROM materials ORDER BY id LIMIT 1000) m, generate_series(1, 150) g`);
    await db.query('ANALYZE materials');
    await db.end();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await app.close();
  });

  it('shows an estimated total as "about", in each language', async () => {
    const page = await browser.newPage();
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/materials`);
    await page.getByText(/^1–10 из примерно \d/).waitFor();
    await chooseLocale(page, 'English');
    await page.getByText(/^1–10 of about \d{3},\d{3}$/).waitFor();
    await chooseLocale(page, 'Қазақша');
    await page.getByText(/^1–10, барлығы шамамен \d/).waitFor();
  });
});
