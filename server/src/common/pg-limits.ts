/** PostgreSQL's integer, the type of every id and count column: a larger value would fail in the database as a 500. */
export const MAX_INT = 2147483647;

/**
 * The path of the first string in a parsed request value that holds U+0000, which PostgreSQL's text cannot store: such a
 * string would fail in the database as a 500 instead of being refused as bad input.
 */
export function pathOfNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathOfNul(inner, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

export const nulMessage = (path: string): string => `${path}: must not contain the NUL character (U+0000)`;
