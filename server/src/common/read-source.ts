import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { finalize, Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Actor } from './actor';
import type { AuthenticatedRequest } from './current-actor.decorator';

/** Where the reads that may be a moment old run: a replica or the primary (database/read-router.ts decides). */
export abstract class ReadSource {
  /** Rollups, analytics, reports: on a replica unless the actor has just written. */
  abstract read<T>(actor: Actor, work: (ds: DataSource) => Promise<T>): Promise<T>;
  /** A list: an analyst's or an approver's as read does, anyone else's on the primary. */
  abstract list<T>(actor: Actor, work: (ds: DataSource) => Promise<T>): Promise<T>;
  /** The actor has written: their own reads stay on the primary for a while. */
  abstract noteWrite(actor: Actor): void;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Notes every signed-in write request, at its start and at its end, for read-your-writes. */
@Injectable()
export class WriteTracker implements NestInterceptor {
  constructor(private readonly reads: ReadSource) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest & { method: string }>();
    const actor = req.actor;
    if (actor === undefined || SAFE_METHODS.has(req.method)) return next.handle();
    this.reads.noteWrite(actor);
    return next.handle().pipe(finalize(() => this.reads.noteWrite(actor)));
  }
}
