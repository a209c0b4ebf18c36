import type { Channel, Format } from '../contracts/codes';
import type { Place, RegionProfile, Site } from './catalog-types';
import type { DemoMaterial, DemoOutlet, DemoRubric } from './demo-data';
import { Rng, apportion } from './prng';
import { REGIONS_2020, SPECIAL_PROJECTS } from './reference-data';

export type MediaPlanStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export type PlanChannel = Exclude<Channel, 'radio'>;

export interface DemoMediaPlan {
  regionCode: string | null;
  year: number;
  title: string;
  status: MediaPlanStatus;
  submittedAt: string | null;
  submittedByLogin: string | null;
  approvedAt: string | null;
  approvedByLogin: string | null;
  returnComment: string | null;
}

export interface DemoMediaPlanItem {
  planIndex: number;
  topic: string;
  format: Format;
  channel: PlanChannel;
  outletIndex: number | null;
  rubricIndex: number | null;
  directionCode: string;
  specialProjectCode: string | null;
  targetAudienceCodes: string[];
  plannedQuarter: number;
  plannedMonth: number | null;
  plannedCount: number;
  responsible: string;
  notes: string | null;
}

export interface MediaPlanInput {
  rng: Rng;
  regions: readonly RegionProfile[];
  outlets: readonly DemoOutlet[];
  rubrics: readonly DemoRubric[];
  /** Sorted 2020 materials; the plan items they fulfil are written into `mediaPlanItemIndex`. */
  materials: DemoMaterial[];
  approverName: string;
}

export const PLAN_FORMATS: Record<PlanChannel, readonly Format[]> = {
  tv: ['video_story', 'tv_program', 'interview'],
  print: ['article', 'interview', 'commentary', 'infographic'],
  internet: ['article', 'infographic', 'video'],
  social: ['post', 'video', 'live_stream'],
};
const FORMAT_WEIGHTS: Record<PlanChannel, readonly number[]> = {
  tv: [0.5, 0.3, 0.2],
  print: [0.55, 0.2, 0.15, 0.1],
  internet: [0.6, 0.2, 0.2],
  social: [0.6, 0.25, 0.15],
};
const AUDIENCE_WEIGHTS: Record<PlanChannel, [string, number][]> = {
  tv: [
    ['youth-16-29', 2],
    ['adults-30-59', 4],
    ['seniors-60-plus', 3],
    ['ethnic-groups', 1.5],
  ],
  print: [
    ['youth-16-29', 1],
    ['adults-30-59', 4],
    ['seniors-60-plus', 3.5],
    ['ethnic-groups', 1.5],
  ],
  internet: [
    ['youth-16-29', 3],
    ['adults-30-59', 2],
    ['seniors-60-plus', 0.5],
    ['internet-users', 3.5],
    ['ethnic-groups', 1],
  ],
  social: [
    ['youth-16-29', 4],
    ['adults-30-59', 1.5],
    ['seniors-60-plus', 0.3],
    ['internet-users', 4],
    ['ethnic-groups', 1],
  ],
};

/*
 * Plan versus fact in 2020 (a demo story, not reported figures). `planned` is the plan's total as a share of the
 * region's 2020 materials in its own outlets, `pace` the share of each item's count that got linked materials.
 * Ahead (over 100%): North Kazakhstan, Kyzylorda, Pavlodar and Nur-Sultan planned modestly and logged most of their
 * work against the plan (110-120%). Behind (55-65%): Almaty, Turkistan, Mangystau, Atyrau and West Kazakhstan
 * planned 75-90% of their output, lost spring events to the lockdown and left some autumn items unstarted. The others
 * are on track at 80-97%, the republican plan at about 90%. Materials in republican outlets fulfil the republican
 * plan only; those in regional outlets, their own region's plan.
 */
const PACE_2020: Record<string, { planned: number; pace: number }> = {
  'north-kazakhstan': { planned: 0.52, pace: 1.22 },
  kyzylorda: { planned: 0.5, pace: 1.15 },
  pavlodar: { planned: 0.55, pace: 1.12 },
  'nur-sultan': { planned: 0.48, pace: 1.1 },
  akmola: { planned: 0.6, pace: 0.95 },
  kostanay: { planned: 0.6, pace: 0.95 },
  aktobe: { planned: 0.62, pace: 0.92 },
  zhambyl: { planned: 0.58, pace: 0.9 },
  shymkent: { planned: 0.62, pace: 0.9 },
  karaganda: { planned: 0.65, pace: 0.88 },
  'east-kazakhstan': { planned: 0.66, pace: 0.85 },
  'almaty-region': { planned: 0.7, pace: 0.82 },
  'west-kazakhstan': { planned: 0.75, pace: 0.7 },
  atyrau: { planned: 0.78, pace: 0.66 },
  mangystau: { planned: 0.8, pace: 0.62 },
  turkistan: { planned: 0.88, pace: 0.64 },
  almaty: { planned: 0.85, pace: 0.56 },
};
const REPUBLICAN_PACE = { planned: 0.6, pace: 0.95 };

interface TopicDef {
  kk: string;
  ru: string;
  direction: string;
  project: string | null;
  audience: string | null;
  year: number | null;
}

const PROJECT_DIRECTION = new Map(SPECIAL_PROJECTS.map((sp) => [sp.code, sp.directionCode]));
const byProject = (project: string, kk: string, ru: string, year: number | null = null): TopicDef => ({
  kk,
  ru,
  direction: PROJECT_DIRECTION.get(project) ?? 'united-nation',
  project,
  audience: null,
  year,
});
const byDirection = (direction: string, kk: string, ru: string, audience: string | null = null, year: number | null = null): TopicDef => ({
  kk,
  ru,
  direction,
  project: null,
  audience,
  year,
});

// {place} and {site} take the region's own names.
const TOPICS: readonly TopicDef[] = [
  byProject('tugan-zher', 'Туған жер: жерлестердің демеушілік жобалары', 'Туған жер: меценаты и земляки — родному краю'),
  byProject('tugan-zher', '{place}: туған жерге тағзым', 'Малая родина — {place}: люди и дела'),
  byProject('tugan-zher', 'Ауылға қолдау: «Туған жер» аясындағы игі істер', 'Помощь селу: добрые дела в рамках «Туған жер»'),
  byProject('sacred-geography', 'Киелі мекен: {site}', 'Сакральная география: {site}'),
  byProject('sacred-geography', 'Өлкенің киелі орындарының картасы', 'Карта сакральных мест региона'),
  byProject('sacred-geography', 'Киелі нысандарға туристік бағыттар', 'Туристические маршруты к сакральным объектам'),
  byProject('100-new-faces', '100 жаңа есім: өңірдің жаңа тұлғалары', '100 новых лиц: истории успеха земляков'),
  byProject('100-new-faces', 'Жаңа есімдер: жас кәсіпкерлер мен еріктілер', 'Новые лица: молодые предприниматели и волонтеры'),
  byDirection('personal-development', 'Оқитын ұлт: кітап оқу мәдениеті', 'Читающая нация: культура чтения', 'youth-16-29'),
  byDirection('personal-development', 'Цифрлық сауаттылық – заман талабы', 'Цифровая грамотность — требование времени', 'internet-users'),
  byDirection('personal-development', 'Бәсекеге қабілеттілік және прагматизм', 'Конкурентоспособность и прагматизм'),
  byDirection('personal-development', 'Абай – 175: ұлы ойшылдың мұрасы', 'Абай — 175: наследие великого мыслителя', null, 2020),
  byDirection('personal-development', 'Әл-Фараби – 1150: Екінші ұстаз тағылымы', 'Аль-Фараби — 1150: уроки Второго учителя', null, 2020),
  byDirection(
    'united-nation',
    'Ұлттық құндылықтар: отбасы және ұрпақ сабақтастығы',
    'Национальные ценности: семья и преемственность поколений',
    'seniors-60-plus',
  ),
  byDirection(
    'united-nation',
    'Бірлік пен келісім: Қазақстан халқы Ассамблеясы',
    'Единство и согласие: Ассамблея народа Казахстана',
    'ethnic-groups',
  ),
  byDirection('united-nation', 'Мемлекеттік тіл – бірлік тілі', 'Государственный язык — язык единства', 'ethnic-groups'),
  byDirection('united-nation', 'Ұлттық кодты сақтау: тарих және тіл', 'Сохранение национального кода: история и язык'),
  byDirection('united-nation', 'Латын әліпбиіне көшу: жаңа емле', 'Переход на латиницу: новые правила письма'),
  byDirection(
    'united-nation',
    'Ұлы Жеңіске 75 жыл: майдангер жерлестер',
    '75 лет Великой Победы: земляки-фронтовики',
    'seniors-60-plus',
    2020,
  ),
  byDirection(
    'state-and-society',
    'Еріктілер мен жергілікті қоғамдастық: індет кезіндегі көмек',
    'Волонтеры и местное сообщество: помощь в пандемию',
    null,
    2020,
  ),
  byDirection('state-and-society', '«Рухани жаңғыру»: бағдарламаның үш жылы', '«Рухани жаңғыру»: итоги трех лет программы', null, 2020),
  byDirection('state-and-society', 'Эволюция, революция емес: сананың ашықтығы', 'Эволюция, а не революция: открытость сознания'),
  byDirection('state-and-society', 'Аға буын – ықпал ету агенттері', 'Старшее поколение — агенты влияния', 'seniors-60-plus'),
  byProject('legal-culture', 'Құқықтық мәдениет: заң және азамат', 'Правовая культура: закон и гражданин', 2021),
  byProject('labour', 'Еңбек – елдің мұраты: еңбек адамдары', 'Труд — стремление народа: люди труда', 2021),
  byProject('traditions', 'Дәстүр мен ғұрып: ұмытылған салттарды жаңғырту', 'Традиции и обычаи: возрождение забытых обрядов', 2021),
  byProject('thrift', 'Үнем – қоғам қуаты: ресурс үнемдеу', 'Бережливость — сила общества: экономия ресурсов', 2021),
  byDirection('united-nation', 'Тәуелсіздікке 30 жыл: өңір жетістіктері', '30 лет Независимости: достижения региона', null, 2021),
  byDirection(
    'state-and-society',
    'Ауыл әкімдерінің сайлауы: жергілікті өзін-өзі басқару',
    'Выборы сельских акимов: местное самоуправление',
    null,
    2021,
  ),
];

const NOTES: Record<'kk' | 'ru', readonly string[]> = {
  ru: [
    'Приоритет — отдаленные сельские районы',
    'Дублировать на русском языке для полиэтнической аудитории',
    'Повтор в эфире выходного дня для аудитории 60+',
    'С участием аксакалов как агентов влияния',
    'Формат адаптирован к режиму карантина',
    'Привлечь блогеров региона',
    'Совместно с управлением культуры',
  ],
  kk: [
    'Шалғай ауылдық аудандарға басымдық',
    'Аға буын өкілдерін тарту',
    'Жастар ресурстық орталығымен бірлесіп',
    'Карантин режиміне бейімделген формат',
    'Өңір блогерлерін тарту',
  ],
};
const DEPARTMENTS: Record<'kk' | 'ru', readonly string[]> = {
  ru: [
    'Управление внутренней политики',
    'Управление культуры, архивов и документации',
    'Управление по развитию языков',
    'Молодежный ресурсный центр',
  ],
  kk: ['Ішкі саясат басқармасы', 'Мәдениет, архивтер және құжаттама басқармасы', 'Тілдерді дамыту басқармасы', 'Жастар ресурстық орталығы'],
};
const MINISTRY: Record<'kk' | 'ru', readonly string[]> = {
  ru: ['Департамент информационной политики МИОР', 'Центр «Рухани жаңғыру»', 'Комитет по делам гражданского общества МИОР'],
  kk: ['АҚДМ Ақпараттық саясат департаменті', '«Рухани жаңғыру» орталығы', 'АҚДМ Азаматтық қоғам істері комитеті'],
};
const RETURN_COMMENTS: readonly string[] = [
  'Добавьте материалы для старшего поколения (60+)',
  'Мало позиций для русскоязычной и полиэтнической аудитории — добавьте материалы на русском языке',
  'Добавьте работу в отдаленных районах и показ роликов на наружных экранах',
  'План по телевидению ниже прошлогоднего факта — уточните количество',
];

const pad = (n: number): string => String(n).padStart(2, '0');
const quote = (name: string): string => (name.includes('«') ? name : `«${name}»`);

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d + days));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

const stamp = (rng: Rng, date: string): string => `${date}T${pad(rng.int(9, 18))}:${pad(rng.int(0, 59))}:00+06:00`;

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** First day the item's work can count from: its month, or its quarter. */
export function plannedStart(year: number, item: Pick<DemoMediaPlanItem, 'plannedQuarter' | 'plannedMonth'>): string {
  return `${year}-${pad(item.plannedMonth ?? item.plannedQuarter * 3 - 2)}-01`;
}

function regionGenitive(nameRu: string): string {
  if (nameRu.startsWith('город ')) return `города ${nameRu.slice('город '.length)}`;
  return nameRu.replace(/ая область$/, 'ой области');
}

interface PlanScope {
  lang: () => 'kk' | 'ru';
  places: readonly Place[];
  sites: readonly Site[];
  /** Outlets of the plan's level by kind, weighted by their 2020 output. */
  outlets: Map<Channel, [number, number][]>;
  people: readonly string[];
  departments: Record<'kk' | 'ru', readonly string[]>;
  channelWeights: [PlanChannel, number][];
}

class PlanBuilder {
  readonly plans: DemoMediaPlan[] = [];
  readonly items: DemoMediaPlanItem[] = [];
  private readonly rubricsByOutlet = new Map<number, number[]>();

  constructor(private readonly input: MediaPlanInput) {
    input.rubrics.forEach((r, i) => this.rubricsByOutlet.set(r.outletIndex, [...(this.rubricsByOutlet.get(r.outletIndex) ?? []), i]));
  }

  addPlan(plan: DemoMediaPlan): number {
    this.plans.push(plan);
    return this.plans.length - 1;
  }

  addItems(planIndex: number, year: number, scope: PlanScope, count: number): number[] {
    const { rng } = this.input;
    const topics = TOPICS.filter((t) => t.year === null || t.year === year);
    // New projects lead the 2021 plans; otherwise topics come in random order and repeat only in long plans.
    const order = [
      ...shuffled(
        rng,
        topics.filter((t) => t.year === year && t.project !== null),
      ),
      ...shuffled(
        rng,
        topics.filter((t) => t.year !== year || t.project === null),
      ),
    ];
    const channels: PlanChannel[] = ['tv', 'print', 'internet', 'social'];
    const indexes: number[] = [];
    for (let k = 0; k < count; k++) {
      const topic = order[k % order.length];
      const channel = k < channels.length ? channels[k] : rng.weighted(scope.channelWeights, ([, w]) => w)[0];
      indexes.push(this.items.length);
      this.items.push(this.makeItem(planIndex, scope, topic, channel));
    }
    return indexes;
  }

  private makeItem(planIndex: number, scope: PlanScope, topic: TopicDef, channel: PlanChannel): DemoMediaPlanItem {
    const { rng, outlets, rubrics } = this.input;
    const lang = scope.lang();
    const text = topic[lang].replace('{place}', rng.pick(scope.places)[lang]).replace('{site}', rng.pick(scope.sites)[lang]);
    const candidates = scope.outlets.get(channel) ?? [];
    const outletIndex = candidates.length > 0 && rng.chance(0.55) ? rng.weighted(candidates, ([, w]) => w)[0] : null;
    const fitting = (outletIndex === null ? [] : (this.rubricsByOutlet.get(outletIndex) ?? [])).filter((r) => {
      const project = rubrics[r].specialProjectCode;
      return project === null ? topic.project === null : project === topic.project;
    });
    const rubricIndex = fitting.length > 0 && rng.chance(0.5) ? rng.pick(fitting) : null;
    const formats = PLAN_FORMATS[channel];
    const format = rng.weighted(formats, (f) => FORMAT_WEIGHTS[channel][formats.indexOf(f)]);
    const weights = AUDIENCE_WEIGHTS[channel];
    const first = topic.audience ?? rng.weighted(weights, ([, w]) => w)[0];
    const targetAudienceCodes = rng.chance(0.5)
      ? [
          first,
          rng.weighted(
            weights.filter(([code]) => code !== first),
            ([, w]) => w,
          )[0],
        ]
      : [first];
    const plannedQuarter = rng.weighted([1, 2, 3, 4], (q) => (q === 1 ? 0.8 : 1));
    const plannedMonth = rng.chance(0.3) ? plannedQuarter * 3 - 3 + rng.int(1, 3) : null;
    const outlet = outletIndex === null ? null : outlets[outletIndex];
    let responsible: string;
    if (outlet && rng.chance(0.5)) responsible = editorialOffice(outlet, lang);
    else if (rng.chance(0.4)) responsible = rng.pick(scope.people);
    else responsible = rng.pick(scope.departments[lang]);
    return {
      planIndex,
      topic: text,
      format,
      channel,
      outletIndex,
      rubricIndex,
      directionCode: topic.direction,
      specialProjectCode: topic.project,
      targetAudienceCodes,
      plannedQuarter,
      plannedMonth,
      plannedCount: 1,
      responsible,
      notes: rng.chance(0.3) ? rng.pick(NOTES[lang]) : null,
    };
  }

  private eligible(item: DemoMediaPlanItem, m: DemoMaterial, start: string): boolean {
    return (
      m.channel === item.channel &&
      (item.outletIndex === null || m.outletIndex === item.outletIndex) &&
      m.publishedOn >= start &&
      (item.specialProjectCode === null || m.specialProjectCode === null || m.specialProjectCode === item.specialProjectCode)
    );
  }

  /** Sizes the items of a 2020 plan on what their outlets published, then links materials to them at `pace`. */
  fulfil(itemIndexes: number[], pool: number[], pace: { planned: number; pace: number }): void {
    const { rng, materials } = this.input;
    const items = itemIndexes.map((i) => this.items[i]);
    const starts = items.map((item) => plannedStart(2020, item));
    // A material that several items could use counts for each of them in part, so counts stay within what was published.
    const share = items.map(() => 0);
    const byChannel = new Map<Channel, number[]>();
    for (const mi of pool) byChannel.set(materials[mi].channel, [...(byChannel.get(materials[mi].channel) ?? []), mi]);
    for (const mi of pool) {
      const fits = items.flatMap((item, k) => (this.eligible(item, materials[mi], starts[k]) ? [k] : []));
      for (const k of fits) share[k] += 1 / fits.length;
    }
    const counts = apportion(
      Math.round(pool.length * pace.planned),
      share.map((s) => s * (0.7 + 0.6 * rng.next()) + 0.01),
    );
    items.forEach((item, k) => (item.plannedCount = Math.max(1, counts[k])));

    // Behind and on-track offices leave some autumn items unstarted.
    const zeroChance = pace.pace < 0.75 ? 0.25 : pace.pace < 1 ? 0.1 : 0;
    const order = items.map((_, k) => k).sort((a, b) => (starts[b] > starts[a] ? 1 : starts[b] < starts[a] ? -1 : a - b));
    for (const k of order) {
      const item = items[k];
      if (item.plannedQuarter >= 3 && rng.chance(zeroChance)) continue;
      const itemPace = pace.pace * (0.9 + 0.25 * rng.next());
      const wanted = Math.round(item.plannedCount * itemPace);
      const quarterEnd = `2020-${pad(item.plannedQuarter * 3)}-31`;
      const scored = (byChannel.get(item.channel) ?? [])
        .filter((mi) => materials[mi].mediaPlanItemIndex === null && this.eligible(item, materials[mi], starts[k]))
        .map((mi) => {
          const m = materials[mi];
          const score =
            (item.specialProjectCode !== null && m.specialProjectCode === item.specialProjectCode ? 3 : 0) +
            (item.rubricIndex !== null && m.rubricIndex === item.rubricIndex ? 2 : 0) +
            (m.directionCode === item.directionCode ? 1 : 0) +
            (m.publishedOn <= quarterEnd ? 2 : 0) +
            rng.next();
          return { mi, score };
        })
        .sort((a, b) => b.score - a.score);
      for (const { mi } of scored.slice(0, wanted)) materials[mi].mediaPlanItemIndex = itemIndexes[k];
      // Where the outlets published less than the count, the office had planned to what they could carry.
      if (scored.length < wanted) item.plannedCount = Math.max(1, Math.round(scored.length / itemPace));
    }
  }

  /** Plans of 2021 have no fact yet: counts follow the region's 2020 output. */
  size2021(itemIndexes: number[], output2020: number): void {
    const { rng } = this.input;
    const total = Math.round(output2020 * (0.5 + 0.3 * rng.next()) * Math.min(1, itemIndexes.length / 14));
    const counts = apportion(
      total,
      itemIndexes.map(() => 0.6 + 0.8 * rng.next()),
    );
    itemIndexes.forEach((i, k) => (this.items[i].plannedCount = Math.max(1, counts[k])));
  }
}

function editorialOffice(outlet: DemoOutlet, lang: 'kk' | 'ru'): string {
  const name = quote(outlet.name);
  if (lang === 'kk') {
    switch (outlet.kind) {
      case 'tv':
        return `${name} телеарнасы`;
      case 'print':
        return `${name} газетінің редакциясы`;
      case 'social':
        return 'Жобалық кеңсенің SMM тобы';
      default:
        return `${name} редакциясы`;
    }
  }
  switch (outlet.kind) {
    case 'tv':
      return `Телеканал ${name}`;
    case 'print':
      return `Редакция газеты ${name}`;
    case 'social':
      return 'SMM-группа проектного офиса';
    default:
      return `Редакция ${name}`;
  }
}

function outletsByKind(input: MediaPlanInput, pool: number[], regionCode: string | null): Map<Channel, [number, number][]> {
  const output = new Map<number, number>();
  for (const mi of pool) output.set(input.materials[mi].outletIndex, (output.get(input.materials[mi].outletIndex) ?? 0) + 1);
  const byKind = new Map<Channel, [number, number][]>();
  input.outlets.forEach((o, i) => {
    if (o.regionCode !== regionCode || !output.has(i)) return;
    byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), [i, output.get(i) ?? 0]]);
  });
  return byKind;
}

function channelWeights(input: MediaPlanInput, pool: number[]): [PlanChannel, number][] {
  return (['tv', 'print', 'internet', 'social'] as const).map((c) => [c, pool.filter((mi) => input.materials[mi].channel === c).length]);
}

/** The approved plans of 2020 with their fact, and the plans of 2021 in every state of the workflow. */
export function buildMediaPlans(input: MediaPlanInput): { mediaPlans: DemoMediaPlan[]; mediaPlanItems: DemoMediaPlanItem[] } {
  const { rng, regions, materials } = input;
  const builder = new PlanBuilder(input);
  const names = new Map(REGIONS_2020.map((r) => [r.code, r.nameRu]));
  const title = (regionCode: string | null, year: number): string =>
    regionCode === null
      ? `Единый республиканский тематический медиаплан на ${year} год`
      : `Тематический медиаплан ${regionGenitive(names.get(regionCode) ?? regionCode)} на ${year} год`;
  const pools = new Map(regions.map((r) => [r.code, [] as number[]]));
  const republicanPool: number[] = [];
  materials.forEach((m, i) => (m.mediaLevel === 'republican' ? republicanPool : (pools.get(m.regionCode) ?? [])).push(i));

  const scopes = regions.map((profile): PlanScope => {
    const pool = pools.get(profile.code) ?? [];
    return {
      lang: () => (rng.chance(profile.ruShare) ? 'ru' : 'kk'),
      places: profile.places,
      sites: profile.sites,
      outlets: outletsByKind(input, pool, profile.code),
      people: [`${profile.rpo.fullName}, РПО`],
      departments: DEPARTMENTS,
      channelWeights: channelWeights(input, pool),
    };
  });
  const republicanScope: PlanScope = {
    lang: () => (rng.chance(0.4) ? 'ru' : 'kk'),
    places: regions.map((r) => r.places[0]),
    sites: regions.flatMap((r) => r.sites),
    outlets: outletsByKind(input, republicanPool, null),
    people: [input.approverName],
    departments: MINISTRY,
    channelWeights: channelWeights(input, republicanPool),
  };

  regions.forEach((profile, ri) => {
    const pool = pools.get(profile.code) ?? [];
    const submitted = `2020-01-${pad(rng.int(10, 24))}`;
    const planIndex = builder.addPlan({
      regionCode: profile.code,
      year: 2020,
      title: title(profile.code, 2020),
      status: 'approved',
      submittedAt: stamp(rng, submitted),
      submittedByLogin: `rpo-${profile.code}`,
      approvedAt: stamp(rng, shiftDate(submitted, rng.int(2, 6))),
      approvedByLogin: 'approver',
      returnComment: null,
    });
    const count = Math.min(20, Math.max(8, Math.round(pool.length / 30) + rng.int(-2, 2)));
    builder.fulfil(builder.addItems(planIndex, 2020, scopes[ri], count), pool, PACE_2020[profile.code] ?? REPUBLICAN_PACE);
  });
  const republican2020 = builder.addPlan({
    regionCode: null,
    year: 2020,
    title: title(null, 2020),
    status: 'approved',
    submittedAt: stamp(rng, '2020-01-28'),
    submittedByLogin: 'approver',
    approvedAt: stamp(rng, '2020-02-03'),
    approvedByLogin: 'approver',
    returnComment: null,
  });
  builder.fulfil(builder.addItems(republican2020, 2020, republicanScope, 20), republicanPool, REPUBLICAN_PACE);

  const statuses = shuffled(
    rng,
    regions.map((_, i): MediaPlanStatus => (['approved', 'submitted', 'returned', 'draft'] as const)[i % 4]),
  );
  let returned = 0;
  regions.forEach((profile, ri) => {
    const status = statuses[ri];
    const submitted = shiftDate('2020-12-14', rng.int(0, 30));
    const planIndex = builder.addPlan({
      regionCode: profile.code,
      year: 2021,
      title: title(profile.code, 2021),
      status,
      submittedAt: status === 'draft' ? null : stamp(rng, submitted),
      submittedByLogin: status === 'draft' ? null : `rpo-${profile.code}`,
      approvedAt: status === 'approved' ? stamp(rng, shiftDate(submitted, rng.int(2, 6))) : null,
      approvedByLogin: status === 'approved' ? 'approver' : null,
      returnComment: status === 'returned' ? RETURN_COMMENTS[returned++ % RETURN_COMMENTS.length] : null,
    });
    const count = status === 'draft' ? rng.int(3, 7) : rng.int(6, 12);
    builder.size2021(builder.addItems(planIndex, 2021, scopes[ri], count), pools.get(profile.code)?.length ?? 0);
  });
  const republican2021 = builder.addPlan({
    regionCode: null,
    year: 2021,
    title: title(null, 2021),
    status: 'submitted',
    submittedAt: stamp(rng, '2021-01-20'),
    submittedByLogin: 'approver',
    approvedAt: null,
    approvedByLogin: null,
    returnComment: null,
  });
  builder.size2021(builder.addItems(republican2021, 2021, republicanScope, 12), republicanPool.length);

  return { mediaPlans: builder.plans, mediaPlanItems: builder.items };
}
