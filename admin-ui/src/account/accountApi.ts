import { API_URL, httpClient } from '../httpClient';
import type { Role } from '../../../contracts/codes';

export interface Me {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  regionId: number | null;
  locale: string | null;
}

export const fetchMe = async (): Promise<Me> => (await httpClient(`${API_URL}/auth/me`)).json as Me;

export const updateMe = async (changes: { locale?: string; fullName?: string }): Promise<Me> =>
  (await httpClient(`${API_URL}/auth/me`, { method: 'PUT', body: JSON.stringify(changes) })).json as Me;

/** Every other session ends; the answer's token keeps this one going. */
export const changePassword = async (oldPassword: string, newPassword: string): Promise<string> =>
  ((await httpClient(`${API_URL}/auth/password`, { method: 'POST', body: JSON.stringify({ oldPassword, newPassword }) })).json as { accessToken: string })
    .accessToken;

export const signOutEverywhere = async (): Promise<void> => {
  await httpClient(`${API_URL}/auth/sign-out-everywhere`, { method: 'POST' });
};
