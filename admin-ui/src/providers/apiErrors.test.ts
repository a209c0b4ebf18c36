import type { ErrorDetail } from '../../../contracts/errors';
import { fieldProblems, messageArgs, problemsOf, sayProblem } from './apiErrors';

const translate = (key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify(options)}`;

describe('problemsOf', () => {
  it('reads the one coded problem of an answer', () => {
    const body = {
      statusCode: 400,
      message: ["outletId: the outlet belongs to another region than the material's"],
      code: 'outlet.otherRegion',
      field: 'outletId',
      params: {},
    };
    expect(problemsOf(body)).toEqual([{ code: 'outlet.otherRegion', field: 'outletId', params: {}, message: body.message[0] }]);
  });

  it('reads every problem of an answer that has several, and ignores codes it does not know', () => {
    const errors = [
      { code: 'validation.maxLength', field: 'title', params: { max: 1000 }, message: 'title: too long' },
      { code: 'some.future', field: 'x', params: {}, message: 'x: ?' },
    ];
    expect(problemsOf({ code: 'validation.maxLength', errors })).toEqual([errors[0]]);
    expect(problemsOf({ code: 'some.future', message: 'x' })).toEqual([]);
    expect(problemsOf('Internal Server Error')).toEqual([]);
  });
});

describe('sayProblem', () => {
  it("translates the code with its parameters, the minutes as the plural's count, the English message as the default", () => {
    expect(sayProblem(translate, { code: 'auth.tooManyAttempts', params: { minutes: 3 }, message: 'Too many' })).toBe(
      'app.errors.auth.tooManyAttempts {"minutes":3,"smart_count":3,"_":"Too many"}',
    );
    expect(messageArgs({ year: 2024, planYear: 2023, nested: {} })).toEqual({ year: 2024, planYear: 2023 });
  });

  it('writes a day as the UI language writes it, when told the language', () => {
    expect(messageArgs({ today: '2026-12-05' }, 'kk')).toEqual({ today: '05.12.2026' });
    expect(messageArgs({ today: '2026-12-05' }, 'en')).toEqual({ today: '05/12/2026' });
    expect(messageArgs({ today: '2026-12-05' })).toEqual({ today: '2026-12-05' });
  });
});

describe('fieldProblems', () => {
  it('puts each field’s first problem on it', () => {
    const problems: ErrorDetail[] = [
      { code: 'validation.maxLength', field: 'title', params: { max: 10 }, message: 'a' },
      { code: 'validation.isString', field: 'title', params: {}, message: 'b' },
      { code: 'validation.isInt', field: 'views', params: {}, message: 'c' },
      { code: 'request.invalid', params: {}, message: 'd' },
    ];
    expect(Object.keys(fieldProblems(translate, problems))).toEqual(['views', 'title']);
    expect(fieldProblems(translate, problems).title).toContain('validation.maxLength');
  });
});
