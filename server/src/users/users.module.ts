import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateUserDto, UpdateUserDto } from './user.dto';
import { UserSessionsController } from './user-sessions.controller';
import { UsersService } from './users.service';
import { UserRecordResponse } from './user.response';

export const UsersController = crudController({
  path: 'users',
  service: UsersService,
  create: CreateUserDto,
  update: UpdateUserDto,
  record: UserRecordResponse,
});

@Module({ controllers: [UserSessionsController, UsersController], providers: [UsersService] })
export class UsersModule {}
