import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateMaterialDto, UpdateMaterialDto } from './material.dto';
import { MaterialResponse } from './material.response';
import { MaterialsService } from './materials.service';

/**
 * /api/materials: the shared CRUD routes (common/crud.controller.ts) over MaterialsService. GET lists (Content-Range)
 * and GET :id reads for the materials' readers; POST creates, PUT :id updates and DELETE :id deletes for its writers.
 */
@Controller('materials')
export class MaterialsController extends CrudRoutes({
  path: 'materials',
  create: CreateMaterialDto,
  update: UpdateMaterialDto,
  record: MaterialResponse,
}) {
  constructor(service: MaterialsService) {
    super(service);
  }
}
