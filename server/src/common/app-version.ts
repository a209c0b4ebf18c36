import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let known: string | undefined;

/** The version of the repository's root package, looked up from this file so that it is found from sources and from dist alike. */
export function appVersion(): string {
  if (known !== undefined) return known;
  known = '';
  for (let d = __dirname; d !== dirname(d); d = dirname(d)) {
    const file = join(d, 'package.json');
    if (!existsSync(file)) continue;
    const root = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; workspaces?: unknown };
    if (root.workspaces) {
      known = root.version ?? '';
      break;
    }
  }
  return known;
}
