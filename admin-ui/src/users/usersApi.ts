import { API_URL, httpClient } from '../httpClient';

export const signOutUserEverywhere = async (id: number): Promise<void> => {
  await httpClient(`${API_URL}/users/${id}/sign-out-everywhere`, { method: 'POST' });
};
