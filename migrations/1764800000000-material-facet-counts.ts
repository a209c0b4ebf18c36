import { MigrationInterface, QueryRunner } from 'typeorm';

const FACETS = 'region_id, media_level, channel, language, format, direction_id, special_project_id';

/** Signed monthly counts per facets of a statement's new (+1) or old (-1) rows, added to the counters. */
const applyDeltas = (rows: string) => `
        INSERT INTO material_facet_counts AS c (month, ${FACETS}, n)
        SELECT month, ${FACETS}, sum(n)::int FROM (${rows}) d
         GROUP BY month, ${FACETS} HAVING sum(n) <> 0 ORDER BY month, ${FACETS}
        ON CONFLICT ON CONSTRAINT material_facet_counts_key DO UPDATE SET n = c.n + EXCLUDED.n;`;

const signed = (table: string, sign: 1 | -1) =>
  `SELECT date_trunc('month', published_on)::date AS month, ${FACETS}, ${sign} AS n FROM ${table}`;

/**
 * Monthly counts per every column a grouped rollup can group by (region, level, channel, language, format,
 * direction, special project; month, quarter and year follow from the month), kept by statement-level triggers in
 * the same transaction as the writes, as the daily and monthly counters are. A year's grouping then reads a few
 * thousand rows instead of scanning a year of materials.
 */
export class MaterialFacetCounts1764800000000 implements MigrationInterface {
  name = 'MaterialFacetCounts1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE material_facet_counts (
        month date NOT NULL,
        region_id integer NOT NULL,
        media_level text NOT NULL,
        channel text NOT NULL,
        language text NOT NULL,
        format text NOT NULL,
        direction_id integer,
        special_project_id integer,
        n integer NOT NULL,
        CONSTRAINT material_facet_counts_key UNIQUE NULLS NOT DISTINCT (month, ${FACETS})
      );
      CREATE INDEX material_facet_counts_region_idx ON material_facet_counts (region_id, month);

      -- Keys are sorted so that concurrent writers lock counter rows in the same order.
      CREATE FUNCTION material_facets_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${applyDeltas(signed('new_rows', 1))}
        RETURN NULL;
      END $$;

      CREATE FUNCTION material_facets_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${applyDeltas(signed('old_rows', -1))}
        RETURN NULL;
      END $$;

      CREATE FUNCTION material_facets_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${applyDeltas(`${signed('new_rows', 1)} UNION ALL ${signed('old_rows', -1)}`)}
        RETURN NULL;
      END $$;

      CREATE TRIGGER material_facets_insert AFTER INSERT ON materials
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION material_facets_after_insert();
      CREATE TRIGGER material_facets_delete AFTER DELETE ON materials
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION material_facets_after_delete();
      CREATE TRIGGER material_facets_update AFTER UPDATE ON materials
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION material_facets_after_update();

      INSERT INTO material_facet_counts (month, ${FACETS}, n)
      SELECT date_trunc('month', published_on)::date, ${FACETS}, count(*) FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER material_facets_insert ON materials;
      DROP TRIGGER material_facets_delete ON materials;
      DROP TRIGGER material_facets_update ON materials;
      DROP FUNCTION material_facets_after_insert(), material_facets_after_delete(), material_facets_after_update();
      DROP TABLE material_facet_counts;
    `);
  }
}
