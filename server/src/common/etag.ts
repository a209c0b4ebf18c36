import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** The lists that change only when an administrator edits a dictionary, and that every page load asks for. */
export const ETAG_ROUTES: ReadonlySet<string> = new Set([
  '/api/references',
  '/api/regions',
  '/api/directions',
  '/api/special-projects',
  '/api/target-audiences',
]);

/** A strong tag of the answer as sent: its body and, for a list, its Content-Range. */
export function etagOf(payload: string, contentRange: string): string {
  return `"${createHash('sha1').update(contentRange).update('\n').update(payload).digest('base64url')}"`;
}

/** If-None-Match holds the tag, alone, in a list, or as `*` (weak tags compare equal to strong ones for a GET). */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const t = candidate.trim();
    return t === '*' || t === tag || t === `W/${tag}`;
  });
}

/**
 * ETags on the dictionary lists: the browser revalidates them (no-cache) and gets a 304 with no body while they are
 * unchanged. The tag is of the answer itself, so any write to a dictionary, a different page or a different reader's
 * scope gives another tag; `private` because the answer is for the token's holder.
 */
export function registerEtags(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || !ETAG_ROUTES.has(req.routeOptions.url ?? '')) {
      return payload;
    }
    const tag = etagOf(payload, String(reply.getHeader('content-range') ?? ''));
    reply.header('ETag', tag);
    reply.header('Cache-Control', 'private, no-cache');
    if (!matchesTag(req.headers['if-none-match'], tag)) return payload;
    reply.code(304);
    reply.removeHeader('content-length');
    return '';
  });
}
