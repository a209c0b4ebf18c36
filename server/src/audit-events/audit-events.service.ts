import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, ownRegion, ResourceSpec } from '../common/crud.service';
import { fieldsOfType } from '../common/list-query';
import { AuditEvent } from './audit-event.entity';
import { withNames } from './audit-names';

const AUDIT_EVENTS_LIST: ResourceSpec = {
  resource: 'audit-events',
  fields: {
    ...fieldsOfType('int', ['id', 'userId', 'recordId', 'regionId']),
    ...fieldsOfType('text', ['action', 'resource']),
    at: { type: 'timestamp' },
    changes: { type: 'text', filterable: false, sortable: false },
    comment: { type: 'text', filterable: false },
  },
  search: ['resource', 'action', 'comment'],
  period: { column: 'at', from: 'from', to: 'to' },
  defaultSort: ['id', 'DESC'],
};

@Injectable()
export class AuditEventsService extends CrudService<AuditEvent> {
  constructor(ds: DataSource) {
    super(ds, AuditEvent, AUDIT_EVENTS_LIST, { ...ownRegion(), present: withNames });
  }
}
