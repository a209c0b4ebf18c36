import { ApiProperty } from '@nestjs/swagger';
import { Evidence, EVIDENCE_TYPES, EvidenceType } from '../../../contracts/evidence';

export class EvidenceResponse implements Evidence {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) materialId: number;
  @ApiProperty({ example: 'Газета 14.05.2020.pdf', description: 'sanitized: no path, no control characters, the extension of its type' })
  fileName: string;

  @ApiProperty({ enum: EVIDENCE_TYPES, description: 'as the content shows, not as the name or the upload said' }) contentType: EvidenceType;
  @ApiProperty({ type: 'integer', description: 'bytes' }) size: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: "the sha256 of the file's bytes" }) sha256: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'integer', nullable: true }) createdById: number | null;
}
