import fc from 'fast-check';
import { csvField, csvLine, neutralizeCell, neutralizeCellText, restoreCellText } from './spreadsheet-cells';

const HOSTILE = "=2+5+cmd|' /C calc'!A0";

describe('neutralizeCellText', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', HOSTILE])('prefixes a quote to %j', (text) => {
    expect(neutralizeCellText(text)).toBe(`'${text}`);
  });

  it.each(['', 'Title', '1-2', 'a=b', ' =1', "'quoted", '2020-01-01', 'Ақмола'])('leaves %j as it is', (text) => {
    expect(neutralizeCellText(text)).toBe(text);
  });

  it('adds one more quote to text that already begins with quotes before a formula character', () => {
    expect(neutralizeCellText("'=2+5")).toBe("''=2+5");
    expect(neutralizeCellText("''-1")).toBe("'''-1");
  });
});

describe('restoreCellText', () => {
  it('drops the quote that neutralizing added, once', () => {
    expect(restoreCellText(`'${HOSTILE}`)).toBe(HOSTILE);
    expect(restoreCellText("'=2+5")).toBe('=2+5');
    expect(restoreCellText("''=2+5")).toBe("'=2+5");
  });

  it('keeps a quote that no neutralizing could have added', () => {
    expect(restoreCellText("'quoted'")).toBe("'quoted'");
    expect(restoreCellText("'")).toBe("'");
    expect(restoreCellText('=2+5')).toBe('=2+5');
  });

  it('undoes neutralizing for any text, and neutralizing what it restored gives the cell back', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '1') });
    fc.assert(fc.property(text, (t) => restoreCellText(neutralizeCellText(t)) === t));
    fc.assert(fc.property(text, (t) => neutralizeCellText(restoreCellText(neutralizeCellText(t))) === neutralizeCellText(t)));
  });
});

describe('neutralizeCell', () => {
  it('neutralizes text only: numbers, booleans, dates and empty cells stay as they are', () => {
    const date = new Date('2020-01-01T00:00:00Z');
    expect([neutralizeCell('-1'), neutralizeCell(-1), neutralizeCell(true), neutralizeCell(date), neutralizeCell(null)]).toEqual([
      "'-1",
      -1,
      true,
      date,
      null,
    ]);
  });
});

describe('csvField', () => {
  it('writes numbers as numbers, also negative ones, and empty cells as nothing', () => {
    expect([csvField(-1), csvField(0.25), csvField(null), csvField(undefined)]).toEqual(['-1', '0.25', '', '']);
  });

  it('neutralizes text and quotes it when it holds a separator, a quote, a tab or a line break', () => {
    expect(csvField(HOSTILE)).toBe(`'${HOSTILE}`);
    expect(csvField('=1;2')).toBe(`"'=1;2"`);
    expect(csvField('a,=1+1')).toBe('"a,=1+1"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\n=1+1')).toBe('"line\n=1+1"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes a date as its ISO text', () => {
    expect(csvField(new Date('2020-03-01T10:00:00Z'))).toBe('2020-03-01T10:00:00.000Z');
  });
});

describe('csvLine', () => {
  it('joins the fields with the separator and ends with CRLF', () => {
    expect(csvLine([1, '@x', null, 'b'])).toBe("1;'@x;;b\r\n");
    expect(csvLine(['-x', 2], ',')).toBe("'-x,2\r\n");
  });
});
