import type { NamedReference } from '../../contracts/reference';
import { apiGet, apiLogin, apiSend, chooseLocale, chooseOption, signIn, takeScreenshot, useBrowserSession } from './support';

const EDITOR = 'rpo-north-kazakhstan';

interface Material {
  id: number;
  version: number;
  [field: string]: unknown;
}

const LANGUAGES = [
  {
    locale: 'ru',
    menu: 'Русский',
    value: 'Новое значение',
    refused: 'Ничего не изменено: часть выбранных материалов отклонена',
    held: 'без ошибок, но не изменён',
    stale: 'Запись уже изменил другой пользователь',
    closed: '1 квартал 2021 года этого региона закрыт',
  },
  {
    locale: 'kk',
    menu: 'Қазақша',
    value: 'Жаңа мән',
    refused: 'Ештеңе өзгертілмеді: таңдалған материалдардың кейбірі қабылданбады',
    held: 'қатесіз, бірақ өзгертілмеді',
    stale: 'Бұл жазбаны басқа пайдаланушы бұрын сақтап қойды',
    closed: '2021 жылғы 1-тоқсаны жабылған',
  },
] as const;

describe('bulk changes to materials refused', () => {
  const session = useBrowserSession();

  it('saves nothing when a row is stale or in a closed quarter, and tells each row its outcome, in Russian and Kazakh', async () => {
    const { url } = session.app;
    const page = session.page;
    const editor = await apiLogin(url, EDITOR);
    const approver = await apiLogin(url, 'approver');
    const outlets = (await apiGet<{ id: number }[]>(url, editor, `/outlets?range=[0,0]&filter={"kind":"print"}`)).json;
    const direction = (await apiGet<NamedReference[]>(url, editor, '/directions?range=[0,0]&filter={}')).json[0];
    const material = (title: string, publishedOn: string) =>
      apiSend<Material>(url, editor, 'POST', '/materials', {
        outletId: outlets[0].id,
        language: 'ru',
        format: 'article',
        title,
        publishedOn,
      });
    const fine = await material('Гобой без ошибок', '2021-05-10');
    const stale = await material('Гобой устаревший', '2021-05-11');
    const locked = await material('Гобой закрытого квартала', '2021-02-10');
    await apiSend(url, editor, 'POST', '/quarters/submit', { year: 2021, quarter: 1 });
    await apiSend(url, approver, 'POST', '/quarters/approve', { regionId: editor.user.regionId, year: 2021, quarter: 1 });

    await signIn(page, url, EDITOR);
    for (const language of LANGUAGES) {
      await page.goto(`${url}/#/materials?filter=${encodeURIComponent(JSON.stringify({ q: 'Гобой' }))}`);
      await page.reload();
      await chooseLocale(page, language.menu);
      await page.getByText('Гобой закрытого квартала').waitFor();
      await page.locator('thead input[type="checkbox"]').check();
      await page.getByTestId('bulk-change').click();
      await chooseOption(page, 'field', 'directionId');
      const name = language.locale === 'kk' ? direction.nameKk : direction.nameRu;
      await page.getByLabel(language.value).fill(name.slice(0, 5));
      await page.getByRole('option', { name }).click();
      const apply = page.getByTestId('bulk-change-apply');
      await apply.and(page.locator(':enabled')).waitFor();
      // Someone else saves one of them while the dialog is open.
      const current = (await apiGet<Material>(url, editor, `/materials/${stale.id}`)).json;
      await apiSend(url, editor, 'PUT', `/materials/${stale.id}`, { ...current, notes: `изменён (${language.locale})` });
      await apply.click();

      const refused = page.getByTestId('bulk-change-refused');
      await refused.getByText(language.refused).waitFor();
      await page.getByTestId(`bulk-change-row-${fine.id}`).getByText(language.held, { exact: false }).waitFor();
      await page.getByTestId(`bulk-change-row-${stale.id}`).getByText(language.stale, { exact: false }).waitFor();
      await page.getByTestId(`bulk-change-row-${locked.id}`).getByText(language.closed, { exact: false }).waitFor();
      await takeScreenshot(page, `materials-bulk-refused-${language.locale}`, { fullPage: false });
      for (const { id } of [fine, stale, locked]) {
        expect((await apiGet<{ directionId: number | null }>(url, editor, `/materials/${id}`)).json.directionId).toBeNull();
      }
      await page.keyboard.press('Escape');
    }
  });
});
