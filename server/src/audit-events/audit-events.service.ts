import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { AuditEvent } from './audit-event.entity';

@Injectable()
export class AuditEventsService extends CrudService<AuditEvent> {
  constructor(ds: DataSource) {
    super(
      ds,
      AuditEvent,
      {
        resource: 'audit-events',
        fields: {
          id: { type: 'int' },
          at: { type: 'timestamp' },
          userId: { type: 'int' },
          action: { type: 'text' },
          resource: { type: 'text' },
          recordId: { type: 'int' },
          regionId: { type: 'int' },
          changes: { type: 'text', filterable: false, sortable: false },
          comment: { type: 'text', filterable: false },
        },
        search: ['resource', 'action', 'comment'],
        period: { column: 'at', from: 'from', to: 'to' },
        defaultSort: ['id', 'DESC'],
      },
      { regionOf: async (_m, e) => e.regionId, regionSql: (alias) => `${alias}.region_id` },
    );
  }
}
