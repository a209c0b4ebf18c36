import { BadRequestException, PipeTransform } from '@nestjs/common';
import { refusal } from './coded-error';
import { MAX_INT } from './pg-limits';

export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > MAX_INT) {
      throw refusal(BadRequestException, 'validation.isInt', 'id must be a positive integer', {}, 'id');
    }
    return Number(value);
  }
}
