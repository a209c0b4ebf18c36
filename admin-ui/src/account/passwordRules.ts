export interface PasswordValues {
  oldPassword?: string;
  newPassword?: string;
  repeatPassword?: string;
}

/** The repeated password must equal the new one; the message is an i18n key. */
export const validatePasswords = (values: PasswordValues): Partial<Record<keyof PasswordValues, string>> =>
  values.newPassword && values.repeatPassword && values.newPassword !== values.repeatPassword
    ? { repeatPassword: 'app.account.passwords_differ' }
    : {};
