import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';
import { UserSessionsController } from './user-sessions.controller';
import { UsersService } from './users.service';

@Module({ controllers: [UserSessionsController, UsersController], providers: [UsersService], exports: [UsersService] })
export class UsersModule {}
