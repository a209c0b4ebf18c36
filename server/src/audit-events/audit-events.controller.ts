import { Controller } from '@nestjs/common';
import { ReadRoutes } from '../common/crud.controller';
import { AuditEventResponse } from './audit-event.response';
import { AuditEventsService } from './audit-events.service';

/** Read-only: the trail is never changed or deleted through the API. */
@Controller('audit-events')
export class AuditEventsController extends ReadRoutes({ path: 'audit-events', record: AuditEventResponse }) {
  constructor(service: AuditEventsService) {
    super(service);
  }
}
