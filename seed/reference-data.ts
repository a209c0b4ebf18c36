import type { RegionKind } from '../contracts/codes';

export interface RegionDef {
  code: string;
  kind: RegionKind;
  kato: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  activeFrom: string;
}

export interface DirectionDef {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export interface SpecialProjectDef extends DirectionDef {
  directionCode: string;
  introducedIn: number | null;
}

export interface TargetAudienceDef extends DirectionDef {
  methodsKk: string;
  methodsRu: string;
}

const FIRST_OFFICES = '2017-01-01';
const REGIONS_OF_2022 = '2022-06-08';

const region = (
  code: string,
  kind: RegionKind,
  kato: string,
  nameKk: string,
  nameRu: string,
  nameEn: string,
  activeFrom: string = FIRST_OFFICES,
): RegionDef => ({ code, kind, kato, nameKk, nameRu, nameEn, activeFrom });

/** The 17 regions with a project office in 2020 (guide: 14 oblasts and 3 cities). */
export const REGIONS_2020: readonly RegionDef[] = [
  region('akmola', 'oblast', '11', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'),
  region('aktobe', 'oblast', '15', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'),
  region('almaty-region', 'oblast', '19', 'Алматы облысы', 'Алматинская область', 'Almaty Region'),
  region('atyrau', 'oblast', '23', 'Атырау облысы', 'Атырауская область', 'Atyrau Region'),
  region('west-kazakhstan', 'oblast', '27', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'),
  region('zhambyl', 'oblast', '31', 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region'),
  region('karaganda', 'oblast', '35', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'),
  region('kostanay', 'oblast', '39', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'),
  region('kyzylorda', 'oblast', '43', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'),
  region('mangystau', 'oblast', '47', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'),
  region('pavlodar', 'oblast', '55', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'),
  region('north-kazakhstan', 'oblast', '59', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'),
  region('turkistan', 'oblast', '61', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region'),
  region('east-kazakhstan', 'oblast', '63', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'),
  // Renamed Astana in 2022; the code stays so that links, logins and reports keep working.
  region('nur-sultan', 'city', '71', 'Астана қаласы', 'город Астана', 'Astana city'),
  region('almaty', 'city', '75', 'Алматы қаласы', 'город Алматы', 'Almaty city'),
  region('shymkent', 'city', '79', 'Шымкент қаласы', 'город Шымкент', 'Shymkent city'),
];

export const REGIONS_ADDED_2022: readonly RegionDef[] = [
  region('abai', 'oblast', '10', 'Абай облысы', 'Абайская область', 'Abai Region', REGIONS_OF_2022),
  region('zhetisu', 'oblast', '33', 'Жетісу облысы', 'Жетысуская область', 'Zhetisu Region', REGIONS_OF_2022),
  region('ulytau', 'oblast', '62', 'Ұлытау облысы', 'Улытауская область', 'Ulytau Region', REGIONS_OF_2022),
];

export const ALL_REGIONS: readonly RegionDef[] = [...REGIONS_2020, ...REGIONS_ADDED_2022];

export const DIRECTIONS: readonly DirectionDef[] = [
  { code: 'personal-development', nameKk: 'Тұлғалық даму', nameRu: 'Личностное развитие', nameEn: 'Personal development' },
  { code: 'united-nation', nameKk: 'Біртұтас ұлтты қалыптастыру', nameRu: 'Формирование единой нации', nameEn: 'Forming a united nation' },
  {
    code: 'state-and-society',
    nameKk: 'Мемлекетті, азаматтық қоғамды және жергілікті қоғамдастықты дамыту',
    nameRu: 'Развитие государства, гражданского общества и местного сообщества',
    nameEn: 'Developing the state, civil society and local communities',
  },
];

export const SPECIAL_PROJECTS: readonly SpecialProjectDef[] = [
  // Туған жер is about supporting one's home district: the local-community direction.
  {
    code: 'tugan-zher',
    directionCode: 'state-and-society',
    introducedIn: null,
    nameKk: 'Туған жер',
    nameRu: 'Туған жер (Родная земля)',
    nameEn: 'Native land',
  },
  {
    code: 'sacred-geography',
    directionCode: 'united-nation',
    introducedIn: null,
    nameKk: 'Сакралды география',
    nameRu: 'Сакральная география',
    nameEn: 'Sacred geography',
  },
  {
    code: '100-new-faces',
    directionCode: 'personal-development',
    introducedIn: null,
    nameKk: '100 жаңа есім',
    nameRu: '100 новых лиц',
    nameEn: '100 new faces',
  },
  {
    code: 'legal-culture',
    directionCode: 'state-and-society',
    introducedIn: 2021,
    nameKk: 'Құқықтық мәдениет',
    nameRu: 'Құқықтық мәдениет (Правовая культура)',
    nameEn: 'Legal culture',
  },
  {
    code: 'labour',
    directionCode: 'personal-development',
    introducedIn: 2021,
    nameKk: 'Еңбек – елдің мұраты',
    nameRu: 'Еңбек – елдің мұраты (Труд – стремление народа)',
    nameEn: "Labour is the nation's aim",
  },
  {
    code: 'traditions',
    directionCode: 'united-nation',
    introducedIn: 2021,
    nameKk: 'Дәстүр мен ғұрып',
    nameRu: 'Дәстүр мен ғұрып (Традиции и обычаи)',
    nameEn: 'Traditions and customs',
  },
  {
    code: 'thrift',
    directionCode: 'personal-development',
    introducedIn: 2021,
    nameKk: 'Үнем – қоғам қуаты',
    nameRu: 'Үнем – қоғам қуаты (Бережливость – сила общества)',
    nameEn: "Thrift is society's strength",
  },
];

export const TARGET_AUDIENCES: readonly TargetAudienceDef[] = [
  {
    code: 'youth-16-29',
    nameKk: 'Жастар (16-29 жас)',
    nameRu: 'Молодежь (16-29 лет)',
    nameEn: 'Youth (16-29)',
    methodsKk: 'Тақырыпты кино және көркем әдебиет туындылары арқылы ұсыну; интернет-кеңістік',
    methodsRu: 'Подача темы через кино и художественную литературу; интернет-пространство',
  },
  {
    code: 'adults-30-59',
    nameKk: '30-59 жас ұрпақ',
    nameRu: 'Поколение 30-59 лет',
    nameEn: 'Adults (30-59)',
    methodsKk: 'Отандық кино; вирустық бейнероликтер; ықпал етудің жұмсақ формасы (nudge)',
    methodsRu: 'Отечественное кино; вирусные ролики; мягкая форма влияния (nudge)',
  },
  {
    code: 'seniors-60-plus',
    nameKk: 'Аға буын (60 жастан жоғары)',
    nameRu: 'Старшее поколение (старше 60 лет)',
    nameEn: 'Seniors (60+)',
    methodsKk: 'Ықпал ету агенттері ретінде жұмысқа тарту',
    methodsRu: 'Привлечение к работе в качестве агентов влияния',
  },
  {
    code: 'internet-users',
    nameKk: 'Интернет қолданушылары',
    nameRu: 'Пользователи Интернета',
    nameEn: 'Internet users',
    methodsKk: 'SMM',
    methodsRu: 'SMM',
  },
  {
    code: 'ethnic-groups',
    nameKk: 'Орыстар және басқа этникалық топтардың өкілдері',
    nameRu: 'Русские и представители других этнических групп',
    nameEn: 'Russians and other ethnic groups',
    methodsKk: 'Барлық этникалық топтардың маңыздылығын белгілеу; интернационалдық контентті қалыптастыру',
    methodsRu: 'Обозначение значимости всех этнических групп; интернациональный контент',
  },
];
