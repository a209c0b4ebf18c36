import { AuthProvider, HttpError } from 'react-admin';
import { API_URL } from './httpClient';
import { clearSession, readSession, Session, writeSession } from './session';

interface Credentials {
  username: string;
  password: string;
}

export const authProvider: AuthProvider = {
  login: async ({ username, password }: Credentials) => {
    const response = await fetch(`${API_URL}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ login: username, password }),
    });
    if (!response.ok) throw new HttpError('ra.auth.sign_in_error', response.status);
    writeSession((await response.json()) as Session);
  },
  logout: async () => {
    clearSession();
  },
  checkAuth: async () => {
    if (!readSession()) throw new Error('ra.auth.auth_check_error');
  },
  checkError: async (error: { status?: number }) => {
    if (error.status === 401) {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
  },
  getIdentity: async () => {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    const { id, fullName, role, regionId } = session.user;
    return { id, fullName, role, regionId };
  },
  getPermissions: async () => readSession()?.user.role,
};
