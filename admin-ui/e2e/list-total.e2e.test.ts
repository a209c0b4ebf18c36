import { Browser } from 'playwright-core';
import { makeMaterialsLarge } from '../../server/test/support/large-table';
import { chooseLocale, launchBrowser, signIn, startApp, TestApp } from './support';

describe('the materials list of a large table', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    // The server's test app also tells its database.
    await makeMaterialsLarge((app as TestApp & { databaseUrl: string }).databaseUrl);
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
    await page.getByText(/^1–25 из примерно \d/).waitFor();
    await chooseLocale(page, 'English');
    await page.getByText(/^1–25 of about \d{3},\d{3}$/).waitFor();
    await chooseLocale(page, 'Қазақша');
    await page.getByText(/^1–25, барлығы шамамен \d/).waitFor();
  });
});
