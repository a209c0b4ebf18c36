import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+$'),
        kind text NOT NULL CHECK (kind IN ('oblast', 'city')),
        kato text,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        active_from date NOT NULL,
        active_to date,
        version integer NOT NULL DEFAULT 1,
        CHECK (active_to IS NULL OR active_to >= active_from)
      );

      CREATE TABLE directions (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        version integer NOT NULL DEFAULT 1
      );

      CREATE TABLE special_projects (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE,
        direction_id integer NOT NULL REFERENCES directions(id),
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        introduced_in smallint,
        version integer NOT NULL DEFAULT 1
      );

      CREATE TABLE target_audiences (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        methods_kk text NOT NULL DEFAULT '',
        methods_ru text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1
      );

      CREATE TABLE outlets (
        id serial PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('tv', 'radio', 'print', 'internet', 'social')),
        level text NOT NULL CHECK (level IN ('republican', 'regional')),
        region_id integer REFERENCES regions(id),
        languages text[] NOT NULL DEFAULT '{}',
        url text,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        CHECK ((level = 'republican') = (region_id IS NULL)),
        CHECK (languages <@ ARRAY['kk', 'ru', 'kk_ru', 'other']::text[])
      );
      CREATE UNIQUE INDEX outlets_name_region_uq ON outlets (lower(name), coalesce(region_id, 0));
      CREATE INDEX outlets_region_idx ON outlets (region_id);

      CREATE TABLE rubrics (
        id serial PRIMARY KEY,
        outlet_id integer NOT NULL REFERENCES outlets(id),
        name text NOT NULL,
        special_project_id integer REFERENCES special_projects(id),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1
      );
      CREATE UNIQUE INDEX rubrics_outlet_name_uq ON rubrics (outlet_id, lower(name));

      CREATE TABLE users (
        id serial PRIMARY KEY,
        login text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('rpo_editor', 'analyst', 'approver', 'admin')),
        region_id integer REFERENCES regions(id),
        locale text NOT NULL DEFAULT 'ru' CHECK (locale IN ('kk', 'ru', 'en')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((role = 'rpo_editor') = (region_id IS NOT NULL))
      );

      CREATE TABLE media_plans (
        id serial PRIMARY KEY,
        region_id integer REFERENCES regions(id),
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        title text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
        submitted_at timestamptz,
        submitted_by_id integer REFERENCES users(id),
        approved_at timestamptz,
        approved_by_id integer REFERENCES users(id),
        return_comment text,
        version integer NOT NULL DEFAULT 1,
        UNIQUE NULLS NOT DISTINCT (region_id, year)
      );

      CREATE TABLE media_plan_items (
        id serial PRIMARY KEY,
        media_plan_id integer NOT NULL REFERENCES media_plans(id) ON DELETE CASCADE,
        topic text NOT NULL,
        format text NOT NULL CHECK (format IN ('article', 'interview', 'commentary', 'video_story', 'tv_program',
          'radio_program', 'post', 'video', 'infographic', 'live_stream', 'other')),
        channel text NOT NULL CHECK (channel IN ('tv', 'radio', 'print', 'internet', 'social')),
        outlet_id integer REFERENCES outlets(id),
        rubric_id integer REFERENCES rubrics(id),
        direction_id integer REFERENCES directions(id),
        special_project_id integer REFERENCES special_projects(id),
        planned_quarter smallint CHECK (planned_quarter BETWEEN 1 AND 4),
        planned_month smallint CHECK (planned_month BETWEEN 1 AND 12),
        planned_count integer NOT NULL CHECK (planned_count > 0),
        responsible text,
        notes text,
        version integer NOT NULL DEFAULT 1,
        CHECK (planned_month IS NULL OR planned_quarter IS NULL OR planned_quarter = (planned_month + 2) / 3)
      );
      CREATE INDEX media_plan_items_plan_idx ON media_plan_items (media_plan_id);

      CREATE TABLE media_plan_item_target_audiences (
        media_plan_item_id integer NOT NULL REFERENCES media_plan_items(id) ON DELETE CASCADE,
        target_audience_id integer NOT NULL REFERENCES target_audiences(id),
        PRIMARY KEY (media_plan_item_id, target_audience_id)
      );

      CREATE TABLE materials (
        id serial PRIMARY KEY,
        region_id integer NOT NULL REFERENCES regions(id),
        outlet_id integer NOT NULL REFERENCES outlets(id),
        rubric_id integer REFERENCES rubrics(id),
        channel text NOT NULL CHECK (channel IN ('tv', 'radio', 'print', 'internet', 'social')),
        media_level text NOT NULL CHECK (media_level IN ('republican', 'regional')),
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'kk_ru', 'other')),
        format text NOT NULL CHECK (format IN ('article', 'interview', 'commentary', 'video_story', 'tv_program',
          'radio_program', 'post', 'video', 'infographic', 'live_stream', 'other')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
        url text,
        published_on date NOT NULL,
        direction_id integer REFERENCES directions(id),
        special_project_id integer REFERENCES special_projects(id),
        media_plan_item_id integer REFERENCES media_plan_items(id),
        views integer CHECK (views >= 0),
        reactions integer CHECK (reactions >= 0),
        shares integer CHECK (shares >= 0),
        comments integer CHECK (comments >= 0),
        reach integer CHECK (reach >= 0),
        notes text,
        created_by_id integer REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX materials_published_idx ON materials (published_on, id);
      CREATE INDEX materials_region_published_idx ON materials (region_id, published_on, id);
      CREATE INDEX materials_count_idx ON materials (published_on, media_level, channel, region_id);
      CREATE INDEX materials_outlet_idx ON materials (outlet_id, published_on);
      CREATE INDEX materials_rubric_idx ON materials (rubric_id) WHERE rubric_id IS NOT NULL;
      CREATE INDEX materials_plan_item_idx ON materials (media_plan_item_id) WHERE media_plan_item_id IS NOT NULL;
      CREATE INDEX materials_special_project_idx ON materials (special_project_id, published_on)
        WHERE special_project_id IS NOT NULL;

      CREATE TABLE material_target_audiences (
        material_id integer NOT NULL REFERENCES materials(id) ON DELETE CASCADE,
        target_audience_id integer NOT NULL REFERENCES target_audiences(id),
        PRIMARY KEY (material_id, target_audience_id)
      );
      CREATE INDEX material_target_audiences_audience_idx ON material_target_audiences (target_audience_id, material_id);

      CREATE TABLE audit_events (
        id serial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id integer REFERENCES users(id),
        action text NOT NULL,
        resource text NOT NULL,
        record_id integer,
        region_id integer REFERENCES regions(id),
        changes jsonb NOT NULL DEFAULT '{}',
        comment text
      );
      CREATE INDEX audit_events_record_idx ON audit_events (resource, record_id, at);
      CREATE INDEX audit_events_at_idx ON audit_events (at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_events, material_target_audiences, materials, media_plan_item_target_audiences,
        media_plan_items, media_plans, users, rubrics, outlets, target_audiences, special_projects, directions, regions;
    `);
  }
}
