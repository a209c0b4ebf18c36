import { refusalMessage } from './refusalMessage';

/** The key and its parameters (without the fallback `_`), to see which message would be said. */
const translate = (key: string, options: Record<string, unknown> = {}) => {
  const params = Object.fromEntries(Object.entries(options).filter(([name]) => name !== '_'));
  return Object.keys(params).length > 0 ? `${key} ${JSON.stringify(params)}` : key;
};

describe("an evidence refusal's message", () => {
  it("is its code's, with its parameters", () => {
    const body = { statusCode: 409, message: 'closed', error: 'Conflict', code: 'quarter.closed', params: { quarter: 2, year: 2020 } };
    expect(refusalMessage(translate, { status: 409, body }, 'ru')).toBe('app.errors.quarter.closed {"quarter":2,"year":2020}');
    const tooLarge = { statusCode: 413, message: 'too large', error: 'Payload Too Large', code: 'evidence.tooLarge', field: 'file' };
    expect(refusalMessage(translate, { status: 413, body: tooLarge }, 'kk')).toBe('app.errors.evidence.tooLarge');
  });

  it('is said by its status when the answer names no code this UI knows', () => {
    expect(refusalMessage(translate, { status: 413, body: undefined }, 'ru')).toBe('app.errors.evidence.tooLarge');
    expect(refusalMessage(translate, { status: 404, body: { code: 'some.newCode' } }, 'ru')).toBe('app.errors.record.notFound');
    expect(refusalMessage(translate, { status: 0, body: null }, 'ru')).toBe('app.evidence.network');
    expect(refusalMessage(translate, { status: 502, body: null }, 'ru')).toBe('app.evidence.failed {"status":502}');
  });
});
