import { BadRequestException } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';

const MIN_PASSWORD_LENGTH = 8;
const COMMON_PASSWORDS_CHECKED = 10_000;

/** zxcvbn-ts ships the passwords most often seen in breaches, commonest first (NIST SP 800-63B 3.1.1.2). */
const COMMON = new Set(dictionary['passwords-common'].slice(0, COMMON_PASSWORDS_CHECKED).map((p) => p.toLowerCase()));

type PasswordRule = 'password.tooShort' | 'password.common' | 'password.sameAsLogin' | 'password.sameAsName';

export interface PasswordProblem {
  code: PasswordRule;
  message: string;
}

export interface PasswordOwner {
  login: string;
  fullName: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Why a password may not be set for this account, or null when it may. */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return { code: 'password.tooShort', message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` };
  if (COMMON.has(password.toLowerCase()))
    return { code: 'password.common', message: `is one of the ${COMMON_PASSWORDS_CHECKED.toLocaleString('en')} commonest passwords` };
  if (same(password, owner.login)) return { code: 'password.sameAsLogin', message: 'must not be the login' };
  if (same(password, owner.fullName)) return { code: 'password.sameAsName', message: "must not be the account's name" };
  return null;
}

/** 400 naming the field, with the rule's code for the UI to translate. */
export function assertAcceptablePassword(field: string, password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) {
    throw new BadRequestException({
      message: [`${field}: ${problem.message}`],
      code: problem.code,
      field,
      params: { field, min: MIN_PASSWORD_LENGTH },
    });
  }
}
