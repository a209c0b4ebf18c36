import { listTotal } from './listTotal';

describe('listTotal', () => {
  it('reads an exact total from Content-Range', () => {
    expect(listTotal(new Headers({ 'Content-Range': 'materials 0-24/9365' }))).toEqual({ total: 9365, estimated: false });
  });

  it('marks the total estimated when the server says so', () => {
    const headers = new Headers({ 'Content-Range': 'materials 99975-99999/1203377', 'X-Total-Count-Estimated': 'true' });
    expect(listTotal(headers)).toEqual({ total: 1203377, estimated: true });
  });

  it('fails without Content-Range', () => {
    expect(() => listTotal(new Headers())).toThrow(/Content-Range/);
  });
});
