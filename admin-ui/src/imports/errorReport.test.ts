import { errorReportCsv } from './errorReport';

const header = (column: string) => ({ row: 'Строка', column: 'Столбец', message: 'Ошибка' })[column] ?? column;

describe('errorReportCsv', () => {
  it('lists row, column and message under translated headers, neutralizing what the uploaded file put in them', () => {
    const csv = errorReportCsv(
      [
        { row: 2, column: '=HYPERLINK("http://x")', message: 'Обязательное поле' },
        { row: 3, column: 'СМИ', message: "Не найдено: «=2+5+cmd|' /C calc'!A0»" },
        { row: 4, column: 'Просмотры', message: '-1: не число' },
      ],
      header,
    );
    expect(csv).toBe(
      '\uFEFFСтрока;Столбец;Ошибка\r\n' +
        `2;"'=HYPERLINK(""http://x"")";Обязательное поле\r\n` +
        "3;СМИ;Не найдено: «=2+5+cmd|' /C calc'!A0»\r\n" +
        "4;Просмотры;'-1: не число\r\n",
    );
  });

  it('writes only the header for no problems', () => {
    expect(errorReportCsv([], header)).toBe('\uFEFFСтрока;Столбец;Ошибка\r\n');
  });
});
