import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateUserDto, UpdateUserDto } from './user.dto';
import { UserRecordResponse } from './user.response';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController extends CrudRoutes({
  path: 'users',
  create: CreateUserDto,
  update: UpdateUserDto,
  record: UserRecordResponse,
}) {
  constructor(service: UsersService) {
    super(service);
  }
}
