import { EntityManager } from 'typeorm';
import { CODE_LABELS } from '../../../contracts/code-labels';
import { Channel, Format, FORMATS, Language, LANGUAGES, Locale, LOCALES, MediaLevel } from '../../../contracts/codes';
import { brokenRules } from '../materials/material-rules';
import { normalize } from './import-columns';

export type LookupProblem = 'notFound' | 'ambiguous' | 'otherRegion' | 'otherOutlet';
export type Lookup = { id: number } | { problem: LookupProblem };

/**
 * How a row's cell is compared with names: normalized, and remembered for the import's repeated values (a file names
 * the same few outlets, languages and formats on every row).
 */
type Key = (value: string) => string;

/** Records found by id or by any of their names (Kazakh, Russian, English, code). */
class NameIndex {
  private readonly ids = new Set<number>();
  private readonly names = new Map<string, number | null>();

  constructor(private readonly key: Key) {}

  add(id: number, names: (string | null)[]): void {
    this.ids.add(id);
    for (const name of names) {
      if (!name) continue;
      const key = normalize(name);
      const known = this.names.get(key);
      this.names.set(key, known === undefined || known === id ? id : null);
    }
  }

  find(value: string): Lookup {
    if (/^\d{1,9}$/.test(value)) return this.ids.has(Number(value)) ? { id: Number(value) } : { problem: 'notFound' };
    const id = this.names.get(this.key(value));
    if (id === undefined) return { problem: 'notFound' };
    return id === null ? { problem: 'ambiguous' } : { id };
  }
}

export interface OutletRef {
  id: number;
  kind: Channel;
  level: MediaLevel;
  regionId: number | null;
}

export type OutletLookup = { outlet: OutletRef } | { problem: LookupProblem };

interface PlanItemRef {
  regionId: number | null;
  year: number;
  status: string;
}

/** The import template's words before it took the UI's: files filled in from the earlier template still read. */
const EARLIER_LANGUAGE_WORDS: Partial<Record<Language, readonly string[]>> = { kk_ru: ['Двуязычный', 'Екі тілде', 'Bilingual'] };
const EARLIER_FORMAT_WORDS: Partial<Record<Format, readonly string[]>> = {
  tv_program: ['Телепрограмма'],
  radio_program: ['Радиопрограмма'],
  other: ['Другой'],
  commentary: ['Түсініктеме'],
  video: ['Video clip'],
};

/** Code lookup by the code itself or its Russian, Kazakh or English label, as the UI and the reports show them. */
class CodeIndex<C extends string> {
  private readonly byName = new Map<string, C>();
  readonly allowed: Record<Locale, string>;

  constructor(
    codes: readonly C[],
    labels: (locale: Locale) => Record<C, string>,
    private readonly key: Key,
    earlier: Partial<Record<C, readonly string[]>> = {},
  ) {
    for (const code of codes) {
      this.byName.set(normalize(code), code);
      for (const word of earlier[code] ?? []) this.byName.set(normalize(word), code);
      for (const locale of LOCALES) this.byName.set(normalize(labels(locale)[code]), code);
    }
    this.allowed = Object.fromEntries(LOCALES.map((l) => [l, codes.map((c) => `${labels(l)[c]} (${c})`).join(', ')])) as Record<
      Locale,
      string
    >;
  }

  find(value: string): C | undefined {
    return this.byName.get(this.key(value));
  }
}

const MAX_KEYS = 10_000;

const splitNames = (name: string): string[] => [name, ...(name.includes(' / ') ? name.split(' / ') : [])];

/** Every reference a row can name, read once per import inside its transaction. */
export class ImportReferences {
  private readonly keys = new Map<string, string>();
  private readonly key: Key = (value) => {
    let key = this.keys.get(value);
    if (key === undefined) {
      key = normalize(value);
      // Bounded, so that a file of all-different values (titles in the wrong column) keeps memory flat.
      if (this.keys.size < MAX_KEYS) this.keys.set(value, key);
    }
    return key;
  };
  readonly regions = new NameIndex(this.key);
  readonly directions = new NameIndex(this.key);
  readonly specialProjects = new NameIndex(this.key);
  readonly audiences = new NameIndex(this.key);
  readonly languages = new CodeIndex<Language>(LANGUAGES, (l) => CODE_LABELS[l].language, this.key, EARLIER_LANGUAGE_WORDS);
  readonly formats = new CodeIndex<Format>(FORMATS, (l) => CODE_LABELS[l].format, this.key, EARLIER_FORMAT_WORDS);
  private readonly outletsById = new Map<number, OutletRef>();
  private readonly outletsByName = new Map<string, OutletRef[]>();
  private readonly rubricOutlets = new Map<number, number>();
  private readonly rubricsByName = new Map<string, number | null>();
  private readonly planItems = new Map<number, PlanItemRef>();
  private readonly quarterStatuses = new Map<string, string>();

  /**
   * The closures of the regions written to are share-locked, as a single write does, so that no quarter is approved
   * while the import that writes into it is running.
   */
  static async load(m: EntityManager, region: number | 'any'): Promise<ImportReferences> {
    const refs = new ImportReferences();
    const scope = region === 'any' ? null : region;
    type Named = { id: number; code: string; name_kk: string; name_ru: string; name_en: string };
    const named = (table: 'regions' | 'directions' | 'special_projects' | 'target_audiences'): Promise<Named[]> =>
      m.query(`SELECT id, code, name_kk, name_ru, name_en FROM ${table}`);
    for (const r of await named('regions')) refs.regions.add(r.id, [r.code, r.name_kk, r.name_ru, r.name_en]);
    for (const r of await named('directions')) refs.directions.add(r.id, [r.code, r.name_kk, r.name_ru, r.name_en]);
    for (const r of await named('special_projects')) refs.specialProjects.add(r.id, [r.code, r.name_kk, r.name_ru, r.name_en]);
    for (const r of await named('target_audiences')) refs.audiences.add(r.id, [r.code, r.name_kk, r.name_ru, r.name_en]);

    const outlets: (OutletRef & { name: string })[] = await m.query('SELECT id, name, kind, level, region_id AS "regionId" FROM outlets');
    for (const { name, ...o } of outlets) {
      refs.outletsById.set(o.id, o);
      const key = normalize(name);
      refs.outletsByName.set(key, [...(refs.outletsByName.get(key) ?? []), o]);
    }
    const rubrics: { id: number; outlet_id: number; name: string }[] = await m.query('SELECT id, outlet_id, name FROM rubrics');
    for (const r of rubrics) {
      refs.rubricOutlets.set(r.id, r.outlet_id);
      for (const name of splitNames(r.name)) {
        const key = `${r.outlet_id}:${normalize(name)}`;
        refs.rubricsByName.set(key, refs.rubricsByName.has(key) ? null : r.id);
      }
    }
    const items: (PlanItemRef & { id: number })[] = await m.query(
      'SELECT i.id, p.region_id AS "regionId", p.year, p.status FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id',
    );
    for (const { id, ...item } of items) refs.planItems.set(id, item);
    const closures: { region_id: number; year: number; quarter: number; status: string }[] = await m.query(
      'SELECT region_id, year, quarter, status FROM quarter_closures WHERE $1::int IS NULL OR region_id = $1 FOR SHARE',
      [scope],
    );
    for (const c of closures) refs.quarterStatuses.set(`${c.region_id}:${c.year}:${c.quarter}`, c.status);
    return refs;
  }

  /** By id, or by name preferring the row's region's outlet over a republican one of the same name. */
  outlet(value: string, regionId: number | null): OutletLookup {
    const candidates = /^\d{1,9}$/.test(value)
      ? [this.outletsById.get(Number(value))].filter((o) => o !== undefined)
      : (this.outletsByName.get(this.key(value)) ?? []);
    if (candidates.length === 0) return { problem: 'notFound' };
    const allowed = candidates.filter(
      (o) =>
        brokenRules({ regionId: regionId ?? undefined, outletKind: o.kind, outletLevel: o.level, outletRegionId: o.regionId }, 'outletId')
          .length === 0,
    );
    const outlet = allowed.find((o) => o.regionId === regionId) ?? allowed.find((o) => o.regionId === null) ?? allowed[0];
    return outlet ? { outlet } : { problem: 'otherRegion' };
  }

  rubric(value: string, outletId: number): Lookup {
    if (/^\d{1,9}$/.test(value)) {
      const id = Number(value);
      const owner = this.rubricOutlets.get(id);
      if (owner === undefined) return { problem: 'notFound' };
      return brokenRules({ rubricId: id, rubricOutletId: owner, outletId }, 'rubricId').length === 0 ? { id } : { problem: 'otherOutlet' };
    }
    const id = this.rubricsByName.get(`${outletId}:${this.key(value)}`);
    if (id === undefined) return { problem: 'notFound' };
    return id === null ? { problem: 'ambiguous' } : { id };
  }

  planItem(id: number): PlanItemRef | undefined {
    return this.planItems.get(id);
  }

  /** The status of a region's quarter closure; null when it has none. */
  quarterStatus(regionId: number, year: number, quarter: number): string | null {
    return this.quarterStatuses.get(`${regionId}:${year}:${quarter}`) ?? null;
  }
}
