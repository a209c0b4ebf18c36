import { Injectable } from '@nestjs/common';
import { CODE_LABELS } from '../../../contracts/code-labels';
import type { Language } from '../../../contracts/codes';
import { Actor } from '../common/actor';
import { NAME_COLUMN } from '../common/names.dto';
import { almatyCell } from '../common/workbook-layout';
import { DirectionsService } from '../directions/directions.service';
import { OutletsService } from '../outlets/outlets.service';
import { RegionsService } from '../regions/regions.service';
import { asDate, label } from '../reports/material-cells';
import { RubricsService } from '../rubrics/rubrics.service';
import { SpecialProjectsService } from '../special-projects/special-projects.service';
import { TargetAudiencesService } from '../target-audiences/target-audiences.service';
import { UsersService } from '../users/users.service';
import type { ListExportQueryDto } from './list-export.dto';
import { ExportFile, ListExportsService } from './list-exports.service';
import { TableExport, yesNo } from './table-export';
import type { ExportedTable } from './table-export-labels';

interface UserRow {
  id: number;
  login: string;
  fullName: string;
  role: string;
  region: string | null;
  locale: string;
  active: boolean;
  createdAt: Date;
}

interface OutletRow {
  id: number;
  name: string;
  kind: string;
  level: string;
  region: string | null;
  languages: Language[];
  url: string | null;
  active: boolean;
}

interface RubricRow {
  id: number;
  name: string;
  outlet: string;
  region: string | null;
  specialProject: string | null;
  active: boolean;
}

interface NamedRow {
  id: number;
  code: string;
  nameKk: string;
  nameRu: string;
}

interface RegionRow extends NamedRow {
  kato: string | null;
  kind: string;
  activeFrom: string;
  activeTo: string | null;
}

interface SpecialProjectRow extends NamedRow {
  direction: string;
  introducedIn: number | null;
}

interface AudienceRow extends NamedRow {
  methodsKk: string;
  methodsRu: string;
}

const NAMED_COLUMNS = `r.id, r.code, r.name_kk AS "nameKk", r.name_ru AS "nameRu"`;
const namedCells = (r: NamedRow) => [r.id, r.code, r.nameKk, r.nameRu];
const NAMED_WIDTHS = [8, 24, 50, 50];

/**
 * The users, outlets, rubrics and named references as workbooks: one sheet each, the rows and order their list shows,
 * codes by their labels, names in Kazakh and Russian side by side. Users' password hashes and sessions are never read.
 */
@Injectable()
export class TableExportsService {
  private readonly tables: Record<ExportedTable, (q: ListExportQueryDto, actor: Actor) => Promise<ExportFile>>;

  constructor(
    exports: ListExportsService,
    users: UsersService,
    outlets: OutletsService,
    rubrics: RubricsService,
    regions: RegionsService,
    directions: DirectionsService,
    specialProjects: SpecialProjectsService,
    audiences: TargetAudiencesService,
  ) {
    const usersTable: TableExport<UserRow> = {
      list: 'users',
      service: users,
      rowsSql: (l) => `SELECT r.id, r.login, r.full_name AS "fullName", r.role, g.${NAME_COLUMN[l]} AS region, r.locale, r.active,
                              r.created_at AS "createdAt"
                         FROM users r LEFT JOIN regions g ON g.id = r.region_id`,
      cells: (u, l) => [
        u.id,
        u.login,
        u.fullName,
        label(CODE_LABELS[l].role, u.role),
        u.region,
        label(CODE_LABELS[l].locale, u.locale),
        yesNo(u.active, l),
        almatyCell(u.createdAt),
      ],
      widths: [8, 24, 36, 18, 36, 16, 10, 17],
      timeColumns: [8],
      codeFilters: { role: 'role', locale: 'locale' },
    };
    const outletsTable: TableExport<OutletRow> = {
      list: 'outlets',
      service: outlets,
      rowsSql: (l) => `SELECT r.id, r.name, r.kind, r.level, g.${NAME_COLUMN[l]} AS region, r.languages, r.url, r.active
                         FROM outlets r LEFT JOIN regions g ON g.id = r.region_id`,
      cells: (o, l) => [
        o.id,
        o.name,
        label(CODE_LABELS[l].channel, o.kind),
        label(CODE_LABELS[l].level, o.level),
        o.region,
        o.languages.map((code) => label(CODE_LABELS[l].language, code)).join(', '),
        o.url,
        yesNo(o.active, l),
      ],
      widths: [8, 40, 16, 16, 36, 30, 40, 10],
      codeFilters: { kind: 'channel', level: 'level' },
    };
    const rubricsTable: TableExport<RubricRow> = {
      list: 'rubrics',
      service: rubrics,
      rowsSql: (
        l,
      ) => `SELECT r.id, r.name, o.name AS outlet, g.${NAME_COLUMN[l]} AS region, sp.${NAME_COLUMN[l]} AS "specialProject", r.active
                         FROM rubrics r
                         JOIN outlets o ON o.id = r.outlet_id
                         LEFT JOIN regions g ON g.id = o.region_id
                         LEFT JOIN special_projects sp ON sp.id = r.special_project_id`,
      cells: (r, l) => [r.id, r.name, r.outlet, r.region, r.specialProject, yesNo(r.active, l)],
      widths: [8, 40, 40, 36, 40, 10],
    };
    const regionsTable: TableExport<RegionRow> = {
      list: 'regions',
      service: regions,
      // Days as text: the driver would read a date as midnight in the server's time zone.
      rowsSql: () => `SELECT ${NAMED_COLUMNS}, r.kato, r.kind, r.active_from::text AS "activeFrom", r.active_to::text AS "activeTo"
                        FROM regions r`,
      cells: (r, l) => [
        ...namedCells(r),
        r.kato,
        label(CODE_LABELS[l].regionKind, r.kind),
        asDate(r.activeFrom),
        r.activeTo === null ? null : asDate(r.activeTo),
      ],
      widths: [...NAMED_WIDTHS, 14, 30, 12, 12],
      codeFilters: { kind: 'regionKind' },
    };
    const directionsTable: TableExport<NamedRow> = {
      list: 'directions',
      service: directions,
      rowsSql: () => `SELECT ${NAMED_COLUMNS} FROM directions r`,
      cells: namedCells,
      widths: NAMED_WIDTHS,
    };
    const specialProjectsTable: TableExport<SpecialProjectRow> = {
      list: 'special-projects',
      service: specialProjects,
      rowsSql: (l) => `SELECT ${NAMED_COLUMNS}, d.${NAME_COLUMN[l]} AS direction, r.introduced_in AS "introducedIn"
                         FROM special_projects r JOIN directions d ON d.id = r.direction_id`,
      cells: (p) => [...namedCells(p), p.direction, p.introducedIn],
      widths: [...NAMED_WIDTHS, 40, 12],
    };
    const audiencesTable: TableExport<AudienceRow> = {
      list: 'target-audiences',
      service: audiences,
      rowsSql: () => `SELECT ${NAMED_COLUMNS}, r.methods_kk AS "methodsKk", r.methods_ru AS "methodsRu" FROM target_audiences r`,
      cells: (a) => [...namedCells(a), a.methodsKk, a.methodsRu],
      widths: [...NAMED_WIDTHS, 60, 60],
    };
    const run =
      <R>(t: TableExport<R>) =>
      (q: ListExportQueryDto, actor: Actor) =>
        exports.table(t, q, actor);
    this.tables = {
      users: run(usersTable),
      outlets: run(outletsTable),
      rubrics: run(rubricsTable),
      regions: run(regionsTable),
      directions: run(directionsTable),
      'special-projects': run(specialProjectsTable),
      'target-audiences': run(audiencesTable),
    };
  }

  export(list: ExportedTable, q: ListExportQueryDto, actor: Actor): Promise<ExportFile> {
    return this.tables[list](q, actor);
  }
}
