import { CHANNELS, type Locale } from '../../../contracts/codes';
import { CODE_LABELS } from '../../../contracts/code-labels';
import type { Completeness, Coverage } from '../../../contracts/analytics';
import type { NationalRollup } from '../../../contracts/rollups';
import type { PlanRow } from '../materials/material-plan.reads';
import type { NamedCount, RegionChannelRow } from '../materials/material-report.reads';
import { counted, formatChange, formatCount, formatShare, pluralForm } from '../../../contracts/grammar';
import { NOTE_LABELS, NotePeriod } from './note-labels';

/** What the note is written from: the figures of its period and of the one before. */
export interface NoteFacts {
  period: NotePeriod;
  previousPeriod: NotePeriod;
  region: string | null;
  national: NationalRollup;
  previous: NationalRollup;
  regions: RegionChannelRow[];
  completeness: Completeness;
  coverage: Coverage;
  specialProjects: NamedCount[];
  plan: PlanRow[];
}

/** A table of the note: a header, rows and a total row, all as text. */
export interface NoteTable {
  header: string[];
  rows: string[][];
  total: string[];
}

export type NoteBlock = { heading: string } | { paragraph: string } | { note: string } | { table: NoteTable };

/** How many names a list of leaders or laggards gives. */
const LIST_LENGTH = 3;

/** The previous period: the quarter before, or the year before. */
export function previousPeriod(p: NotePeriod): NotePeriod {
  if (p.quarter === undefined) return { year: p.year - 1 };
  return p.quarter === 1 ? { year: p.year - 1, quarter: 4 } : { year: p.year, quarter: p.quarter - 1 };
}

/** The first and last day of a period, YYYY-MM-DD. */
export function periodDays(p: NotePeriod): { from: string; to: string } {
  const first = new Date(Date.UTC(p.year, p.quarter ? (p.quarter - 1) * 3 : 0, 1));
  const last = new Date(Date.UTC(p.year, p.quarter ? p.quarter * 3 : 12, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** The opening paragraph in the shape of the guide's sentence on the 2020 count. */
function opening(f: NoteFacts, locale: Locale): string {
  const n = f.national;
  const c = (v: number) => formatCount(v, locale);
  const radio = (v: number) => (v > 0 ? c(v) : null);
  return NOTE_LABELS[locale].opening(f.period, f.region, {
    total: c(n.total),
    republican: c(n.republican.total),
    republicanTv: c(n.republican.tv),
    republicanRadio: radio(n.republican.radio),
    republicanPrint: c(n.republican.print),
    regional: c(n.regional.total),
    regionalTv: c(n.regional.tv),
    regionalRadio: radio(n.regional.radio),
    regionalPrint: c(n.regional.print),
    internet: c(n.internet),
    social: c(n.social),
    totalForm: pluralForm(n.total, locale),
    socialForm: pluralForm(n.social, locale),
  });
}

function change(f: NoteFacts, locale: Locale): string {
  const l = NOTE_LABELS[locale];
  const previous = l.periodName(f.previousPeriod);
  if (f.previous.total === 0) return l.noPrevious(previous);
  const delta = f.national.total - f.previous.total;
  const share = formatShare(Math.abs(delta), f.previous.total, locale);
  return l.change(previous, counted(f.previous.total, l.material, locale), formatChange(delta, locale), `${delta < 0 ? '−' : '+'}${share}`);
}

function regionTable(f: NoteFacts, locale: Locale): NoteTable {
  const keys = [...CHANNELS, 'total'] as const;
  const labels = CODE_LABELS[locale].channel;
  const l = NOTE_LABELS[locale];
  const c = (v: number) => formatCount(v, locale);
  return {
    header: [l.table.region, ...CHANNELS.map((k) => labels[k]), l.table.total],
    rows: f.regions.map((r) => [r.name, ...keys.map((k) => c(r[k]))]),
    total: [l.table.total, ...keys.map((k) => c(f.regions.reduce((s, r) => s + r[k], 0)))],
  };
}

/** The regions with the most materials, when there are several to rank. */
function leaders(f: NoteFacts, locale: Locale): string | null {
  if (f.regions.length < 2) return null;
  const top = [...f.regions]
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, LIST_LENGTH);
  if (top.length === 0) return null;
  return NOTE_LABELS[locale].leaders(top.map((r) => `${r.name} (${formatCount(r.total, locale)})`).join(', '));
}

/** The regions with months under half of their own monthly average of the period, as the completeness page marks them. */
function belowAverage(f: NoteFacts, locale: Locale): string {
  const l = NOTE_LABELS[locale];
  const names = new Map(f.regions.map((r) => [r.id, r.name]));
  const low = f.completeness.regions
    .map((r) => ({ name: names.get(r.regionId) ?? String(r.regionId), months: r.months.filter((m) => r.total > 0 && m.ratio < 0.5) }))
    .filter((r) => r.months.length > 0);
  if (low.length === 0) return l.noneBelowAverage;
  return l.belowAverage(
    low.map((r) => `${r.name} (${r.months.map((m) => l.months[Number(m.month.slice(5, 7)) - 1]).join(', ')})`).join('; '),
  );
}

function priorities(f: NoteFacts, locale: Locale): string[] {
  const l = NOTE_LABELS[locale];
  const sum = (key: 'russianOrBilingual' | 'seniors' | 'ethnicGroups' | 'youth' | 'tvRadio' | 'internet' | 'newSpecialProjects') =>
    f.coverage.rows.reduce((s, r) => s + r[key], 0);
  const total = f.coverage.rows.reduce((s, r) => s + r.total, 0);
  const part = (n: number) => `${formatCount(n, locale)} (${formatShare(n, total, locale)})`;
  const newIds = new Set(f.coverage.newSpecialProjectIds);
  const names = f.specialProjects
    .filter((p) => newIds.has(p.id))
    .map((p) => `«${p.name}»`)
    .join(', ');
  return [
    l.priorities({
      russian: part(sum('russianOrBilingual')),
      seniors: part(sum('seniors')),
      ethnic: part(sum('ethnicGroups')),
      youth: part(sum('youth')),
      newProjects: part(sum('newSpecialProjects')),
      names,
    }),
    l.channels(
      formatShare(sum('tvRadio'), total, locale),
      formatShare(f.coverage.benchmark.tvRadio, 1, locale),
      formatShare(sum('internet'), total, locale),
      formatShare(f.coverage.benchmark.internet, 1, locale),
    ),
  ];
}

function plan(f: NoteFacts, locale: Locale): string[] {
  const l = NOTE_LABELS[locale];
  const planned = f.plan.reduce((s, r) => s + r.planned, 0);
  if (planned === 0) return [l.noPlan];
  const fulfilled = f.plan.reduce((s, r) => s + r.fulfilled, 0);
  const items = f.plan.reduce((s, r) => s + r.items, 0);
  const lines = [
    l.plan(
      counted(planned, l.material, locale),
      counted(items, l.item, locale),
      formatCount(fulfilled, locale),
      formatShare(fulfilled, planned, locale),
    ),
  ];
  const lowest = f.plan
    .filter((r) => r.planned > 0)
    .sort((a, b) => a.fulfilled / a.planned - b.fulfilled / b.planned || a.name.localeCompare(b.name))
    .slice(0, LIST_LENGTH);
  if (f.plan.length > 1 && lowest.length > 0) {
    lines.push(l.planLowest(lowest.map((r) => `${r.name} (${formatShare(r.fulfilled, r.planned, locale)})`).join(', ')));
  }
  return lines;
}

function late(f: NoteFacts, locale: Locale): string[] {
  const l = NOTE_LABELS[locale];
  const days = counted(f.completeness.lateAfterDays, l.day, locale);
  const count = f.completeness.lateEntries;
  if (count === 0) return [l.noLate(days)];
  const names = new Map(f.regions.map((r) => [r.id, r.name]));
  const most = f.completeness.regions
    .filter((r) => r.lateEntries > 0)
    .sort((a, b) => b.lateEntries - a.lateEntries)
    .slice(0, LIST_LENGTH)
    .map((r) => `${names.get(r.regionId) ?? r.regionId} (${formatCount(r.lateEntries, locale)})`);
  const lines = [l.late(days, counted(count, l.material, locale), formatShare(count, f.national.total, locale))];
  if (f.completeness.regions.length > 1) lines.push(l.lateMost(most.join(', ')));
  return lines;
}

/** The note's body, written by rule from its facts: the overall count, the regions, the priorities, the plans and the late entries. */
export function noteBlocks(f: NoteFacts, locale: Locale): NoteBlock[] {
  const l = NOTE_LABELS[locale];
  const lead = leaders(f, locale);
  return [
    { heading: l.sections.overall },
    { paragraph: opening(f, locale) },
    { paragraph: change(f, locale) },
    { heading: l.sections.regions },
    { table: regionTable(f, locale) },
    ...(lead ? [{ paragraph: lead }] : []),
    { paragraph: belowAverage(f, locale) },
    { note: l.belowAverageDefinition },
    { heading: l.sections.priorities },
    ...priorities(f, locale).map((paragraph) => ({ paragraph })),
    { heading: l.sections.plan },
    ...plan(f, locale).map((paragraph) => ({ paragraph })),
    { heading: l.sections.late },
    ...late(f, locale).map((paragraph) => ({ paragraph })),
  ];
}
