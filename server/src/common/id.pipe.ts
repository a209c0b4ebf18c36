import { BadRequestException, PipeTransform } from '@nestjs/common';

export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > 2147483647) {
      throw new BadRequestException('id must be a positive integer');
    }
    return Number(value);
  }
}
