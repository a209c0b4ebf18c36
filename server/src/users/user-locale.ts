import { DataSource } from 'typeorm';
import type { Locale } from '../../../contracts/codes';
import { User } from './user.entity';

/** The language a user chose; Russian for an account that is gone. */
export async function userLocale(ds: DataSource, userId: number): Promise<Locale> {
  const user = await ds.getRepository(User).findOne({ select: { locale: true }, where: { id: userId } });
  return user?.locale ?? 'ru';
}
