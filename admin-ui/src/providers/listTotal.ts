/** The list total from Content-Range, and whether the server estimated it (X-Total-Count-Estimated, docs/api-extensions.md). */
export function listTotal(headers: Headers): { total: number; estimated: boolean } {
  const range = headers.get('Content-Range');
  if (!range) throw new Error('The list answer has no Content-Range header');
  return { total: Number(range.split('/').pop()), estimated: headers.get('X-Total-Count-Estimated') === 'true' };
}
