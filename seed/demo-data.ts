import { Channel, Format, Language, MediaLevel } from '../contracts/codes';
import { OutletDef, RegionProfile, RubricDef } from './catalog-types';
import { Rng, apportion, createRng } from './prng';
import { REGIONS_2020, SPECIAL_PROJECTS } from './reference-data';
import { DemoMediaPlan, DemoMediaPlanItem, buildMediaPlans } from './media-plans';
import { REGION_PROFILES } from './regional-profiles';
import { REPUBLICAN_OUTLETS } from './republican-outlets';
import { makeTitle } from './titles';

export type UserRole = 'rpo_editor' | 'analyst' | 'approver' | 'admin';
export type UserLocale = 'kk' | 'ru' | 'en';

export interface DemoUser {
  login: string;
  fullName: string;
  role: UserRole;
  regionCode: string | null;
  locale: UserLocale;
  createdAt: string;
}

export interface DemoOutlet {
  name: string;
  kind: Channel;
  level: MediaLevel;
  regionCode: string | null;
  languages: Language[];
  url: string | null;
  active: boolean;
}

export interface DemoRubric {
  outletIndex: number;
  name: string;
  specialProjectCode: string | null;
}

export interface DemoMaterial {
  regionCode: string;
  outletIndex: number;
  rubricIndex: number | null;
  channel: Channel;
  mediaLevel: MediaLevel;
  language: Language;
  format: Format;
  title: string;
  url: string | null;
  publishedOn: string;
  directionCode: string | null;
  specialProjectCode: string | null;
  targetAudienceCodes: string[];
  /** Index into DemoDataset.mediaPlanItems of the plan item the material fulfils. */
  mediaPlanItemIndex: number | null;
  views: number | null;
  reactions: number | null;
  shares: number | null;
  comments: number | null;
  reach: number | null;
  createdByLogin: string;
  createdAt: string;
}

export interface DemoDataset {
  users: DemoUser[];
  outlets: DemoOutlet[];
  rubrics: DemoRubric[];
  materials: DemoMaterial[];
  mediaPlans: DemoMediaPlan[];
  mediaPlanItems: DemoMediaPlanItem[];
}

/** The ministry's count for 2020 (guide, from the MIOR strategic-plan report), which the demo must reproduce. */
export const NATIONAL_2020 = {
  total: 9365,
  republican: { total: 1942, tv: 924, print: 1018 },
  regional: { total: 3271, tv: 1107, print: 2164 },
  internet: 1325,
  social: 2827,
  radio: 0,
} as const;

interface Bucket {
  channel: Channel;
  level: MediaLevel;
  total: number;
}

// The guide counts internet and social whatever the level; the split between levels is ours.
const BUCKETS: readonly Bucket[] = [
  { channel: 'tv', level: 'republican', total: NATIONAL_2020.republican.tv },
  { channel: 'print', level: 'republican', total: NATIONAL_2020.republican.print },
  { channel: 'tv', level: 'regional', total: NATIONAL_2020.regional.tv },
  { channel: 'print', level: 'regional', total: NATIONAL_2020.regional.print },
  { channel: 'internet', level: 'republican', total: 560 },
  { channel: 'internet', level: 'regional', total: NATIONAL_2020.internet - 560 },
  { channel: 'social', level: 'republican', total: 340 },
  { channel: 'social', level: 'regional', total: NATIONAL_2020.social - 340 },
];

// 2020: a quiet start, the spring lockdown, the August holidays, and the December peak (Independence Day, year-end).
const MONTH_WEIGHTS = [0.78, 0.86, 0.95, 0.88, 0.98, 1.04, 1.08, 0.8, 1.02, 1.08, 1.06, 1.3];
const DAYS_IN_MONTH_2020 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const FORMAT_WEIGHTS: Record<Channel, [Format, number][]> = {
  tv: [
    ['video_story', 0.6],
    ['tv_program', 0.25],
    ['interview', 0.15],
  ],
  radio: [
    ['radio_program', 0.7],
    ['interview', 0.3],
  ],
  print: [
    ['article', 0.6],
    ['interview', 0.2],
    ['commentary', 0.13],
    ['infographic', 0.07],
  ],
  internet: [
    ['article', 0.55],
    ['interview', 0.17],
    ['infographic', 0.1],
    ['video', 0.18],
  ],
  social: [
    ['post', 0.62],
    ['video', 0.2],
    ['live_stream', 0.08],
    ['infographic', 0.1],
  ],
};
const RUBRIC_SHARE: Record<Channel, number> = { tv: 0.45, radio: 0.4, print: 0.35, internet: 0.2, social: 0 };

const AUDIENCE_WEIGHTS: Record<Channel, Record<string, number>> = {
  tv: { 'youth-16-29': 2, 'adults-30-59': 4, 'seniors-60-plus': 2.2, 'internet-users': 0, 'ethnic-groups': 1 },
  radio: { 'youth-16-29': 1, 'adults-30-59': 3, 'seniors-60-plus': 3, 'internet-users': 0, 'ethnic-groups': 1 },
  print: { 'youth-16-29': 1.5, 'adults-30-59': 4, 'seniors-60-plus': 3, 'internet-users': 0, 'ethnic-groups': 1 },
  internet: { 'youth-16-29': 3, 'adults-30-59': 2, 'seniors-60-plus': 0.5, 'internet-users': 3.5, 'ethnic-groups': 1 },
  social: { 'youth-16-29': 4, 'adults-30-59': 1.5, 'seniors-60-plus': 0.3, 'internet-users': 4, 'ethnic-groups': 0.8 },
};

const OLD_PROJECT_WEIGHTS: [string, number][] = [
  ['tugan-zher', 0.45],
  ['sacred-geography', 0.3],
  ['100-new-faces', 0.25],
];
const DIRECTION_WEIGHTS: [string, number][] = [
  ['personal-development', 0.36],
  ['united-nation', 0.38],
  ['state-and-society', 0.26],
];
const NEW_PROJECTS = SPECIAL_PROJECTS.filter((sp) => sp.introducedIn !== null).map((sp) => sp.code);
const PROJECT_DIRECTION = new Map(SPECIAL_PROJECTS.map((sp) => [sp.code, sp.directionCode]));

const USERS_SINCE = '2020-01-09T09:00:00+06:00';
const SEED = 20201231;

interface IndexedOutlet {
  index: number;
  def: OutletDef;
  rubrics: { index: number; def: RubricDef }[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const rpoLogin = (regionCode: string): string => `rpo-${regionCode}`;

function pickWeighted<T>(rng: Rng, pairs: readonly [T, number][]): T {
  return rng.weighted(pairs, ([, w]) => w)[0];
}

function buildUsers(): DemoUser[] {
  const staff: DemoUser[] = [
    { login: 'admin', fullName: 'Ерлан Болатович Сейткали', role: 'admin', regionCode: null, locale: 'ru', createdAt: USERS_SINCE },
    {
      login: 'approver',
      fullName: 'Гульмира Кайратовна Абдрахманова',
      role: 'approver',
      regionCode: null,
      locale: 'ru',
      createdAt: USERS_SINCE,
    },
    { login: 'analyst', fullName: 'Айдана Маратқызы Төлеуова', role: 'analyst', regionCode: null, locale: 'kk', createdAt: USERS_SINCE },
  ];
  const editors = REGION_PROFILES.map((r): DemoUser => ({
    login: rpoLogin(r.code),
    fullName: r.rpo.fullName,
    role: 'rpo_editor',
    regionCode: r.code,
    locale: r.rpo.locale,
    createdAt: USERS_SINCE,
  }));
  return [...staff, ...editors];
}

interface Catalog {
  outlets: DemoOutlet[];
  rubrics: DemoRubric[];
  republican: Map<Channel, IndexedOutlet[]>;
  regional: Map<string, Map<Channel, IndexedOutlet[]>>;
  defs: OutletDef[];
}

function buildCatalog(): Catalog {
  const catalog: Catalog = { outlets: [], rubrics: [], republican: new Map(), regional: new Map(), defs: [] };
  const add = (def: OutletDef, regionCode: string | null, into: Map<Channel, IndexedOutlet[]>): void => {
    const index = catalog.outlets.length;
    catalog.outlets.push({
      name: def.name,
      kind: def.kind,
      level: regionCode === null ? 'republican' : 'regional',
      regionCode,
      languages: def.languages,
      url: def.url,
      active: true,
    });
    catalog.defs.push(def);
    const rubrics = def.rubrics.map((r) => {
      catalog.rubrics.push({ outletIndex: index, name: r.name, specialProjectCode: r.specialProjectCode });
      return { index: catalog.rubrics.length - 1, def: r };
    });
    const list = into.get(def.kind) ?? [];
    list.push({ index, def, rubrics });
    into.set(def.kind, list);
  };
  for (const def of REPUBLICAN_OUTLETS) add(def, null, catalog.republican);
  for (const profile of REGION_PROFILES) {
    const byKind = new Map<Channel, IndexedOutlet[]>();
    catalog.regional.set(profile.code, byKind);
    for (const def of profile.outlets) add(def, profile.code, byKind);
  }
  return catalog;
}

function chooseLanguage(rng: Rng, outlet: OutletDef, profile: RegionProfile): Language {
  const weights: [Language, number][] = [];
  if (outlet.languages.includes('kk')) weights.push(['kk', 1 - profile.ruShare]);
  if (outlet.languages.includes('ru')) weights.push(['ru', profile.ruShare]);
  if (outlet.languages.includes('kk_ru')) weights.push(['kk_ru', 0.18]);
  return weights.length === 0 ? outlet.languages[0] : pickWeighted(rng, weights);
}

function chooseAudiences(rng: Rng, channel: Channel, language: Language): string[] {
  const base = AUDIENCE_WEIGHTS[channel];
  const ethnicBoost = language === 'ru' ? 3 : language === 'kk_ru' ? 2 : 1;
  const pairs: [string, number][] = Object.entries(base).map(([code, w]) => [code, code === 'ethnic-groups' ? w * ethnicBoost : w]);
  const first = pickWeighted(
    rng,
    pairs.filter(([, w]) => w > 0),
  );
  if (!rng.chance(0.45)) return [first];
  const second = pickWeighted(
    rng,
    pairs.filter(([code, w]) => w > 0 && code !== first),
  );
  return [first, second];
}

function reachFigures(
  rng: Rng,
  channel: Channel,
  level: MediaLevel,
  format: Format,
): Pick<DemoMaterial, 'views' | 'reactions' | 'shares' | 'comments'> {
  if (channel !== 'internet' && channel !== 'social') return { views: null, reactions: null, shares: null, comments: null };
  const base = channel === 'social' ? (level === 'republican' ? 5000 : 1200) : level === 'republican' ? 2500 : 700;
  const spread = rng.next();
  const views = Math.round(base * (0.15 + 3 * spread * spread) * (format === 'live_stream' ? 0.5 : 1)) + rng.int(20, 80);
  const between = (lo: number, hi: number): number => lo + (hi - lo) * rng.next();
  const social = channel === 'social';
  return {
    views,
    reactions: Math.round(views * (social ? between(0.03, 0.1) : between(0.004, 0.03))),
    shares: Math.round(views * (social ? between(0.003, 0.02) : between(0.002, 0.012))),
    comments: Math.round(views * (social ? between(0.002, 0.015) : between(0, 0.006)) * (format === 'live_stream' ? 3 : 1)),
  };
}

function publicationDay(rng: Rng, month: number, channel: Channel): string {
  let day = rng.int(1, DAYS_IN_MONTH_2020[month - 1]);
  // Regional papers do not come out on Sundays.
  if (channel === 'print' && new Date(Date.UTC(2020, month - 1, day)).getUTCDay() === 0) day = day > 1 ? day - 1 : day + 1;
  return `2020-${pad(month)}-${pad(day)}`;
}

function loggedAt(rng: Rng, publishedOn: string): string {
  const [y, m, d] = publishedOn.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d + rng.int(0, 5)));
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  return `${date}T${pad(rng.int(9, 18))}:${pad(rng.int(0, 59))}:00+06:00`;
}

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const code11 = (rng: Rng): string => Array.from({ length: 11 }, () => rng.pick(URL_ALPHABET.split(''))).join('');

function materialUrl(rng: Rng, def: OutletDef, outletIndex: number, seq: number, language: Language): string | null {
  if (def.url === null) return null;
  switch (def.kind) {
    case 'internet':
      return `${def.url}/${language === 'ru' ? 'ru' : 'kz'}/news/${seq}`;
    case 'print':
      return rng.chance(0.35) ? `${def.url}/article/${seq}` : null;
    case 'tv':
      return rng.chance(0.25) ? `${def.url}/video/${seq}` : null;
    case 'radio':
      return null;
    case 'social':
      switch (def.platform) {
        case 'instagram':
          return `https://www.instagram.com/p/${code11(rng)}/`;
        case 'youtube':
          return `https://www.youtube.com/watch?v=${code11(rng)}`;
        case 'facebook':
          return `${def.url}/posts/${rng.int(100000000, 999999999)}${seq}`;
        case 'vk':
          return `https://vk.com/wall-${170000000 + outletIndex * 7919}_${seq}`;
        case 'telegram':
        case null:
          return `${def.url}/${seq}`;
      }
  }
}

/** The whole demo dataset, in memory and without database ids: the same every call. */
export function buildDemoDataset(): DemoDataset {
  const rng = createRng(SEED);
  const users = buildUsers();
  const catalog = buildCatalog();
  const profiles = new Map(REGION_PROFILES.map((p) => [p.code, p]));
  const regions2020 = REGIONS_2020.map((r) => {
    const profile = profiles.get(r.code);
    if (!profile) throw new Error(`no profile for region ${r.code}`);
    return profile;
  });
  const materials: DemoMaterial[] = [];

  for (const bucket of BUCKETS) {
    const perRegion = apportion(
      bucket.total,
      regions2020.map((p) => p.activity * (0.8 + 0.4 * rng.next())),
    );
    regions2020.forEach((profile, ri) => {
      const perMonth = apportion(
        perRegion[ri],
        MONTH_WEIGHTS.map((w) => w * (0.85 + 0.3 * rng.next())),
      );
      const candidates =
        (bucket.level === 'republican' ? catalog.republican : catalog.regional.get(profile.code))?.get(bucket.channel) ?? [];
      if (perRegion[ri] > 0 && candidates.length === 0) {
        throw new Error(`no ${bucket.level} ${bucket.channel} outlet for ${profile.code}`);
      }
      perMonth.forEach((count, mi) => {
        for (let k = 0; k < count; k++) {
          materials.push(
            makeMaterial(
              rng,
              bucket,
              profile,
              mi + 1,
              rng.weighted(candidates, (o) => o.def.weight),
            ),
          );
        }
      });
    });
  }

  materials.sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : 0));
  // URLs are numbered per outlet in publication order, as a site would number them.
  const urlRng = createRng(SEED + 1);
  const seqByOutlet = new Map<number, number>();
  for (const m of materials) {
    const seq = (seqByOutlet.get(m.outletIndex) ?? 1000) + 1;
    seqByOutlet.set(m.outletIndex, seq);
    m.url = materialUrl(urlRng, catalog.defs[m.outletIndex], m.outletIndex, seq, m.language);
  }
  const { mediaPlans, mediaPlanItems } = buildMediaPlans({
    rng: createRng(SEED + 2),
    regions: regions2020,
    outlets: catalog.outlets,
    rubrics: catalog.rubrics,
    materials,
    approverName: users.find((u) => u.role === 'approver')?.fullName ?? '',
  });
  return { users, outlets: catalog.outlets, rubrics: catalog.rubrics, materials, mediaPlans, mediaPlanItems };
}

function makeMaterial(rng: Rng, bucket: Bucket, profile: RegionProfile, month: number, outlet: IndexedOutlet): DemoMaterial {
  const channel = bucket.channel;
  const eligibleRubrics = outlet.rubrics.filter(
    (r) => r.def.specialProjectCode === null || !NEW_PROJECTS.includes(r.def.specialProjectCode) || month === 12,
  );
  const rubric = eligibleRubrics.length > 0 && rng.chance(RUBRIC_SHARE[channel]) ? rng.pick(eligibleRubrics) : null;

  let format = pickWeighted(rng, FORMAT_WEIGHTS[channel]);
  if (rubric && channel === 'tv' && rng.chance(0.75)) format = 'tv_program';

  let specialProjectCode: string | null = rubric?.def.specialProjectCode ?? null;
  // The four projects start in 2021: only their announcement shows up, at the very end of 2020.
  const announcing = month === 12 ? 0.04 : month === 11 ? 0.015 : 0;
  if (specialProjectCode === null && rng.chance(announcing)) specialProjectCode = rng.pick(NEW_PROJECTS);
  else if (specialProjectCode === null && rng.chance(0.33)) specialProjectCode = pickWeighted(rng, OLD_PROJECT_WEIGHTS);
  const directionCode = specialProjectCode
    ? (PROJECT_DIRECTION.get(specialProjectCode) ?? null)
    : rng.chance(0.93)
      ? pickWeighted(rng, DIRECTION_WEIGHTS)
      : null;

  const language = chooseLanguage(rng, outlet.def, profile);
  const targetAudienceCodes = chooseAudiences(rng, channel, language);
  const publishedOn = publicationDay(rng, month, channel);
  const title = makeTitle(rng, {
    language,
    format,
    month,
    topic: specialProjectCode ?? directionCode ?? 'programme',
    // The centre gets more of the news than any one district.
    place: rng.chance(0.45) ? profile.places[0] : rng.pick(profile.places),
    site: rng.pick(profile.sites),
    rubric: rubric?.def.name ?? null,
    polyethnic: targetAudienceCodes.includes('ethnic-groups') || (language === 'ru' && rng.chance(0.3)),
  });

  return {
    regionCode: profile.code,
    outletIndex: outlet.index,
    rubricIndex: rubric?.index ?? null,
    channel,
    mediaLevel: bucket.level,
    language,
    format,
    title,
    url: null,
    publishedOn,
    directionCode,
    specialProjectCode,
    targetAudienceCodes,
    mediaPlanItemIndex: null,
    ...reachFigures(rng, channel, bucket.level, format),
    reach: channel === 'print' ? outlet.def.circulation : null,
    createdByLogin: rpoLogin(profile.code),
    createdAt: loggedAt(rng, publishedOn),
  };
}
