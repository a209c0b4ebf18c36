import { validatePasswords } from './passwordRules';

describe('validatePasswords', () => {
  it('accepts a repeated password equal to the new one', () => {
    expect(validatePasswords({ oldPassword: 'old', newPassword: 'secret123', repeatPassword: 'secret123' })).toEqual({});
  });

  it('flags the repeat field when the two differ', () => {
    expect(validatePasswords({ newPassword: 'secret123', repeatPassword: 'secret124' })).toEqual({
      repeatPassword: 'app.account.passwords_differ',
    });
  });

  it('leaves missing fields to the required rule', () => {
    expect(validatePasswords({ newPassword: 'secret123' })).toEqual({});
  });
});
