import { fallbackName, fileNameOf, listExportPath, noteFallbackName, notePath, reportPath } from './downloads';

describe('reportPath', () => {
  it('asks for the national report without a region', () => {
    expect(reportPath({ year: 2020, quarter: 2, format: 'xlsx', lang: 'kk' })).toBe(
      '/reports/quarterly?year=2020&quarter=2&format=xlsx&lang=kk',
    );
  });

  it('asks for one region when chosen', () => {
    expect(reportPath({ year: 2020, quarter: 1, regionId: 3, format: 'csv', lang: 'ru' })).toBe(
      '/reports/quarterly?year=2020&quarter=1&regionId=3&format=csv&lang=ru',
    );
  });
});

describe('fileNameOf', () => {
  it('reads the file name from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="report-2020-Q1.xlsx"', 'x')).toBe('report-2020-Q1.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.csv", 'x')).toBe('отчёт.csv');
  });

  it('falls back when there is none', () => {
    const request = { year: 2020, quarter: 3, format: 'csv' as const, lang: 'en' as const };
    expect(fileNameOf(null, fallbackName(request))).toBe('report-2020-q3-en.csv');
  });
});

describe('notePath', () => {
  it('asks for a year’s national note without a quarter or a region', () => {
    expect(notePath({ year: 2020, lang: 'ru' })).toBe('/reports/note?year=2020&lang=ru');
    expect(noteFallbackName({ year: 2020, lang: 'ru' })).toBe('note-2020-ru.docx');
  });

  it('asks for a quarter and a region when chosen', () => {
    expect(notePath({ year: 2020, quarter: 1, regionId: 3, lang: 'kk' })).toBe('/reports/note?year=2020&quarter=1&regionId=3&lang=kk');
    expect(noteFallbackName({ year: 2020, quarter: 1, regionId: 3, lang: 'kk' })).toBe('note-2020-q1-kk.docx');
  });
});

describe('listExportPath', () => {
  it('asks for the list with its filter and language', () => {
    expect(listExportPath({ list: 'materials', filter: { regionId: 3, q: 'a&b' }, lang: 'kk' })).toBe(
      `/materials/export?filter=${encodeURIComponent('{"regionId":3,"q":"a&b"}')}&lang=kk`,
    );
  });

  it('asks for the selected rows only when some are', () => {
    expect(listExportPath({ list: 'audit-events', filter: {}, ids: [4, 9], lang: 'en' })).toBe(
      '/audit-events/export?filter=%7B%7D&ids=4,9&lang=en',
    );
    expect(listExportPath({ list: 'media-plans', filter: {}, ids: [], lang: 'ru' })).toBe('/media-plans/export?filter=%7B%7D&lang=ru');
  });

  it("asks for the list's order when it has one", () => {
    expect(listExportPath({ list: 'outlets', filter: {}, sort: ['name', 'DESC'], lang: 'kk' })).toBe(
      `/outlets/export?filter=%7B%7D&sort=${encodeURIComponent('["name","DESC"]')}&lang=kk`,
    );
  });
});
