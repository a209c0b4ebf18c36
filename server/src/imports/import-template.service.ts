import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { writeRegion } from '../common/access-policy';
import { Actor } from '../common/actor';
import { CODE_LABELS } from '../../../contracts/code-labels';
import { Channel, FORMATS, LANGUAGES } from '../../../contracts/codes';
import { latestPublicationDay } from '../../../contracts/materials';
import { CSV_BOM, csvLine, neutralizeCell, SheetCell } from '../../../contracts/spreadsheet-cells';
import { NAME_COLUMN } from '../common/names.dto';
import { addTableSheet, addValues, closeTable, fitWidths } from '../common/workbook-layout';
import { COLUMNS, EXAMPLE_MARKERS, IMPORT_FIELDS, ImportField } from './import-columns';
import type { TemplateLanguage } from '../../../contracts/imports';

interface TemplateWords {
  data: string;
  lists: string;
  choices: string;
  sections: Record<Section, string>;
  republican: string;
  example: string;
  pick: string;
}

const SHEETS: Record<TemplateLanguage, TemplateWords> = {
  ru: {
    data: 'Материалы',
    lists: 'Допустимые значения',
    choices: 'Списки',
    sections: {
      outlets: 'СМИ (id, название, канал, регион)',
      rubrics: 'Рубрики (id, СМИ, название)',
      languages: 'Языки',
      formats: 'Форматы',
      directions: 'Направления',
      specialProjects: 'Спецпроекты',
      audiences: 'Целевые аудитории (несколько — через «;»)',
      regions: 'Регионы',
    },
    republican: 'Республиканское',
    example: 'эта строка не загружается, замените её своими',
    pick: 'Выберите значение из списка или введите код, id или название на любом из трёх языков',
  },
  kk: {
    data: 'Материалдар',
    lists: 'Рұқсат етілген мәндер',
    choices: 'Тізімдер',
    sections: {
      outlets: 'БАҚ (id, атауы, арна, өңір)',
      rubrics: 'Айдарлар (id, БАҚ, атауы)',
      languages: 'Тілдер',
      formats: 'Форматтар',
      directions: 'Бағыттар',
      specialProjects: 'Арнайы жобалар',
      audiences: 'Мақсатты аудиториялар (бірнешеуі — «;» арқылы)',
      regions: 'Өңірлер',
    },
    republican: 'Республикалық',
    example: 'бұл жол жүктелмейді, оны өз жолдарыңызбен ауыстырыңыз',
    pick: 'Тізімнен мән таңдаңыз немесе кодты, id-ні не үш тілдің біріндегі атауын жазыңыз',
  },
  en: {
    data: 'Materials',
    lists: 'Allowed values',
    choices: 'Lists',
    sections: {
      outlets: 'Outlets (id, name, channel, region)',
      rubrics: 'Rubrics (id, outlet, name)',
      languages: 'Languages',
      formats: 'Formats',
      directions: 'Directions',
      specialProjects: 'Special projects',
      audiences: 'Target audiences (several: separated by ";")',
      regions: 'Regions',
    },
    republican: 'Republican',
    example: 'this row is not imported, replace it with your own',
    pick: 'Pick a value from the list, or type the code, the id or the name in any of the three languages',
  },
};

type Section = 'outlets' | 'rubrics' | 'languages' | 'formats' | 'directions' | 'specialProjects' | 'audiences' | 'regions';
type Cell = string | number;

/** The columns that offer a drop-down list, and the section whose names it offers. */
const CHOICES: Partial<Record<ImportField, Section>> = {
  outlet: 'outlets',
  language: 'languages',
  format: 'formats',
  direction: 'directions',
  specialProject: 'specialProjects',
  targetAudiences: 'audiences',
  region: 'regions',
};

/** The rows of the data sheet that carry the drop-down lists. */
const TEMPLATE_ROWS = 1000;

/** exceljs keeps a sheet's validations by range, a part its typings leave out. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export interface TemplateFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

@Injectable()
export class ImportTemplateService {
  constructor(private readonly ds: DataSource) {}

  /** An office's template leaves the region out (its rows are its own); an administrator's has the column. */
  private fields(actor: Actor): ImportField[] {
    const withRegion = writeRegion('materials', actor) === 'any';
    return IMPORT_FIELDS.filter((f) => f !== 'region' || withRegion);
  }

  async build(actor: Actor, format: 'xlsx' | 'csv', lang: TemplateLanguage): Promise<TemplateFile> {
    const fields = this.fields(actor);
    const header = fields.map((f) => COLUMNS[f].labels[lang]);
    if (format === 'csv') {
      // Semicolons and a byte-order mark: what Excel in Russian and Kazakh locales opens as columns.
      return {
        fileName: `materials-import-${lang}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: Buffer.from(CSV_BOM + csvLine(header, ';'), 'utf8'),
      };
    }
    const words = SHEETS[lang];
    const sections = await this.lists(actor, lang);
    const names = (section: Section): string[] => (sections.find(([s]) => s === section)?.[1] ?? []).map((row) => String(row[1]));
    const codes = CODE_LABELS[lang];
    const example: Partial<Record<ImportField, SheetCell>> = {
      title: `${EXAMPLE_MARKERS[lang]}: ${words.example}`,
      outlet: names('outlets')[0],
      publishedOn: new Date(`${latestPublicationDay()}T00:00:00Z`),
      language: codes.language[lang === 'kk' ? 'kk' : 'ru'],
      format: codes.format.article,
      url: 'https://example.kz/news/1',
      views: 0,
    };
    const rows = [header, fields.map((f) => example[f] ?? null)];

    const workbook = new ExcelJS.Workbook();
    const data = addTableSheet(workbook, words.data, [], header, fitWidths(rows));
    addValues(data.ws, rows[1]).font = { italic: true, color: { argb: 'FF7F7F7F' } };
    closeTable(data, 1 + TEMPLATE_ROWS);

    const lists = workbook.addWorksheet(words.lists);
    lists.columns = [{ width: 10 }, { width: 50 }, { width: 40 }, { width: 30 }];
    for (const [section, rows] of sections) {
      lists.addRow([words.sections[section]]).font = { bold: true };
      // Outlet and rubric names are typed by users: values written as text, never as formulas.
      lists.addRows(rows.map((row) => row.map(neutralizeCell)));
      lists.addRow([]);
    }

    const choices = workbook.addWorksheet(words.choices, { state: 'hidden' });
    const validations = (data.ws as ExcelJS.Worksheet & WithValidations).dataValidations;
    fields.forEach((field, i) => {
      const section = CHOICES[field];
      const values = section ? names(section) : [];
      if (values.length === 0) return;
      const list = choices.getColumn(i + 1);
      values.forEach((value, row) => (choices.getCell(row + 1, i + 1).value = neutralizeCell(value)));
      const column = data.ws.getColumn(i + 1).letter;
      validations.add(`${column}2:${column}${1 + TEMPLATE_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`'${words.choices}'!$${list.letter}$1:$${list.letter}$${values.length}`],
        showInputMessage: true,
        prompt: words.pick,
        // A warning, not a refusal: several audiences, an id or a label in another language are welcome too.
        showErrorMessage: true,
        errorStyle: 'warning',
        error: words.pick,
      });
    });
    return {
      fileName: `materials-import-${lang}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
    };
  }

  /** The values a row may name: the actor's region's outlets and the republican ones, and the shared lists. */
  private async lists(actor: Actor, lang: TemplateLanguage): Promise<[Section, Cell[][]][]> {
    const scope = writeRegion('materials', actor);
    const region = typeof scope === 'number' ? scope : null;
    const name = NAME_COLUMN[lang];
    const other = NAME_COLUMN[lang === 'ru' ? 'kk' : 'ru'];
    const codes = CODE_LABELS[lang];
    const outlets: { id: number; name: string; kind: Channel; region: string | null }[] = await this.ds.query(
      `SELECT o.id, o.name, o.kind, r.${name} AS region FROM outlets o LEFT JOIN regions r ON r.id = o.region_id
        WHERE o.active AND ($1::int IS NULL OR o.region_id IS NULL OR o.region_id = $1) ORDER BY o.region_id NULLS FIRST, o.name`,
      [region],
    );
    const rubrics: { id: number; outlet: string; name: string }[] = await this.ds.query(
      `SELECT b.id, o.name AS outlet, b.name FROM rubrics b JOIN outlets o ON o.id = b.outlet_id
        WHERE b.active AND o.active AND ($1::int IS NULL OR o.region_id IS NULL OR o.region_id = $1) ORDER BY o.name, b.name`,
      [region],
    );
    const named = async (table: 'directions' | 'special_projects' | 'target_audiences' | 'regions'): Promise<Cell[][]> =>
      (await this.ds.query(`SELECT id, ${name} AS name, ${other} AS other FROM ${table} ORDER BY id`)).map(
        (r: { id: number; name: string; other: string }) => [r.id, r.name, r.other],
      );
    const sections: [Section, Cell[][]][] = [
      ['outlets', outlets.map((o) => [o.id, o.name, codes.channel[o.kind], o.region ?? SHEETS[lang].republican])],
      ['rubrics', rubrics.map((r) => [r.id, r.outlet, r.name])],
      ['languages', LANGUAGES.map((c) => [c, codes.language[c]])],
      ['formats', FORMATS.map((c) => [c, codes.format[c]])],
      ['directions', await named('directions')],
      ['specialProjects', await named('special_projects')],
      ['audiences', await named('target_audiences')],
    ];
    return scope === 'any' ? [...sections, ['regions', await named('regions')]] : sections;
  }
}
