import { Page } from 'playwright-core';
import { PHONE_VIEWPORT, signIn, useBrowserSession } from './support';

/** The API requests the page makes from now on, by path and query. */
const apiRequests = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) seen.push(decodeURIComponent(`${url.pathname}${url.search}`));
  });
  return seen;
};

/** A reference field still waiting for its record shows a progress bar; once they are all drawn, none is left. */
const referencesDrawn = async (page: Page, cells: string): Promise<string[]> => {
  await page.waitForFunction((selector) => {
    const drawn = [...document.querySelectorAll(selector)];
    return drawn.length > 0 && drawn.every((cell) => cell.textContent?.trim() !== '' && !cell.querySelector('[role="progressbar"]'));
  }, cells);
  return page.locator(cells).allTextContents();
};

describe('a page turn of the materials list', () => {
  const session = useBrowserSession();

  /** Turns to the next page and returns the API requests it made, once its rows and their names are drawn. */
  const turn = async (page: Page, next: string, rows: string, cells: string) => {
    await page.locator(rows).first().waitFor();
    await referencesDrawn(page, cells);
    const before = await page.locator(rows).first().textContent();
    const requests = apiRequests(page);
    await page.locator(next).click();
    await page.waitForFunction(([selector, first]) => document.querySelector(selector)?.textContent !== first, [rows, before] as const);
    const names = await referencesDrawn(page, cells);
    // Long enough for a reference field's request to start if one were going to follow.
    await page.waitForTimeout(1500);
    return { requests, names };
  };

  it("is one request, which brings the outlets' and the regions' names with the page", async () => {
    const { page, app } = session;
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/materials`);
    const { requests, names } = await turn(
      page,
      '.MuiPaginationItem-previousNext >> nth=-1',
      'main tbody tr',
      'main tbody td.column-outletId',
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^\/api\/materials\?.*range=\[25,49\].*&embed=outlets,regions$/);
    expect(names).toHaveLength(25);
    await referencesDrawn(page, 'main tbody td.column-regionId');
  });

  it("is one request for a regional editor, who sees no region column, on a phone's cards", async () => {
    const { page, app } = session;
    await page.setViewportSize(PHONE_VIEWPORT);
    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/materials`);
    const card = '.RaList-content li';
    const { requests, names } = await turn(page, '.MuiTablePagination-actions button >> nth=-1', card, `${card} .RaReferenceField-root`);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^\/api\/materials\?.*&embed=outlets$/);
    expect(names.length).toBeGreaterThan(0);
  });
});
