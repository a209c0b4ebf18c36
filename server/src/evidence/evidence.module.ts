import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EvidenceController, MaterialEvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { DiskEvidenceStore, evidenceDir, EvidenceStore } from './evidence-store';

@Module({
  controllers: [MaterialEvidenceController, EvidenceController],
  providers: [
    EvidenceService,
    { provide: EvidenceStore, useFactory: (config: AppConfig) => new DiskEvidenceStore(evidenceDir(config.dataDir)), inject: [AppConfig] },
  ],
  exports: [EvidenceService, EvidenceStore],
})
export class EvidenceModule {}
