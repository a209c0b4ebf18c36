import { DataSource } from 'typeorm';
import type { Locale } from '../../../contracts/codes';
import { User } from './user.entity';

/** The language a user chose; Russian for an account that is gone. */
export async function userLocale(ds: DataSource, userId: number): Promise<Locale> {
  const user = await ds.getRepository(User).findOne({ select: { locale: true }, where: { id: userId } });
  return user?.locale ?? 'ru';
}

/** How a workbook names who made it: the full name and the login. */
export async function userSignature(ds: DataSource, userId: number, login: string): Promise<string> {
  const user = await ds.getRepository(User).findOne({ select: { fullName: true }, where: { id: userId } });
  return user?.fullName ? `${user.fullName} (${login})` : login;
}
