import { Injectable } from '@nestjs/common';
import type { References } from '../../../contracts/reference';
import { Actor } from '../common/actor';
import { CrudService, Identified } from '../common/crud.service';
import { MAX_PAGE_SIZE } from '../common/list-query';
import { DirectionsService } from '../directions/directions.service';
import { RegionsService } from '../regions/regions.service';
import { SpecialProjectsService } from '../special-projects/special-projects.service';
import { TargetAudiencesService } from '../target-audiences/target-audiences.service';

/** Every record, in the order of the list routes: the dictionaries are small (tens of records). */
const ALL = { sort: '["id","ASC"]', range: `[0,${MAX_PAGE_SIZE - 1}]` };

@Injectable()
export class ReferencesService {
  constructor(
    private readonly regions: RegionsService,
    private readonly directions: DirectionsService,
    private readonly specialProjects: SpecialProjectsService,
    private readonly targetAudiences: TargetAudiencesService,
  ) {}

  /** The four dictionaries as their list routes answer them, for the same reader, read at once. */
  async all(actor: Actor): Promise<References> {
    const rows = <T>(service: CrudService<Identified>) => service.list(ALL, actor).then((page) => page.rows as unknown as T[]);
    const [regions, directions, specialProjects, targetAudiences] = await Promise.all([
      rows<References['regions'][number]>(this.regions),
      rows<References['directions'][number]>(this.directions),
      rows<References['specialProjects'][number]>(this.specialProjects),
      rows<References['targetAudiences'][number]>(this.targetAudiences),
    ]);
    return { regions, directions, specialProjects, targetAudiences };
  }
}
