import type { NationalRollup } from '../../../contracts/rollups';
import { NoteFacts, noteBlocks, periodDays, previousPeriod } from './note-text';

const rollup = (over: Partial<NationalRollup> = {}): NationalRollup => ({
  from: '2020-01-01',
  to: '2020-03-31',
  total: 0,
  republican: { total: 0, tv: 0, radio: 0, print: 0 },
  regional: { total: 0, tv: 0, radio: 0, print: 0 },
  internet: 0,
  social: 0,
  ...over,
});

const row = (id: number, name: string, total: number) => ({ id, name, tv: total, radio: 0, print: 0, internet: 0, social: 0, total });

function facts(over: Partial<NoteFacts> = {}): NoteFacts {
  return {
    period: { year: 2020, quarter: 1 },
    previousPeriod: { year: 2019, quarter: 4 },
    region: null,
    national: rollup({ total: 21, republican: { total: 21, tv: 20, radio: 1, print: 0 }, social: 1 }),
    previous: rollup(),
    regions: [row(1, 'Акмолинская область', 15), row(2, 'город Алматы', 6)],
    completeness: {
      from: '2020-01-01',
      to: '2020-03-31',
      lateAfterDays: 30,
      months: ['2020-01', '2020-02', '2020-03'],
      regions: [
        {
          regionId: 1,
          total: 15,
          withEvidence: 0,
          monthlyAverage: 5,
          months: [
            { month: '2020-01', count: 7, ratio: 1.4, withEvidence: 0 },
            { month: '2020-02', count: 6, ratio: 1.2, withEvidence: 0 },
            { month: '2020-03', count: 2, ratio: 0.4, withEvidence: 0 },
          ],
          emptyMonths: [],
          lateEntries: 2,
        },
        {
          regionId: 2,
          total: 6,
          withEvidence: 0,
          monthlyAverage: 2,
          months: [
            { month: '2020-01', count: 2, ratio: 1, withEvidence: 0 },
            { month: '2020-02', count: 2, ratio: 1, withEvidence: 0 },
            { month: '2020-03', count: 2, ratio: 1, withEvidence: 0 },
          ],
          emptyMonths: [],
          lateEntries: 0,
        },
      ],
      lateEntries: 2,
    },
    coverage: { from: '2020-01-01', to: '2020-03-31', benchmark: { tvRadio: 0.56, internet: 0.447 }, newSpecialProjectIds: [], rows: [] },
    specialProjects: [],
    plan: [],
    ...over,
  };
}

const paragraphs = (f: NoteFacts, locale: 'ru' | 'kk' | 'en') =>
  noteBlocks(f, locale).flatMap((b) => ('paragraph' in b ? [b.paragraph] : []));

describe('the note’s text', () => {
  it('agrees the verb and the noun with the count and names radio only when there is some', () => {
    const [opening] = paragraphs(facts(), 'ru');
    expect(opening).toContain('опубликован 21 материал.');
    expect(opening).toContain('(телеканалы – 20, радио – 1, печатные СМИ – 0)');
    expect(opening).toContain('(телеканалы – 0, печатные СМИ – 0)');
    expect(opening).toContain('зафиксирована 1 содержательная запись.');
    const [en] = paragraphs(facts(), 'en');
    expect(en).toContain('published 21 materials');
    expect(en).toContain('1 substantive post was recorded');
  });

  it('compares with the previous period only where it has data', () => {
    expect(paragraphs(facts(), 'ru')[1]).toBe('Данных за предыдущий период (IV квартал 2019 года) в реестре нет, сравнение не приводится.');
    const compared = paragraphs(facts({ previous: rollup({ total: 14 }) }), 'ru')[1];
    expect(compared).toBe(
      'По сравнению с предыдущим периодом (IV квартал 2019 года – 14 материалов) изменение составило +7 (+50,0\u00a0%).',
    );
    expect(paragraphs(facts({ previous: rollup({ total: 42 }) }), 'kk')[1]).toBe(
      'Алдыңғы кезеңмен салыстырғанда (2019 жылдың IV тоқсаны – 42 материал) өзгеріс: −21 (−50,0\u00a0%).',
    );
  });

  it('names the leaders, the months below a region’s own average and the late entries', () => {
    const text = paragraphs(facts(), 'ru');
    expect(text).toContain('Наибольшее число материалов – Акмолинская область (15), город Алматы (6).');
    expect(text).toContain('Ниже собственного среднемесячного уровня опускались: Акмолинская область (март).');
    expect(text).toContain('Позднее 30 дней после публикации внесено 2 материала (9,5\u00a0% от общего числа).');
    expect(text).toContain('Больше всего таких записей – Акмолинская область (2).');
    expect(text).toContain('Медиапланы на период в реестр не внесены.');
  });

  it('works out the periods', () => {
    expect(previousPeriod({ year: 2020, quarter: 1 })).toEqual({ year: 2019, quarter: 4 });
    expect(previousPeriod({ year: 2020, quarter: 3 })).toEqual({ year: 2020, quarter: 2 });
    expect(previousPeriod({ year: 2020 })).toEqual({ year: 2019 });
    expect(periodDays({ year: 2020, quarter: 1 })).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(periodDays({ year: 2020 })).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });
});
