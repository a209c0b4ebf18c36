import type { HttpException } from '@nestjs/common';
import type { Channel, MediaLevel } from '../../../contracts/codes';
import { assertQuarterStatusOpen } from '../quarters/quarter-lock';
import { badField } from '../common/coded-error';
import { unknownAudience } from '../target-audiences/audience-links';

/**
 * What a material's rules look at: the material's own references and what was read of them (null: no such record).
 * An import leaves out what a row failed to give (undefined): the rules over it are then not checked.
 */
export interface MaterialFacts {
  regionId: number;
  outletId: number;
  rubricId: number | null;
  mediaPlanItemId: number | null;
  publishedOn: string;
  /** The year of its publication date. */
  year: number;
  /** The latest day a material may be dated: today in Kazakhstan (latestPublicationDay). */
  today: string;
  outletKind: Channel | null;
  outletLevel: MediaLevel | null;
  outletRegionId: number | null;
  rubricOutletId: number | null;
  itemRegionId: number | null;
  itemYear: number | null;
  itemStatus: string | null;
  quarterStatus: string | null;
  audiencesKnown: boolean;
}

type Fact = keyof MaterialFacts;
type DayFact = 'publishedOn' | 'today';

/** A rule's condition, small enough to be both evaluated here and written as SQL (see rulesSql). */
type Condition =
  | { known: Fact }
  | { same: [Fact, Fact] }
  | { is: [Fact, string | boolean] }
  | { isNot: [Fact, string] }
  | { notAfter: [DayFact, DayFact] }
  | { absentOr: [Fact, Condition] }
  | { either: [Condition, Condition] };

export type RuleName =
  | 'outletExists'
  | 'outletOfRegion'
  | 'rubricExists'
  | 'rubricOfOutlet'
  | 'publishedByToday'
  | 'planItemExists'
  | 'planItemOfRegion'
  | 'planItemOfYear'
  | 'planItemApproved'
  | 'quarterOpen'
  | 'audiencesKnown';

interface MaterialRule {
  name: RuleName;
  field: 'outletId' | 'rubricId' | 'mediaPlanItemId' | 'publishedOn' | 'targetAudienceIds';
  holds: Condition;
}

const whenRubric = (holds: Condition): Condition => ({ absentOr: ['rubricId', holds] });
const whenItem = (holds: Condition): Condition => ({ absentOr: ['mediaPlanItemId', holds] });

/** In the order a user would fix them, which is the order of the API's refusals. */
const RULES: MaterialRule[] = [
  { name: 'outletExists', field: 'outletId', holds: { known: 'outletKind' } },
  {
    name: 'outletOfRegion',
    field: 'outletId',
    holds: { either: [{ isNot: ['outletLevel', 'regional'] }, { same: ['outletRegionId', 'regionId'] }] },
  },
  { name: 'rubricExists', field: 'rubricId', holds: whenRubric({ known: 'rubricOutletId' }) },
  { name: 'rubricOfOutlet', field: 'rubricId', holds: whenRubric({ same: ['rubricOutletId', 'outletId'] }) },
  // A material records a publication that happened; its date also decides which plan's items it may fulfil.
  { name: 'publishedByToday', field: 'publishedOn', holds: { notAfter: ['publishedOn', 'today'] } },
  // A material fulfils an item of its own region's (or the republican) approved plan of its year.
  { name: 'planItemExists', field: 'mediaPlanItemId', holds: whenItem({ known: 'itemStatus' }) },
  {
    name: 'planItemOfRegion',
    field: 'mediaPlanItemId',
    holds: whenItem({ absentOr: ['itemRegionId', { same: ['itemRegionId', 'regionId'] }] }),
  },
  { name: 'planItemOfYear', field: 'mediaPlanItemId', holds: whenItem({ same: ['itemYear', 'year'] }) },
  { name: 'planItemApproved', field: 'mediaPlanItemId', holds: whenItem({ is: ['itemStatus', 'approved'] }) },
  { name: 'quarterOpen', field: 'publishedOn', holds: { isNot: ['quarterStatus', 'approved'] } },
  { name: 'audiencesKnown', field: 'targetAudienceIds', holds: { is: ['audiencesKnown', true] } },
];

/** True, false, or undefined when a fact it needs was not given. */
function evaluate(c: Condition, f: Partial<MaterialFacts>): boolean | undefined {
  const given = (...facts: Fact[]) => facts.every((k) => f[k] !== undefined);
  if ('known' in c) return given(c.known) ? f[c.known] !== null : undefined;
  if ('same' in c) return given(...c.same) ? f[c.same[0]] === f[c.same[1]] : undefined;
  if ('is' in c) return given(c.is[0]) ? f[c.is[0]] === c.is[1] : undefined;
  if ('isNot' in c) return given(c.isNot[0]) ? f[c.isNot[0]] !== c.isNot[1] : undefined;
  if ('notAfter' in c) {
    const [day, latest] = c.notAfter.map((k) => f[k]);
    return day === undefined || latest === undefined ? undefined : day <= latest;
  }
  if ('absentOr' in c) {
    if (!given(c.absentOr[0])) return undefined;
    return f[c.absentOr[0]] === null || evaluate(c.absentOr[1], f);
  }
  const [a, b] = c.either.map((e) => evaluate(e, f));
  return a === true || b === true ? true : a === undefined || b === undefined ? undefined : false;
}

/** The rules the facts break, in order; a rule over a fact not given is left out. */
export function brokenRules(facts: Partial<MaterialFacts>, field?: MaterialRule['field']): RuleName[] {
  return RULES.filter((r) => (field === undefined || r.field === field) && evaluate(r.holds, facts) === false).map((r) => r.name);
}

function conditionSql(c: Condition, sql: Record<Fact, string>): string {
  if ('known' in c) return `${sql[c.known]} IS NOT NULL`;
  if ('same' in c) return `${sql[c.same[0]]} IS NOT DISTINCT FROM ${sql[c.same[1]]}`;
  if ('is' in c) return `${sql[c.is[0]]} IS NOT DISTINCT FROM ${typeof c.is[1] === 'string' ? `'${c.is[1]}'` : c.is[1]}`;
  if ('isNot' in c) return `${sql[c.isNot[0]]} IS DISTINCT FROM '${c.isNot[1]}'`;
  if ('notAfter' in c) return `${sql[c.notAfter[0]]} <= ${sql[c.notAfter[1]]}`;
  if ('absentOr' in c) return `(${sql[c.absentOr[0]]} IS NULL OR ${conditionSql(c.absentOr[1], sql)})`;
  return `(${conditionSql(c.either[0], sql)} OR ${conditionSql(c.either[1], sql)})`;
}

/** Every rule as one SQL condition, each fact written as the statement reads it: true exactly when brokenRules is empty. */
export function rulesSql(sql: Record<Fact, string>): string {
  return RULES.map((r) => conditionSql(r.holds, sql)).join('\n AND ');
}

/** Each rule's refusal: the stable code, its parameters and the English message of the API. */
function refusalOf(rule: Exclude<RuleName, 'quarterOpen'>, f: MaterialFacts): HttpException {
  switch (rule) {
    case 'outletExists':
      return badField('outletId', 'outlet.notFound', 'no such outlet', {});
    case 'outletOfRegion':
      return badField('outletId', 'outlet.otherRegion', "the outlet belongs to another region than the material's", {});
    case 'rubricExists':
      return badField('rubricId', 'rubric.notFound', 'no such rubric', {});
    case 'rubricOfOutlet':
      return badField('rubricId', 'rubric.otherOutlet', 'the rubric belongs to another outlet', {});
    case 'publishedByToday':
      return badField('publishedOn', 'material.publishedAfterToday', `a material is dated no later than today, ${f.today} in Kazakhstan`, {
        today: f.today,
      });
    case 'planItemExists':
      return badField('mediaPlanItemId', 'planItem.notFound', 'no such media-plan item', {});
    case 'planItemOfRegion':
      return badField('mediaPlanItemId', 'planItem.otherRegion', "the item belongs to another region's plan", {});
    case 'planItemOfYear':
      return badField('mediaPlanItemId', 'planItem.otherYear', `the item belongs to the ${f.itemYear} plan, the material is of ${f.year}`, {
        year: f.year,
        planYear: f.itemYear ?? 0,
      });
    case 'planItemApproved':
      return badField('mediaPlanItemId', 'planItem.notApproved', `the item's plan is ${f.itemStatus}, not approved`, {
        status: f.itemStatus ?? '',
      });
    case 'audiencesKnown':
      return unknownAudience();
  }
}

/** The API's refusal of the first rule the facts break (a closed quarter is a 409, the others 400s). */
export function assertMaterialRules(facts: MaterialFacts, publishedOn: string): void {
  const [broken] = brokenRules(facts);
  if (broken === undefined) return;
  if (broken === 'quarterOpen') assertQuarterStatusOpen(facts.quarterStatus, publishedOn);
  else throw refusalOf(broken, facts);
}
