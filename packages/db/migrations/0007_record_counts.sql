CREATE TABLE "record_counts" (
	"type" text PRIMARY KEY NOT NULL,
	"listed" integer NOT NULL
);
--> statement-breakpoint
-- Hand-written: the triggers that keep record_counts (drizzle's schema has no triggers). Statement-level, with
-- transition tables, so that a bulk import updates each count once, not once per row.
CREATE FUNCTION "count_listed_records"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added integer := 0;
  removed integer := 0;
BEGIN
  -- Listed: not retracted, and (people) not merged into another; the key is absent from other tables' rows.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT count(*) INTO added FROM new_rows AS r
    WHERE r.retraction_reason IS NULL AND to_jsonb(r) ->> 'merged_into_id' IS NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT count(*) INTO removed FROM old_rows AS r
    WHERE r.retraction_reason IS NULL AND to_jsonb(r) ->> 'merged_into_id' IS NULL;
  END IF;
  IF added <> removed THEN
    UPDATE "record_counts" SET "listed" = "listed" + added - removed WHERE "type" = TG_ARGV[0];
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  record_table record;
BEGIN
  FOR record_table IN SELECT * FROM (VALUES
    ('source', 'sources'), ('topic', 'topics'), ('place', 'places'), ('organization', 'organizations'),
    ('person', 'people'), ('summit', 'summits'), ('meeting', 'meetings'), ('statement', 'statements')
  ) AS v(type, name) LOOP
    EXECUTE format(
      'INSERT INTO record_counts SELECT %L, count(*) FROM %I AS r
       WHERE r.retraction_reason IS NULL AND to_jsonb(r) ->> ''merged_into_id'' IS NULL',
      record_table.type, record_table.name);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_listed_records(%L)', record_table.name || '_counted_insert', record_table.name, record_table.type);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_listed_records(%L)', record_table.name || '_counted_update', record_table.name, record_table.type);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_listed_records(%L)', record_table.name || '_counted_delete', record_table.name, record_table.type);
  END LOOP;
END;
$$;
