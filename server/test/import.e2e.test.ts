import http from 'node:http';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import request from 'supertest';
import { CODE_LABELS } from '../../contracts/code-labels';
import { FORMATS, LANGUAGES, type Locale, LOCALES } from '../../contracts/codes';
import { IMPORT_MESSAGES, Said } from '../src/imports/import-messages';
import { startTestApp, TestApp } from './support/test-app';
import { api, tokenFor } from './support/http';

interface ImportAnswer {
  dryRun: boolean;
  rows: number;
  created: number;
  toCreate: number;
  skippedDuplicates: number;
  errorCount: number;
  errors: { row: number; column: string; message: string }[];
  duplicates: { row: number; reason: string }[];
  importId?: number;
}

const ru = IMPORT_MESSAGES.ru;
const kk = IMPORT_MESSAGES.kk;

/** A duplicate as the answer lists it: the message as its reason, with the code and parameters the UI translates. */
const asDuplicate = ({ message, code, params }: Said) => ({ reason: message, code, params });

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Лист1').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (rows: string[][], separator: ',' | ';', bom = false): Buffer =>
  Buffer.from(
    `${bom ? '\uFEFF' : ''}${rows.map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(separator)).join('\r\n')}\r\n`,
  );

describe('importing materials', () => {
  let app: TestApp;
  let db: Client;
  let tokens: Record<'rpo' | 'rpoKk' | 'admin' | 'analyst' | 'approver', string>;
  let own: number;

  const upload = (token: string, name: string, body: Buffer, query = '') =>
    request(app.url).post(`/api/materials/import${query}`).set('Authorization', `Bearer ${token}`).attach('file', body, name);
  const imported = async (token: string, name: string, body: Buffer, query = ''): Promise<ImportAnswer> =>
    (await upload(token, name, body, query).expect(200)).body;
  const materialCount = async (): Promise<number> => (await db.query('SELECT count(*)::int AS n FROM materials')).rows[0].n;
  const national = async (): Promise<number> =>
    (await api(app, tokens.admin).get('/api/rollups/national?from=2000-01-01&to=2100-12-31').expect(200)).body.total;

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    tokens = {
      rpo: await tokenFor(app, 'rpo-north-kazakhstan'),
      rpoKk: await tokenFor(app, 'rpo-aktobe'),
      admin: await tokenFor(app, 'admin'),
      analyst: await tokenFor(app, 'analyst'),
      approver: await tokenFor(app, 'approver'),
    };
    own = (await db.query(`SELECT id FROM regions WHERE code = 'north-kazakhstan'`)).rows[0].id;
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('creates materials from a semicolon CSV with a BOM, Russian headers and names, audited and linked to the import', async () => {
    const before = await national();
    const file = csv(
      [
        ['Заголовок', 'СМИ', 'Рубрика', 'Дата публикации', 'Язык', 'Формат', 'Ссылка', 'Спецпроект', 'Целевые аудитории', 'Просмотры'],
        [
          'Импорт: первый; с точкой с запятой',
          '  северный КАЗАХСТАН ',
          '',
          '05.03.2023',
          'Русский',
          'статья',
          'https://sk-news.kz/import-1',
          'Сакральная география',
          'Молодежь (16-29 лет); Пользователи Интернета',
          '1 200',
        ],
        ['Импорт: второй', 'Казахстанская правда', 'Сакральная география', '2023-03-06', 'ru', 'Интервью', '', '', '', ''],
      ],
      ';',
      true,
    );
    const answer = await imported(tokens.rpo, 'март.csv', file);
    expect(answer).toMatchObject({ dryRun: false, rows: 2, created: 2, skippedDuplicates: 0, errorCount: 0, errors: [], duplicates: [] });
    const { rows } = await db.query(
      `SELECT m.title, m.region_id, m.channel, m.media_level, m.language, m.format, m.views, m.published_on::text AS d, m.rubric_id, m.import_id, m.created_by_id,
              array(SELECT target_audience_id FROM material_target_audiences WHERE material_id = m.id ORDER BY 1) AS audiences
         FROM materials m WHERE m.import_id = $1 ORDER BY m.id`,
      [answer.importId],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      title: 'Импорт: первый; с точкой с запятой',
      region_id: own,
      channel: 'print',
      media_level: 'regional',
      language: 'ru',
      format: 'article',
      views: 1200,
      d: '2023-03-05',
    });
    expect(rows[0].audiences).toHaveLength(2);
    expect(rows[1]).toMatchObject({ media_level: 'republican', format: 'interview', rubric_id: expect.any(Number) });

    const event = await db.query(
      `SELECT e.action, e.resource, e.region_id, e.changes, e.comment, i.file_name, i.created FROM imports i JOIN audit_events e ON e.id = i.audit_event_id WHERE i.id = $1`,
      [answer.importId],
    );
    expect(event.rows[0]).toEqual({
      action: 'import',
      resource: 'materials',
      region_id: own,
      changes: { created: { before: 0, after: 2 } },
      comment: 'март.csv',
      file_name: 'март.csv',
      created: 2,
    });
    expect(await national()).toBe(before + 2);
  });

  it('reads an xlsx with Kazakh headers and names, date cells and ISO dates, and answers a Kazakh-speaking office in Kazakh', async () => {
    const file = await xlsx([
      ['Тақырыбы', 'БАҚ', 'Жарияланған күні', 'Тілі', 'Форматы', 'Сілтеме', 'Бағыты'],
      [
        'Ақтөбе импорты 1',
        'Aqtóbe',
        new Date(Date.UTC(2023, 3, 10)),
        'Қазақ тілі',
        'Мақала',
        'https://aqtobe.tv/imp-1',
        'Біртұтас ұлтты қалыптастыру',
      ],
      ['Ақтөбе импорты 2', 'aqtóbe', '2023-04-11', 'kk', 'Бейнесюжет', 'https://aqtobe.tv/imp-2', ''],
    ]);
    const answer = await imported(tokens.rpoKk, 'aqtobe.xlsx', file);
    expect(answer).toMatchObject({ rows: 2, created: 2, errors: [] });
    const { rows } = await db.query(
      `SELECT published_on::text AS d, language, format, direction_id FROM materials WHERE import_id = $1 ORDER BY id`,
      [answer.importId],
    );
    expect(rows.map((r) => r.d)).toEqual(['2023-04-10', '2023-04-11']);
    expect(rows[1]).toMatchObject({ language: 'kk', format: 'video_story' });

    // Excel writes a carriage return inside a cell as _x000D_ (and a literal _x as _x005F_x): the stored text is as typed.
    const escaped = await imported(
      tokens.rpoKk,
      'aqtobe.xlsx',
      await xlsx([
        ['Тақырыбы', 'БАҚ', 'Жарияланған күні', 'Тілі', 'Форматы', 'Ескертпе'],
        ['Ақтөбе_x005F_x импорты 3', 'Aqtóbe', '2023-04-12', 'kk', 'Мақала', 'Жол 1_x000D_\nжол 2'],
      ]),
    );
    expect((await db.query('SELECT title, notes FROM materials WHERE import_id = $1', [escaped.importId])).rows).toEqual([
      { title: 'Ақтөбе_x импорты 3', notes: 'Жол 1\r\nжол 2' },
    ]);

    const bad = await imported(
      tokens.rpoKk,
      'aqtobe.xlsx',
      await xlsx([
        ['Тақырыбы', 'БАҚ', 'Жарияланған күні', 'Тілі', 'Форматы'],
        ['X', 'Aqtóbe', '31.02.2020', 'kk', 'Мақала'],
      ]),
    );
    expect(bad.errors).toEqual([{ row: 2, column: 'Жарияланған күні', ...kk.badDate }]);
  });

  it("takes every language's and format's code or label in kk, ru or en, today's synonyms, in any case and spacing", async () => {
    const variants = <C extends string>(
      codes: readonly C[],
      labels: (locale: Locale) => Record<C, string>,
      synonyms: [string, C][],
    ): [string, C][] => [
      ...codes.map((code): [string, C] => [code, code]),
      ...LOCALES.flatMap((locale) => codes.map((code): [string, C] => [labels(locale)[code], code])),
      ...synonyms,
    ];
    const languages = variants(LANGUAGES, (l) => CODE_LABELS[l].language, [
      ['Двуязычный', 'kk_ru'],
      ['Екі тілде', 'kk_ru'],
    ]);
    const formats = variants(FORMATS, (l) => CODE_LABELS[l].format, [
      ['Телепрограмма', 'tv_program'],
      ['Радиопрограмма', 'radio_program'],
    ]);
    /** Every other value as someone might type it: in capitals, with spaces around and between words. */
    const typed = (value: string, i: number) => (i % 2 ? `  ${value.toUpperCase().replace(/ /g, '   ')} ` : value);
    const rows = [
      ...languages.map(([value, code], i) => ({
        language: typed(value, i),
        format: 'article',
        expected: { language: code, format: 'article' },
      })),
      ...formats.map(([value, code], i) => ({ language: 'ru', format: typed(value, i), expected: { language: 'ru', format: code } })),
    ];
    const answer = await imported(
      tokens.rpo,
      'words.csv',
      csv(
        [
          ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат'],
          ...rows.map((r, i) => [`Словарь ${i}`, 'Северный Казахстан', '03.07.2023', r.language, r.format]),
        ],
        ';',
      ),
    );
    expect(answer).toMatchObject({ rows: rows.length, created: rows.length, errors: [] });
    const stored = await db.query('SELECT language, format FROM materials WHERE import_id = $1 ORDER BY id', [answer.importId]);
    expect(stored.rows).toEqual(rows.map((r) => r.expected));
  });

  it('refuses an unknown label naming its row and column, and lists the accepted values in the user language', async () => {
    const answer = await imported(
      tokens.rpoKk,
      'unknown.csv',
      csv(
        [
          ['Тақырыбы', 'БАҚ', 'Жарияланған күні', 'Тілі', 'Форматы'],
          ['Белгісіз сөз', 'Aqtóbe', '03.07.2023', 'Клингон тілі', 'Мақала'],
        ],
        ';',
      ),
    );
    expect(answer.created).toBe(0);
    const allowed = LANGUAGES.map((code) => `${CODE_LABELS.kk.language[code]} (${code})`).join(', ');
    expect(answer.errors).toEqual([{ row: 2, column: 'Тілі', ...kk.notAllowed(allowed) }]);
    expect(answer.errors[0]).toMatchObject({ code: 'notAllowed', params: { allowed } });
  });

  it('takes a comma CSV without BOM, API field names in any order and case, ids, and quoted fields with commas and line breaks', async () => {
    const outlet = (await db.query(`SELECT id FROM outlets WHERE name = 'Северный Казахстан'`)).rows[0].id;
    const rubric = (await db.query('SELECT id FROM rubrics WHERE outlet_id = $1 LIMIT 1', [outlet])).rows[0].id;
    const audience = (await db.query(`SELECT id FROM target_audiences ORDER BY id LIMIT 1`)).rows[0].id;
    const file = csv(
      [
        ['PublishedOn', 'outletId', ' TITLE ', 'rubricId', 'language', 'format', 'targetAudienceIds', 'notes', 'region'],
        [
          '2023-05-02',
          String(outlet),
          'Заголовок, с запятой',
          String(rubric),
          'kk_ru',
          'post',
          `${audience}`,
          'Строка 1\nстрока 2',
          'north-kazakhstan',
        ],
      ],
      ',',
    );
    const answer = await imported(tokens.rpo, 'ids.csv', file);
    expect(answer).toMatchObject({ rows: 1, created: 1, errors: [] });
    const { rows } = await db.query('SELECT title, notes, rubric_id FROM materials WHERE import_id = $1', [answer.importId]);
    expect(rows[0]).toEqual({ title: 'Заголовок, с запятой', notes: 'Строка 1\nстрока 2', rubric_id: rubric });
  });

  it('lists every problem with its row, column and a message in the user language, and saves nothing when there is any', async () => {
    const count = await materialCount();
    const file = csv(
      [
        ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Ссылка', 'Просмотры', 'Цвет'],
        ['Хорошая строка', 'Северный Казахстан', '01.06.2023', 'ru', 'article', '', '', ''],
        ['Плохая дата', 'Северный Казахстан', '31.02.2020', 'ru', 'article', '', '', ''],
        ['Нет такого СМИ', 'Газета Которой Нет', '01.06.2023', 'ru', 'article', '', '', ''],
        ['Чужой регион', 'Акмолинская правда', '01.06.2023', 'ru', 'article', '', '', ''],
        ['', 'Северный Казахстан', '01.06.2023', 'суахили', 'article', 'ftp://x', '-5', ''],
        ['Слишком поздно', 'Северный Казахстан', '01.01.2101', 'ru', 'article', '', '', ''],
        ['Слишком рано', 'Северный Казахстан', '1999-12-31', 'ru', 'article', '', '', ''],
      ],
      ';',
    );
    const answer = await imported(tokens.rpo, 'errors.csv', file);
    expect(answer.created).toBe(0);
    expect(answer.importId).toBeUndefined();
    expect(answer.errors).toEqual([
      { row: 1, column: 'Цвет', ...ru.header.unknown('Цвет') },
      { row: 3, column: 'Дата публикации', ...ru.badDate },
      { row: 4, column: 'СМИ', ...ru.notFound('Газета Которой Нет') },
      { row: 5, column: 'СМИ', ...ru.outletOfOtherRegion('Акмолинская правда') },
      { row: 6, column: 'Заголовок', ...ru.required },
      {
        row: 6,
        column: 'Язык',
        message: expect.stringMatching(/^Допустимые значения: .*Русский \(ru\)/),
        code: 'notAllowed',
        params: { allowed: expect.any(String) },
      },
      { row: 6, column: 'Ссылка', ...ru.badUrl },
      { row: 6, column: 'Просмотры', ...ru.badCount },
      { row: 7, column: 'Дата публикации', ...ru.badDate },
      { row: 8, column: 'Дата публикации', ...ru.badDate },
    ]);
    expect(answer.errorCount).toBe(10);
    expect(await materialCount()).toBe(count);

    const missing = await imported(
      tokens.rpo,
      'missing.csv',
      csv(
        [
          ['Заголовок', 'Дата публикации', 'Язык', 'Формат'],
          ['x', '01.06.2023', 'ru', 'article'],
        ],
        ';',
      ),
    );
    expect(missing.errors).toEqual([{ row: 1, column: 'СМИ', ...ru.header.missing('СМИ') }]);
  });

  it('refuses rows of another region for an office, and needs a region per row from an administrator', async () => {
    const other = await imported(
      tokens.rpo,
      'r.csv',
      csv(
        [
          ['title', 'outlet', 'publishedOn', 'language', 'format', 'region'],
          ['x', 'Khabar', '2023-06-01', 'ru', 'video', 'aktobe'],
        ],
        ',',
      ),
    );
    expect(other.errors).toEqual([{ row: 2, column: 'region', ...ru.otherRegion }]);

    const noRegion = await imported(
      tokens.admin,
      'a.csv',
      csv(
        [
          ['title', 'outlet', 'publishedOn', 'language', 'format'],
          ['x', 'Khabar', '2023-06-01', 'ru', 'video'],
        ],
        ',',
      ),
    );
    expect(noRegion.errors).toEqual([{ row: 1, column: 'Регион', ...ru.header.missing('Регион') }]);

    const aktobe = (await db.query(`SELECT id FROM regions WHERE code = 'aktobe'`)).rows[0].id;
    const file = csv(
      [
        ['title', 'outlet', 'publishedOn', 'language', 'format', 'region'],
        ['Админ 1', 'Khabar', '2023-06-01', 'ru', 'video', 'Актюбинская область'],
        ['Админ 2', 'Khabar', '2023-06-02', 'ru', 'video', String(aktobe)],
        ['Админ 3', 'Aqtóbe', '2023-06-03', 'ru', 'video', 'aktobe'],
        ['Админ 4', 'Aqtóbe', '2023-06-03', 'ru', 'video', 'north-kazakhstan'],
      ],
      ',',
    );
    const answer = await imported(tokens.admin, 'admin.csv', file);
    expect(answer.errors).toEqual([{ row: 5, column: 'outlet', ...ru.outletOfOtherRegion('Aqtóbe') }]);
    const fixed = await imported(
      tokens.admin,
      'admin.csv',
      csv(
        [
          ['title', 'outlet', 'publishedOn', 'language', 'format', 'region'],
          ['Админ 1', 'Khabar', '2023-06-01', 'ru', 'video', 'Актюбинская область'],
          ['Админ 3', 'Aqtóbe', '2023-06-03', 'ru', 'video', 'aktobe'],
        ],
        ',',
      ),
    );
    expect(fixed.created).toBe(2);
    const regions = await db.query('SELECT DISTINCT region_id FROM materials WHERE import_id = $1', [fixed.importId]);
    expect(regions.rows).toEqual([{ region_id: aktobe }]);
  });

  it('skips duplicates inside the file and of stored materials of any region, never saving one twice', async () => {
    const stored = (
      await db.query(
        `SELECT m.title, o.name AS outlet, to_char(m.published_on, 'DD.MM.YYYY') AS d FROM materials m JOIN outlets o ON o.id = m.outlet_id
          WHERE o.level = 'republican' AND m.region_id <> $1 ORDER BY m.id LIMIT 1`,
        [own],
      )
    ).rows[0];
    const file = csv(
      [
        ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Ссылка'],
        ['Дубль А', 'Северный Казахстан', '10.07.2023', 'ru', 'article', 'https://sk-news.kz/dup-a'],
        ['Другой заголовок', 'Северный Казахстан', '11.07.2023', 'ru', 'article', 'https://sk-news.kz/dup-a'],
        ['ДУБЛЬ а', 'северный казахстан', '10.07.2023', 'ru', 'article', ''],
        [stored.title.toUpperCase(), stored.outlet, stored.d, 'ru', 'article', ''],
        ['Новый', 'Северный Казахстан', '12.07.2023', 'ru', 'article', ''],
      ],
      ';',
    );
    const dry = await imported(tokens.rpo, 'dup.csv', file, '?dryRun=true');
    expect(dry).toMatchObject({ dryRun: true, created: 0, toCreate: 2, skippedDuplicates: 3 });
    expect(dry.duplicates).toEqual([
      { row: 3, ...asDuplicate(ru.duplicateInFile(2)) },
      { row: 4, ...asDuplicate(ru.duplicateInFile(2)) },
      { row: 5, ...asDuplicate(ru.duplicateStored) },
    ]);
    const first = await imported(tokens.rpo, 'dup.csv', file);
    expect(first).toMatchObject({ created: 2, skippedDuplicates: 3 });
    const again = await imported(tokens.rpo, 'dup.csv', file);
    expect(again).toMatchObject({ created: 0, skippedDuplicates: 5 });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM materials WHERE url = 'https://sk-news.kz/dup-a'`);
    expect(rows[0].n).toBe(1);

    // More uploads at once than the API has database connections: one saves, the others find its rows.
    const rush = csv(
      [
        ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Ссылка'],
        ['Одновременно', 'Северный Казахстан', '13.07.2023', 'ru', 'article', 'https://sk-news.kz/rush'],
      ],
      ';',
    );
    const answers = await Promise.all(Array.from({ length: 12 }, () => imported(tokens.rpo, 'rush.csv', rush)));
    expect(answers.map((a) => a.created).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect((await db.query(`SELECT count(*)::int AS n FROM materials WHERE url = 'https://sk-news.kz/rush'`)).rows[0].n).toBe(1);
  });

  it('refuses rows dated in a closed quarter', async () => {
    await api(app, tokens.rpo).post('/api/quarters/submit', { year: 2022, quarter: 3 }).expect(200);
    await api(app, tokens.approver).post('/api/quarters/approve', { regionId: own, year: 2022, quarter: 3 }).expect(200);
    const count = await materialCount();
    const file = csv(
      [
        ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат'],
        ['Открытый квартал', 'Северный Казахстан', '01.10.2022', 'ru', 'article'],
        ['Закрытый квартал', 'Северный Казахстан', '15.08.2022', 'ru', 'article'],
      ],
      ';',
    );
    const answer = await imported(tokens.rpo, 'closed.csv', file);
    expect(answer.errors).toEqual([{ row: 3, column: 'Дата публикации', ...ru.closedQuarter(3, 2022) }]);
    expect(await materialCount()).toBe(count);
  });

  it('checks a file of many batches as one: duplicates across batches, an error in the last row saves nothing, counters exact', async () => {
    const rows = (lastDate: string): string[][] => [
      ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Ссылка'],
      ...Array.from({ length: 25_000 }, (_, i) => {
        const day = `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 6) + 1}.2024`;
        if (i === 15_000) return ['Повтор по ссылке', 'Северный Казахстан', day, 'ru', 'article', 'https://sk-news.kz/batch/0'];
        if (i === 24_990) return ['пакет 3', 'Северный Казахстан', '04.04.2024', 'ru', 'article', ''];
        return [`Пакет ${i}`, 'Северный Казахстан', i === 24_999 ? lastDate : day, 'ru', 'article', `https://sk-news.kz/batch/${i}`];
      }),
    ];
    const counted = async (): Promise<{ raw: number; counters: number; imports: number }> =>
      (
        await db.query(
          `SELECT (SELECT count(*)::int FROM materials WHERE region_id = $1) AS raw,
                  (SELECT sum(n)::int FROM material_daily_counts WHERE region_id = $1) AS counters,
                  (SELECT count(*)::int FROM imports) AS imports`,
          [own],
        )
      ).rows[0];
    const before = await counted();
    const bad = await imported(tokens.rpo, 'batches.csv', csv(rows('31.02.2024'), ';'));
    expect(bad).toMatchObject({
      rows: 25_000,
      created: 0,
      errorCount: 1,
      errors: [{ row: 25_001, column: 'Дата публикации', ...ru.badDate }],
    });
    expect(await counted()).toEqual(before);

    const good = await imported(tokens.rpo, 'batches.csv', csv(rows('01.03.2024'), ';'));
    expect(good).toMatchObject({ rows: 25_000, created: 24_998, skippedDuplicates: 2, errorCount: 0 });
    expect(good.duplicates).toEqual([
      { row: 15_002, ...asDuplicate(ru.duplicateInFile(2)) },
      { row: 24_992, ...asDuplicate(ru.duplicateInFile(5)) },
    ]);
    const after = await counted();
    expect(after).toEqual({ raw: before.raw + 24_998, counters: before.counters + 24_998, imports: before.imports + 1 });
    expect((await db.query('SELECT count(*)::int AS n FROM materials WHERE import_id = $1', [good.importId])).rows[0].n).toBe(24_998);
  });

  it('leaves nothing behind when the upload is cut off after batches were inserted, and frees both of its connections', async () => {
    const head = [['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Ссылка']];
    const body = Array.from({ length: 60_000 }, (_, i) => [
      `Оборванный ${i}`,
      'Северный Казахстан',
      '02.05.2024',
      'ru',
      'article',
      `https://sk-news.kz/cut/${i}`,
    ]);
    const file = csv([...head, ...body], ';');
    const before = { count: await materialCount(), imports: (await db.query('SELECT count(*)::int AS n FROM imports')).rows[0].n };
    const boundary = 'cut-off-upload';
    const url = new URL('/api/materials/import', app.url);
    const req = http.request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.rpo}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    req.on('error', () => undefined);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\nContent-Type: text/csv\r\n\r\n`);
    req.write(file.subarray(0, Math.floor(file.length * 0.6)));
    // The import's own transaction holds this lock from its first COPY into materials until it ends.
    const inserting = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = 'materials' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()`,
        )
      ).rows[0].n > 0;
    const started = Date.now();
    while (!(await inserting()) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    expect(await inserting()).toBe(true);
    req.destroy();
    const busy = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state <> 'idle'`,
        )
      ).rows[0].n;
    while ((await busy()) > 0 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 50));
    expect(await busy()).toBe(0);
    expect(await materialCount()).toBe(before.count);
    expect((await db.query(`SELECT count(*)::int AS n FROM imports`)).rows[0].n).toBe(before.imports);
    expect((await db.query(`SELECT count(*)::int AS n FROM materials WHERE title LIKE 'Оборванный%'`)).rows[0].n).toBe(0);
    const again = await imported(tokens.rpo, 'whole.csv', csv([...head, ...body.slice(0, 3)], ';'));
    expect(again).toMatchObject({ created: 3, errorCount: 0 });
  });

  it('saves nothing on a dry run', async () => {
    const count = await materialCount();
    const file = await xlsx([
      ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат'],
      ['Пробный', 'Северный Казахстан', '01.09.2023', 'Русский', 'Статья'],
    ]);
    const answer = await imported(tokens.rpo, 'dry.xlsx', file, '?dryRun=true');
    expect(answer).toMatchObject({ dryRun: true, rows: 1, created: 0, toCreate: 1, errors: [] });
    expect(answer.importId).toBeUndefined();
    expect(await materialCount()).toBe(count);
    await upload(tokens.rpo, 'dry.xlsx', file, '?dryRun=maybe').expect(400);
  });

  it('answers 400 to a corrupt or non-spreadsheet file and a missing file field, and 403 to roles that may not write materials', async () => {
    const count = await materialCount();
    const corrupt = await upload(
      tokens.rpo,
      'broken.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(500, 7)]),
    ).expect(400);
    expect(corrupt.body.message).toMatch(/not a valid \.xlsx/);
    await upload(tokens.rpo, 'plain.xlsx', Buffer.from('just text')).expect(400);
    await upload(tokens.rpo, 'report.pdf', Buffer.from('%PDF-1.4')).expect(400);
    await upload(tokens.rpo, 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])).expect(400);
    const binary = await upload(tokens.rpo, 'data.csv', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a])).expect(400);
    expect(binary.body.message).toMatch(/UTF-8/);
    await upload(tokens.rpo, 'empty.csv', Buffer.from('\n\n')).expect(400);
    const unclosed = Buffer.from(
      'Заголовок;СМИ;Дата публикации;Язык;Формат\r\nВерная строка;Северный Казахстан;01.06.2023;ru;article\r\n"Без кавычки;Северный Казахстан;02.06.2023;ru;article\r\n',
    );
    const quote = await upload(tokens.rpo, 'unclosed.csv', unclosed).expect(400);
    expect(quote.body.message).toMatch(/not a readable CSV near row 3: a quoted field is not closed/);
    await request(app.url)
      .post('/api/materials/import')
      .set('Authorization', `Bearer ${tokens.rpo}`)
      .attach('other', Buffer.from('a'), 'a.csv')
      .expect(400);
    await request(app.url).post('/api/materials/import').set('Authorization', `Bearer ${tokens.rpo}`).send({}).expect(400);
    const file = csv([['title'], ['x']], ',');
    await upload(tokens.analyst, 'a.csv', file).expect(403);
    await upload(tokens.approver, 'a.csv', file).expect(403);
    expect(await materialCount()).toBe(count);
  });

  it('answers 413 to a file over IMPORT_MAX_BYTES and saves nothing', async () => {
    const small = await startTestApp({ IMPORT_MAX_BYTES: '1000' });
    try {
      const token = await tokenFor(small, 'rpo-north-kazakhstan');
      const rows = [['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат']];
      for (let i = 0; i < 100; i++) rows.push([`Большой файл ${i}`, 'Северный Казахстан', '01.06.2023', 'ru', 'article']);
      const res = await request(small.url)
        .post('/api/materials/import')
        .set('Authorization', `Bearer ${token}`)
        .attach('file', csv(rows, ';'), 'big.csv')
        .expect(413);
      expect(res.body.statusCode).toBe(413);
      const check = new Client({ connectionString: small.databaseUrl });
      await check.connect();
      const { rows: found } = await check.query(`SELECT count(*)::int AS n FROM materials WHERE title LIKE 'Большой файл%'`);
      await check.end();
      expect(found[0].n).toBe(0);
    } finally {
      await small.close();
    }
  });

  const template = async (token: string, lang: string): Promise<{ workbook: ExcelJS.Workbook; disposition: string }> => {
    const res = await api(app, token)
      .get(`/api/materials/import/template?format=xlsx&lang=${lang}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
    return { workbook, disposition: res.headers['content-disposition'] };
  };

  it('hands out a template in Russian, Kazakh or English with the allowed values, drop-down lists and an example row, which imports as it is once filled in', async () => {
    const { workbook } = await template(tokens.rpo, 'ru');
    const [data, lists] = workbook.worksheets;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Целевые аудитории']));
    expect(header).not.toContain('Регион');
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.autoFilter).toBe(`A1:${data.getColumn(header.length).letter}1001`);
    expect(data.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    const column = (name: string) => header.indexOf(name) + 1;
    const example = data.getRow(2);
    expect(example.getCell(column('Заголовок')).value).toMatch(/^Пример: /);
    expect(example.getCell(column('Дата публикации')).value).toBeInstanceOf(Date);
    expect(example.getCell(column('Дата публикации')).numFmt).toBe('dd.mm.yyyy');
    expect(example.getCell(column('Язык')).value).toBe('Русский');
    const choices = workbook.getWorksheet('Списки');
    if (!choices) throw new Error('no hidden lists');
    expect(choices.state).toBe('hidden');
    const offered = (name: string): unknown[] => {
      const validation = data.getRow(500).getCell(column(name)).dataValidation;
      expect(validation).toMatchObject({ type: 'list', allowBlank: true, errorStyle: 'warning' });
      const [, from, to] = /^'Списки'!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(validation.formulae[0]) ?? [];
      return choices.getColumn(from).values.slice(1, Number(to) + 1);
    };
    expect(offered('Язык')).toEqual(['Казахский', 'Русский', 'Казахский и русский', 'Другой']);
    expect(offered('Формат')).toContain('Телепередача');
    expect(offered('СМИ')).toContain('Северный Казахстан');
    expect(offered('СМИ')).not.toContain('Акмолинская правда');
    expect(data.getRow(2).getCell(column('Рубрика')).dataValidation).toBeUndefined();
    const asIs = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await imported(tokens.rpo, 'шаблон.xlsx', asIs, '?dryRun=true')).toMatchObject({ rows: 0, toCreate: 0, errors: [] });

    const listed: string[] = [];
    lists.eachRow((row) => listed.push((row.values as unknown[]).join('|')));
    expect(listed.some((l) => l.includes('Северный Казахстан'))).toBe(true);
    expect(listed.some((l) => l.includes('Khabar'))).toBe(true);
    expect(listed.some((l) => l.includes('Акмолинская правда'))).toBe(false);
    expect(listed.some((l) => l.includes('Статья'))).toBe(true);

    data.addRow(
      header.map(
        (h) =>
          ({ Заголовок: 'Из шаблона', СМИ: 'Северный Казахстан', 'Дата публикации': '02.10.2023', Язык: 'Русский', Формат: 'Статья' })[
            h as string
          ] ?? '',
      ),
    );
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    // The example row is skipped; the row written under it is imported.
    expect(await imported(tokens.rpo, 'шаблон.xlsx', filled)).toMatchObject({ rows: 1, created: 1, errors: [] });

    const kkCsv = await api(app, tokens.rpoKk).get('/api/materials/import/template?format=csv').expect(200);
    expect(kkCsv.text.startsWith('\uFEFFТақырыбы;БАҚ;Айдар;Жарияланған күні')).toBe(true);
    const { workbook: english, disposition } = await template(tokens.admin, 'en');
    expect(disposition).toBe(`attachment; filename="materials-import-en.xlsx"; filename*=UTF-8''materials-import-en.xlsx`);
    const sheet = english.getWorksheet('Materials');
    if (!sheet) throw new Error('no English data sheet');
    const englishHeader = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.getRow(2).getCell(1).value).toMatch(/^Example: /);
    expect(sheet.getRow(9).getCell(englishHeader.indexOf('Region') + 1).dataValidation).toMatchObject({ type: 'list' });
    expect(english.getWorksheet('Lists')?.state).toBe('hidden');
    await api(app, tokens.analyst).get('/api/materials/import/template').expect(403);
  });
});
