import { Readable } from 'node:stream';
import {
  BadRequestException,
  ForbiddenException,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  PayloadTooLargeException,
} from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { writeRegion } from '../common/access-policy';
import { audit } from '../common/audit';
import { Actor } from '../common/actor';
import type { Locale } from '../../../contracts/codes';
import { readHeader, REQUIRED_FIELDS } from './import-columns';
import { IMPORT_MESSAGES, ImportMessages, Said } from './import-messages';
import { ImportReferences } from './import-references';
import { CellValue, RowChecker } from './import-row';
import { ImportStaging } from './import-staging';
import { userLocale } from '../users/user-locale';
import { ImportResultDto, ImportProblemDto } from './imports.dto';
import { AppConfig } from '../config/app-config';
import { UnreadableFileError } from './sheet-parsing';
import { readSheet, removeAbandonedUploads } from './sheet-readers';
import { UploadLimitError } from './upload-limits';
import { refusal } from '../common/coded-error';

/** Lists stop here so that a file of 100,000 bad rows still gets a readable answer; the counts stay complete. */
export const MAX_LISTED = 1000;

export interface ImportUpload {
  fileName: string;
  stream: Readable;
  /** True once the upload was cut at the size limit. */
  truncated(): boolean;
}

class ProblemList {
  readonly listed: ImportProblemDto[] = [];
  count = 0;

  add(row: number, column: string, { code, params, message }: Said): void {
    this.count++;
    if (this.listed.length < MAX_LISTED) this.listed.push({ row, column, message, code, params });
  }
}

/** A 413 naming the limit, with the code and parameters the UI translates. */
const overLimit = (e: UploadLimitError) =>
  new PayloadTooLargeException({
    statusCode: 413,
    error: 'Payload Too Large',
    message: e.message,
    code: 'import.limit',
    params: { limit: e.limit, max: e.max },
  });

/** One import as asked: the file, who imports it, the region it may write to and the language of its answer. */
interface ImportJob {
  upload: ImportUpload;
  actor: Actor;
  scope: number | 'any';
  locale: Locale;
  dryRun: boolean;
}

const isBlank = (cells: CellValue[]): boolean => cells.every((c) => typeof c === 'string' && c.trim() === '');

@Injectable()
export class ImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Imports');

  constructor(
    private readonly ds: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const removed = await removeAbandonedUploads();
    if (removed.length > 0)
      this.logger.warn(`Removed ${removed.length} upload folder(s) left by a process that was killed: ${removed.join(', ')}`);
  }

  private tooLarge(): PayloadTooLargeException {
    return overLimit(
      new UploadLimitError('fileBytes', this.config.importMaxBytes, 'The file is larger than the import size limit (IMPORT_MAX_BYTES)'),
    );
  }

  localeOf(actor: Actor): Promise<Locale> {
    return userLocale(this.ds, actor.id);
  }

  /**
   * Saving imports of this process, one after another: the database lock serializes them across processes anyway, and
   * one waiting here holds no connection, where one waiting for the lock would hold one and the import at work needs two.
   */
  private saving: Promise<unknown> = Promise.resolve();

  /** Everything in one transaction: a file with any error, a dry run or an interrupted upload leaves nothing behind. */
  async importMaterials(upload: ImportUpload, actor: Actor, dryRun: boolean): Promise<ImportResultDto> {
    const scope = writeRegion('materials', actor);
    if (scope === null) throw refusal(ForbiddenException, 'access.role', 'Your role may not import materials', {});
    const job: ImportJob = { upload, actor, scope, locale: await this.localeOf(actor), dryRun };
    if (dryRun) return this.importIn(job);
    const turn = this.saving.then(() => this.importIn(job));
    this.saving = turn.catch(() => undefined);
    return turn;
  }

  private async importIn(job: ImportJob): Promise<ImportResultDto> {
    const { upload } = job;
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      // The duplicate checks are planned at a cost above jit_above_cost, yet they are index probes row by row:
      // compiling them took longer than running them (0.3 s a batch on PostgreSQL 15).
      await qr.query('SET LOCAL jit = off');
      const result = await this.run(qr, job);
      if (result.importId === undefined) await qr.rollbackTransaction();
      else await qr.commitTransaction();
      return result;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      upload.stream.resume();
      if (upload.truncated()) throw this.tooLarge();
      if (e instanceof UploadLimitError) throw overLimit(e);
      if (e instanceof UnreadableFileError) throw refusal(BadRequestException, 'import.unreadable', e.message, {}, 'file');
      throw e;
    } finally {
      await qr.release();
    }
  }

  private async run(qr: QueryRunner, job: ImportJob): Promise<ImportResultDto> {
    const { upload, actor, scope, locale, dryRun } = job;
    const msg: ImportMessages = IMPORT_MESSAGES[locale];
    const refs = await ImportReferences.load(qr.manager, scope);
    const problems = new ProblemList();
    let importId: number | null = null;
    if (!dryRun) {
      // Imports that save are serialized, so that two uploads of one file cannot both pass the duplicate check.
      await qr.query(`SELECT pg_advisory_xact_lock(hashtext('materials-import'))`);
      const [record]: { id: number }[] = await qr.query(
        `INSERT INTO imports (user_id, region_id, file_name, rows, created, skipped_duplicates) VALUES ($1, $2, $3, 0, 0, 0) RETURNING id`,
        [actor.id, scope === 'any' ? null : scope, upload.fileName],
      );
      importId = record.id;
    }
    const staging = await ImportStaging.create(
      this.ds,
      qr,
      importId === null ? null : { importId, userId: actor.id, stillValid: () => problems.count === 0 },
    );
    try {
      let rows: number;
      try {
        rows = await this.readRows(job, staging, problems, refs, msg);
        await staging.end();
      } catch (e) {
        await staging.abort();
        throw e;
      }

      const { fresh, duplicates, regionIds } = await staging.counts();
      const result: ImportResultDto = {
        dryRun,
        rows,
        created: 0,
        toCreate: fresh,
        skippedDuplicates: duplicates,
        errorCount: problems.count,
        errors: problems.listed,
        duplicates: (await staging.duplicates(MAX_LISTED)).map((d) => {
          const { code, params, message } = d.firstRow === null ? msg.duplicateStored : msg.duplicateInFile(d.firstRow);
          return { row: d.row, reason: message, code, params };
        }),
      };
      if (importId === null || problems.count > 0) return result;

      const regionId = scope !== 'any' ? scope : regionIds.length === 1 ? regionIds[0] : null;
      await audit(qr.manager, {
        userId: actor.id,
        action: 'import',
        resource: 'materials',
        recordId: null,
        regionId,
        changes: { created: { before: 0, after: fresh } },
        comment: upload.fileName,
      });
      await qr.query(
        `UPDATE imports SET region_id = $2, rows = $3, created = $4, skipped_duplicates = $5,
                audit_event_id = currval(pg_get_serial_sequence('audit_events', 'id'))
          WHERE id = $1`,
        [importId, regionId, rows, fresh, duplicates],
      );
      return { ...result, created: fresh, importId };
    } finally {
      await staging.close();
    }
  }

  /** Checks every row; valid ones go to the staging table, problems to the list. Returns the number of data rows. */
  private async readRows(
    { upload, scope, locale }: ImportJob,
    staging: ImportStaging,
    problems: ProblemList,
    refs: ImportReferences,
    msg: ImportMessages,
  ): Promise<number> {
    const required = scope === 'any' ? [...REQUIRED_FIELDS, 'region' as const] : REQUIRED_FIELDS;
    let checker: RowChecker | null = null;
    let rows = 0;
    for await (const { number, cells } of readSheet(upload.fileName, upload.stream)) {
      if (isBlank(cells)) continue;
      if (!checker) {
        const header = readHeader(
          cells.map((c) => (typeof c === 'string' ? c : '')),
          required,
          locale,
        );
        for (const p of header.problems) problems.add(number, p.column, msg.header[p.problem](p.column));
        checker = new RowChecker(header, refs, scope, msg, locale);
        continue;
      }
      if (rows === 0 && checker.isExample(cells)) continue;
      // Parsing alone would keep the event loop from the database socket, stalling the batch it is working on.
      if (++rows % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      const checked = checker.check(number, cells);
      if ('staged' in checked) await staging.add(checked.staged);
      else for (const { column, ...said } of checked.problems) problems.add(number, column, said);
    }
    if (upload.truncated()) throw this.tooLarge();
    if (!checker) throw new UnreadableFileError(`"${upload.fileName}" has no header row: the first filled row must name the columns`);
    return rows;
  }
}
