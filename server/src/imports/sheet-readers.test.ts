import { unescapeOoxml } from './sheet-parsing';

describe('unescapeOoxml', () => {
  it.each([
    ['Строка 1_x000D_\nстрока 2', 'Строка 1\r\nстрока 2'],
    ['a_x0009_b', 'a\tb'],
    ['_x005F_x000D_ as typed', '_x000D_ as typed'],
    ['a_x0000_b', 'ab'],
    ['snake_x_case and _x12_ and _xZZZZ_', 'snake_x_case and _x12_ and _xZZZZ_'],
    ['Қазақ тілі', 'Қазақ тілі'],
  ])('reads %j as %j', (written, read) => {
    expect(unescapeOoxml(written)).toBe(read);
  });
});
