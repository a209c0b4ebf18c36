import { MigrationInterface, QueryRunner } from 'typeorm';

const FACETS = ['region_id', 'media_level', 'channel', 'language', 'format', 'direction_id', 'special_project_id'];
const OTHERS = FACETS.slice(1);
/** The region and every pair of the other facets. */
const PAIRS = OTHERS.flatMap((a, i) => OTHERS.slice(i + 1).map((b) => `(region_id, ${a}, ${b})`)).join(', ');

/**
 * Monthly counts of `rows` (month, the facets, n) per every pair of facets. `facets` is GROUPING() over all facets:
 * a bit set for each facet the row does not hold, so that a NULL direction or special project stays apart from a
 * facet that is not counted. The rows are first summed per combination of all facets, so that the 21 grouping sets
 * (15) run over those sums, not over every row.
 */
const pairCounts = (rows: string) => `
        SELECT month, GROUPING(${FACETS.join(', ')}) AS facets, ${FACETS.join(', ')}, sum(n)::int AS n
          FROM (SELECT month, ${FACETS.join(', ')}, sum(n) AS n FROM (${rows}) r GROUP BY month, ${FACETS.join(', ')}) d
         GROUP BY month, GROUPING SETS (${PAIRS})`;

/** Signed counts of a statement's new (+1) or old (-1) rows, added to the counters. */
const applyDeltas = (rows: string) => `
        INSERT INTO material_pair_counts AS c (month, facets, ${FACETS.join(', ')}, n)
        SELECT * FROM (${pairCounts(rows)}) p WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        ON CONFLICT ON CONSTRAINT material_pair_counts_key DO UPDATE SET n = c.n + EXCLUDED.n;`;

const signed = (table: string, sign: 1 | -1) => `SELECT date_trunc('month', published_on)::date AS month, ${FACETS.join(', ')}, ${sign} AS n FROM ${table}`;

/**
 * Monthly counts per region and each pair of the other facets a grouped rollup can group by (level, channel,
 * language, format, direction, special project: 15 pairs), kept by statement-level triggers in the same transaction
 * as the writes. A month holds at most about 10,000 rows whatever the number of materials, and one pair of a year
 * some thousands, so a year's grouping by one or two facets besides the region (and by month, quarter or year) reads
 * those, where the facet counters hold as many combinations as the materials spread over. The region is in every
 * pair so that writers of different regions do not wait for each other's counter rows.
 */
export class MaterialPairCounts1764900000000 implements MigrationInterface {
  name = 'MaterialPairCounts1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE material_pair_counts (
        month date NOT NULL,
        facets smallint NOT NULL,
        region_id integer,
        media_level text,
        channel text,
        language text,
        format text,
        direction_id integer,
        special_project_id integer,
        n integer NOT NULL,
        CONSTRAINT material_pair_counts_key UNIQUE NULLS NOT DISTINCT (facets, month, ${FACETS.join(', ')})
      );

      -- Keys are sorted so that concurrent writers lock counter rows in the same order.
      CREATE FUNCTION material_pairs_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${applyDeltas(signed('new_rows', 1))}
        RETURN NULL;
      END $$;

      CREATE FUNCTION material_pairs_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${applyDeltas(signed('old_rows', -1))}
        RETURN NULL;
      END $$;

      CREATE FUNCTION material_pairs_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${applyDeltas(`${signed('new_rows', 1)} UNION ALL ${signed('old_rows', -1)}`)}
        RETURN NULL;
      END $$;

      CREATE TRIGGER material_pairs_insert AFTER INSERT ON materials
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION material_pairs_after_insert();
      CREATE TRIGGER material_pairs_delete AFTER DELETE ON materials
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION material_pairs_after_delete();
      CREATE TRIGGER material_pairs_update AFTER UPDATE ON materials
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION material_pairs_after_update();

      INSERT INTO material_pair_counts (month, facets, ${FACETS.join(', ')}, n) ${pairCounts(signed('materials', 1))};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER material_pairs_insert ON materials;
      DROP TRIGGER material_pairs_delete ON materials;
      DROP TRIGGER material_pairs_update ON materials;
      DROP FUNCTION material_pairs_after_insert(), material_pairs_after_delete(), material_pairs_after_update();
      DROP TABLE material_pair_counts;
    `);
  }
}
