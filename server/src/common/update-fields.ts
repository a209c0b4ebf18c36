import { applyDecorators, Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsOptional } from 'class-validator';
import { IsId } from './is-id';

/** What every update carries besides the editable fields: the version it was based on, and the id ra sends back. */
export class VersionedUpdate {
  @ApiProperty({ description: 'the version the edit started from; a stale one gets 409' })
  @IsId()
  version: number;

  @ApiPropertyOptional({ readOnly: true })
  @IsOptional()
  @Allow()
  id?: unknown;
}

/**
 * Fields that react-admin sends back with the whole record but that a client never sets: accepted, documented as
 * read-only, and left out of the write by the service's readOnly list (the same names).
 */
export function ReadOnlyFields(names: readonly string[]): Type<object> {
  class ReadOnly {}
  for (const name of names) {
    // What `name?: unknown` declares: its type, for the OpenAPI document.
    Reflect.defineMetadata('design:type', Object, ReadOnly.prototype, name);
    applyDecorators(ApiPropertyOptional({ readOnly: true }), IsOptional(), Allow())(ReadOnly.prototype, name);
  }
  return ReadOnly;
}
