CREATE TABLE "record_counts" (
	"type" text PRIMARY KEY NOT NULL,
	"listed" integer NOT NULL
);
--> statement-breakpoint
-- Hand-written: the triggers that keep record_counts (drizzle's schema has no triggers), on the four types whose
-- lists count (summits, meetings, statements, people). Statement-level, with transition tables, so that a bulk
-- import updates each count once, not once per row. TG_ARGV: the type, and 'merged' where a merged row is unlisted.
CREATE FUNCTION "count_listed_records"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added integer := 0;
  removed integer := 0;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF TG_NARGS > 1 THEN
      SELECT count(*) INTO added FROM new_rows AS r WHERE r.retraction_reason IS NULL AND r.merged_into_id IS NULL;
    ELSE
      SELECT count(*) INTO added FROM new_rows AS r WHERE r.retraction_reason IS NULL;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF TG_NARGS > 1 THEN
      SELECT count(*) INTO removed FROM old_rows AS r WHERE r.retraction_reason IS NULL AND r.merged_into_id IS NULL;
    ELSE
      SELECT count(*) INTO removed FROM old_rows AS r WHERE r.retraction_reason IS NULL;
    END IF;
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
  counted record;
BEGIN
  FOR counted IN SELECT * FROM (VALUES
    ('summit', 'summits', NULL), ('meeting', 'meetings', NULL), ('statement', 'statements', NULL),
    ('person', 'people', 'merged')
  ) AS v(type, name, merged) LOOP
    -- The triggers first: creating one locks the table against writes until this migration commits, so that no
    -- row written meanwhile (by a process still running the old code) is missed by the count below.
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_listed_records(%s)',
      counted.name || '_counted_insert', counted.name, concat_ws(', ', quote_literal(counted.type), quote_literal(counted.merged)));
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_listed_records(%s)',
      counted.name || '_counted_update', counted.name, concat_ws(', ', quote_literal(counted.type), quote_literal(counted.merged)));
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_listed_records(%s)',
      counted.name || '_counted_delete', counted.name, concat_ws(', ', quote_literal(counted.type), quote_literal(counted.merged)));
    EXECUTE format('INSERT INTO record_counts SELECT %L, count(*) FROM %I WHERE retraction_reason IS NULL%s',
      counted.type, counted.name, CASE WHEN counted.merged IS NULL THEN '' ELSE ' AND merged_into_id IS NULL' END);
  END LOOP;
END;
$$;
