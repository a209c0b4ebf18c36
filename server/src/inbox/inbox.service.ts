import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../common/actor';
import type { Role } from '../../../contracts/codes';
import { Inbox, INBOX_KINDS, InboxKind } from '../../../contracts/inbox';
import { latestPublicationDay } from '../../../contracts/materials';
import { inboxRows } from './inbox.repository';

/** What each role is asked to act on: approvers (and admins) decide, and own the republican plan; editors mend and close. */
const KINDS_OF: Record<Role, readonly InboxKind[]> = {
  approver: ['planSubmitted', 'quarterSubmitted', 'planReturned'],
  admin: ['planSubmitted', 'quarterSubmitted', 'planReturned'],
  rpo_editor: ['planReturned', 'quarterOpen', 'lateEntry', 'itemBehind'],
  analyst: [],
};

@Injectable()
export class InboxService {
  constructor(private readonly ds: DataSource) {}

  async inbox(actor: Actor): Promise<Inbox<Date>> {
    const region = actor.role === 'rpo_editor' ? actor.regionId : null;
    const rows = await inboxRows(this.ds.manager, KINDS_OF[actor.role], region, latestPublicationDay());
    const counts = Object.fromEntries(INBOX_KINDS.map((k) => [k, rows.find((r) => r.kind === k)?.n ?? 0])) as Record<InboxKind, number>;
    return {
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      counts,
      items: rows.map(({ n: _n, ...item }) => item),
    };
  }
}
