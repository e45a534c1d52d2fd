ALTER TABLE "places" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_coordinates_whole" CHECK (("places"."latitude" is null) = ("places"."longitude" is null));--> statement-breakpoint
-- Hand-written: a database seeded before this migration gets the seed places' coordinates (packages/domain/src/seed/places.ts).
UPDATE "places" AS p SET "latitude" = v.latitude, "longitude" = v.longitude
FROM (VALUES
  ('place:united-states', 38::double precision, -97::double precision),
  ('place:north-korea', 40, 127),
  ('place:singapore', 1.3667, 103.8),
  ('place:vietnam', 16.1667, 107.8333),
  ('place:thailand', 15, 100),
  ('place:washington-dc', 38.9072, -77.0369),
  ('place:northwest-dc', 38.9345, -77.0581),
  ('place:white-house', 38.8977, -77.0365),
  ('place:oval-office', 38.8973, -77.0374)
) AS v(id, latitude, longitude)
WHERE p."id" = v.id AND p."latitude" IS NULL;
