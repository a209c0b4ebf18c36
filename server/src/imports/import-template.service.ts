import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { writeRegion } from '../common/access-policy';
import { Actor } from '../common/actor';
import { CODE_LABELS } from '../../../contracts/code-labels';
import { Channel, FORMATS, LANGUAGES } from '../../../contracts/codes';
import { CSV_BOM, csvLine, neutralizeCell } from '../../../contracts/spreadsheet-cells';
import { COLUMNS, IMPORT_FIELDS } from './import-columns';
import type { TemplateLanguage } from '../../../contracts/imports';

const SHEETS: Record<TemplateLanguage, { data: string; lists: string; sections: Record<Section, string>; republican: string }> = {
  ru: {
    data: 'Материалы',
    lists: 'Допустимые значения',
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
  },
  kk: {
    data: 'Материалдар',
    lists: 'Рұқсат етілген мәндер',
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
  },
};

type Section = 'outlets' | 'rubrics' | 'languages' | 'formats' | 'directions' | 'specialProjects' | 'audiences' | 'regions';
type Cell = string | number;

export interface TemplateFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

@Injectable()
export class ImportTemplateService {
  constructor(private readonly ds: DataSource) {}

  /** An office's template leaves the region out (its rows are its own); an administrator's has the column. */
  private columns(actor: Actor, lang: TemplateLanguage): string[] {
    const withRegion = writeRegion('materials', actor) === 'any';
    return IMPORT_FIELDS.filter((f) => f !== 'region' || withRegion).map((f) => COLUMNS[f].labels[lang]);
  }

  async build(actor: Actor, format: 'xlsx' | 'csv', lang: TemplateLanguage): Promise<TemplateFile> {
    const header = this.columns(actor, lang);
    if (format === 'csv') {
      // Semicolons and a byte-order mark: what Excel in Russian and Kazakh locales opens as columns.
      return {
        fileName: `materials-import-${lang}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: Buffer.from(CSV_BOM + csvLine(header, ';'), 'utf8'),
      };
    }
    const names = SHEETS[lang];
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet(names.data, { views: [{ state: 'frozen', ySplit: 1 }] });
    data.addRow(header).font = { bold: true };
    data.columns.forEach((c) => (c.width = 22));
    const lists = workbook.addWorksheet(names.lists);
    lists.columns = [{ width: 10 }, { width: 50 }, { width: 40 }, { width: 30 }];
    for (const [section, rows] of await this.lists(actor, lang)) {
      lists.addRow([names.sections[section]]).font = { bold: true };
      // Outlet and rubric names are typed by users: values written as text, never as formulas.
      lists.addRows(rows.map((row) => row.map(neutralizeCell)));
      lists.addRow([]);
    }
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
    const name = lang === 'kk' ? 'name_kk' : 'name_ru';
    const other = lang === 'kk' ? 'name_ru' : 'name_kk';
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
