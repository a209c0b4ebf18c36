import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EvidenceController, MaterialEvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { EvidenceStore } from './evidence-store';
import { createEvidenceStore } from './evidence-stores';

@Module({
  controllers: [MaterialEvidenceController, EvidenceController],
  providers: [
    EvidenceService,
    {
      provide: EvidenceStore,
      useFactory: async (config: AppConfig) => createEvidenceStore(config.evidenceStore, config.dataDir),
      inject: [AppConfig],
    },
  ],
  exports: [EvidenceService, EvidenceStore],
})
export class EvidenceModule {}
