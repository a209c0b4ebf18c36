/**
 * The value a lookup table holds under a key of its own. A plain `table[key]` also answers names every object inherits
 * (`constructor`, `toString`, `__proto__`), which would pass an allow-list and reach the SQL.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
