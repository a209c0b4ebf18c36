import request from 'supertest';
import { checkedAnswer } from './openapi-contract';
import { TestApp } from './test-app';

export async function tokenFor(app: TestApp, login: string, password = 'demo12345'): Promise<string> {
  const res = await request(app.url).post('/api/auth/login').send({ login, password }).expect(200);
  return res.body.accessToken as string;
}

/** A supertest parser that keeps a response's body as its bytes (spreadsheets, documents, files). */
export function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

export function api(app: TestApp, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (path: string) => checkedAnswer(request(app.url).get(path).set(auth), app, 'GET', path),
    post: (path: string, body?: object) => checkedAnswer(request(app.url).post(path).set(auth).send(body), app, 'POST', path),
    put: (path: string, body: object) => checkedAnswer(request(app.url).put(path).set(auth).send(body), app, 'PUT', path),
    delete: (path: string) => checkedAnswer(request(app.url).delete(path).set(auth), app, 'DELETE', path),
  };
}

export function listUrl(resource: string, params: { sort?: unknown; range?: unknown; filter?: unknown }): string {
  const qs = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
  return `/api/${resource}${qs ? `?${qs}` : ''}`;
}
