import { numberFormat } from './numberFormat';

const NBSP = '\u00a0';

describe('numberFormat', () => {
  it('writes counts, changes and shares as Russian does', () => {
    const ru = numberFormat('ru-RU');
    expect(ru.count(9365)).toBe(`9${NBSP}365`);
    expect(ru.change(1942)).toBe(`+1${NBSP}942`);
    expect(ru.change(0)).toBe('0');
    expect(ru.decimal(36.66)).toBe('36,7');
    expect(ru.percent(0.4723)).toBe(`47,2${NBSP}%`);
    expect(ru.changePercent(-0.125)).toBe(`-12,5${NBSP}%`);
  });

  it('writes them as Kazakh and English do', () => {
    expect(numberFormat('kk-KZ').percent(1.2)).toBe('120,0%');
    expect(numberFormat('kk-KZ').count(2164)).toBe(`2${NBSP}164`);
    expect(numberFormat('en-GB').count(9365)).toBe('9,365');
    expect(numberFormat('en-GB').percent(0.4723)).toBe('47.2%');
  });
});
