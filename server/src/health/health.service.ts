import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthService {
  constructor(private readonly ds: DataSource) {}

  /** Whether the database answers within two seconds. */
  databaseUp(): Promise<boolean> {
    return Promise.race([
      this.ds.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((ok) => setTimeout(() => ok(false), 2000).unref()),
    ]);
  }
}
