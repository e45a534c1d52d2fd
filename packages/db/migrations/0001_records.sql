CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR', 'RANGE');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('GOVERNMENT', 'AGENCY', 'OFFICE', 'PARTY', 'MEDIA', 'PROGRAM');--> statement-breakpoint
CREATE TYPE "public"."participant_role" AS ENUM('HOST', 'GUEST', 'ATTENDEE');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('COUNTRY', 'REGION', 'CITY', 'DISTRICT', 'BUILDING', 'ROOM');--> statement-breakpoint
CREATE TYPE "public"."relation_type" AS ENUM('CONTRADICTS', 'SUPPORTS', 'UPDATES', 'RESPONDS_TO');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('ARTICLE', 'PRESS_RELEASE', 'TRANSCRIPT', 'DOCUMENT', 'SYNTHETIC');--> statement-breakpoint
CREATE TYPE "public"."statement_kind" AS ENUM('STATEMENT', 'REMARKS', 'TWEET', 'REPORT', 'INTERVIEW', 'REPORTED');--> statement-breakpoint
CREATE TYPE "public"."summit_status" AS ENUM('PROPOSED', 'ANNOUNCED', 'SCHEDULED', 'POSTPONED', 'CANCELLED', 'HELD');--> statement-breakpoint
CREATE TABLE "meeting_citations" (
	"meeting_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"excerpt" text NOT NULL,
	CONSTRAINT "meeting_citations_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"meeting_id" text NOT NULL,
	"position" integer NOT NULL,
	"person_id" text NOT NULL,
	"role" "participant_role" NOT NULL,
	CONSTRAINT "meeting_participants_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "meeting_topics" (
	"meeting_id" text NOT NULL,
	"position" integer NOT NULL,
	"topic_id" text NOT NULL,
	CONSTRAINT "meeting_topics_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"title_key" text NOT NULL,
	"description" text,
	"date_text" text,
	"date_edtf" text NOT NULL,
	"date_earliest" date NOT NULL,
	"date_latest" date NOT NULL,
	"date_precision" date_precision NOT NULL,
	"duration_minutes" integer,
	"location_id" text,
	"summit_id" text,
	"search_a" text DEFAULT '' NOT NULL,
	"search_b" text DEFAULT '' NOT NULL,
	"search_c" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "meetings"."search_a"), 'A') || setweight(to_tsvector('english'::regconfig, "meetings"."search_b"), 'B') || setweight(to_tsvector('english'::regconfig, "meetings"."search_c"), 'C')) STORED,
	CONSTRAINT "meetings_slug_unique" UNIQUE("slug"),
	CONSTRAINT "meetings_duration_positive" CHECK ("meetings"."duration_minutes" > 0),
	CONSTRAINT "meetings_date_order" CHECK ("meetings"."date_earliest" <= "meetings"."date_latest")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"country_id" text,
	"parent_id" text,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"aliases" text[] NOT NULL,
	"country_id" text,
	"search_a" text DEFAULT '' NOT NULL,
	"search_b" text DEFAULT '' NOT NULL,
	"search_c" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "people"."search_a"), 'A') || setweight(to_tsvector('english'::regconfig, "people"."search_b"), 'B') || setweight(to_tsvector('english'::regconfig, "people"."search_c"), 'C')) STORED,
	CONSTRAINT "people_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"person_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"organization_id" text,
	"from_text" text,
	"from_edtf" text,
	"from_earliest" date,
	"from_latest" date,
	"from_precision" date_precision,
	"to_text" text,
	"to_edtf" text,
	"to_earliest" date,
	"to_latest" date,
	"to_precision" date_precision,
	"citation_source_id" text,
	"citation_excerpt" text,
	CONSTRAINT "roles_person_id_position_pk" PRIMARY KEY("person_id","position"),
	CONSTRAINT "roles_from_order" CHECK ("roles"."from_earliest" <= "roles"."from_latest"),
	CONSTRAINT "roles_from_whole" CHECK (num_nulls("roles"."from_edtf", "roles"."from_earliest", "roles"."from_latest", "roles"."from_precision") in (0, 4)),
	CONSTRAINT "roles_to_order" CHECK ("roles"."to_earliest" <= "roles"."to_latest"),
	CONSTRAINT "roles_to_whole" CHECK (num_nulls("roles"."to_edtf", "roles"."to_earliest", "roles"."to_latest", "roles"."to_precision") in (0, 4)),
	CONSTRAINT "roles_citation_whole" CHECK (num_nulls("roles"."citation_source_id", "roles"."citation_excerpt") in (0, 2))
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] NOT NULL,
	"kind" "place_kind" NOT NULL,
	"within_id" text,
	CONSTRAINT "places_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "source_kind" NOT NULL,
	"title" text NOT NULL,
	"outlet" text NOT NULL,
	"published_at" date NOT NULL,
	"author" text,
	"url" text,
	"language" text NOT NULL,
	CONSTRAINT "sources_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "statement_citations" (
	"statement_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"excerpt" text NOT NULL,
	CONSTRAINT "statement_citations_statement_id_position_pk" PRIMARY KEY("statement_id","position")
);
--> statement-breakpoint
CREATE TABLE "statement_relations" (
	"source_id" text NOT NULL,
	"position" integer NOT NULL,
	"type" "relation_type" NOT NULL,
	"target_id" text NOT NULL,
	"note" text,
	"citation_source_id" text,
	"citation_excerpt" text,
	CONSTRAINT "statement_relations_source_id_position_pk" PRIMARY KEY("source_id","position"),
	CONSTRAINT "statement_relations_citation_whole" CHECK (num_nulls("statement_relations"."citation_source_id", "statement_relations"."citation_excerpt") in (0, 2))
);
--> statement-breakpoint
CREATE TABLE "statement_topics" (
	"statement_id" text NOT NULL,
	"position" integer NOT NULL,
	"topic_id" text NOT NULL,
	CONSTRAINT "statement_topics_statement_id_position_pk" PRIMARY KEY("statement_id","position")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "statement_kind" NOT NULL,
	"quote" text,
	"paraphrase" text,
	"speaker_id" text,
	"organization_id" text,
	"date_text" text,
	"date_edtf" text NOT NULL,
	"date_earliest" date NOT NULL,
	"date_latest" date NOT NULL,
	"date_precision" date_precision NOT NULL,
	"venue_id" text,
	"summit_id" text,
	"meeting_id" text,
	"search_a" text DEFAULT '' NOT NULL,
	"search_b" text DEFAULT '' NOT NULL,
	"search_c" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "statements"."search_a"), 'A') || setweight(to_tsvector('english'::regconfig, "statements"."search_b"), 'B') || setweight(to_tsvector('english'::regconfig, "statements"."search_c"), 'C')) STORED,
	CONSTRAINT "statements_slug_unique" UNIQUE("slug"),
	CONSTRAINT "statements_says_something" CHECK (num_nonnulls("statements"."quote", "statements"."paraphrase") > 0),
	CONSTRAINT "statements_has_author" CHECK (num_nonnulls("statements"."speaker_id", "statements"."organization_id") > 0),
	CONSTRAINT "statements_date_order" CHECK ("statements"."date_earliest" <= "statements"."date_latest")
);
--> statement-breakpoint
CREATE TABLE "candidate_locations" (
	"summit_id" text NOT NULL,
	"position" integer NOT NULL,
	"place_id" text NOT NULL,
	"reported_by_id" text,
	"reported_by_organization_id" text,
	"citation_source_id" text NOT NULL,
	"citation_excerpt" text NOT NULL,
	CONSTRAINT "candidate_locations_summit_id_position_pk" PRIMARY KEY("summit_id","position")
);
--> statement-breakpoint
CREATE TABLE "summit_citations" (
	"summit_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"excerpt" text NOT NULL,
	CONSTRAINT "summit_citations_summit_id_position_pk" PRIMARY KEY("summit_id","position")
);
--> statement-breakpoint
CREATE TABLE "summit_developments" (
	"summit_id" text NOT NULL,
	"position" integer NOT NULL,
	"sequence" integer NOT NULL,
	"date_text" text,
	"date_edtf" text,
	"date_earliest" date,
	"date_latest" date,
	"date_precision" date_precision,
	"status" "summit_status" NOT NULL,
	"description" text NOT NULL,
	"citation_source_id" text NOT NULL,
	"citation_excerpt" text NOT NULL,
	CONSTRAINT "summit_developments_summit_id_position_pk" PRIMARY KEY("summit_id","position"),
	CONSTRAINT "summit_developments_sequence_nonnegative" CHECK ("summit_developments"."sequence" >= 0),
	CONSTRAINT "summit_developments_date_order" CHECK ("summit_developments"."date_earliest" <= "summit_developments"."date_latest"),
	CONSTRAINT "summit_developments_date_whole" CHECK (num_nulls("summit_developments"."date_edtf", "summit_developments"."date_earliest", "summit_developments"."date_latest", "summit_developments"."date_precision") in (0, 4))
);
--> statement-breakpoint
CREATE TABLE "summit_participants" (
	"summit_id" text NOT NULL,
	"position" integer NOT NULL,
	"person_id" text NOT NULL,
	"role" "participant_role" NOT NULL,
	CONSTRAINT "summit_participants_summit_id_position_pk" PRIMARY KEY("summit_id","position")
);
--> statement-breakpoint
CREATE TABLE "summit_topics" (
	"summit_id" text NOT NULL,
	"position" integer NOT NULL,
	"topic_id" text NOT NULL,
	CONSTRAINT "summit_topics_summit_id_position_pk" PRIMARY KEY("summit_id","position")
);
--> statement-breakpoint
CREATE TABLE "summits" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"title_key" text NOT NULL,
	"ordinal" integer,
	"status" "summit_status" NOT NULL,
	"date_text" text,
	"date_edtf" text,
	"date_earliest" date,
	"date_latest" date,
	"date_precision" date_precision,
	"location_id" text,
	"sort_earliest" date GENERATED ALWAYS AS (coalesce("summits"."date_earliest", '9999-12-31'::date)) STORED NOT NULL,
	"sort_latest" date GENERATED ALWAYS AS (coalesce("summits"."date_latest", '9999-12-31'::date)) STORED NOT NULL,
	"sort_ordinal" bigint GENERATED ALWAYS AS (coalesce("summits"."ordinal", 9007199254740991)) STORED NOT NULL,
	"search_a" text DEFAULT '' NOT NULL,
	"search_b" text DEFAULT '' NOT NULL,
	"search_c" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "summits"."search_a"), 'A') || setweight(to_tsvector('english'::regconfig, "summits"."search_b"), 'B') || setweight(to_tsvector('english'::regconfig, "summits"."search_c"), 'C')) STORED,
	CONSTRAINT "summits_slug_unique" UNIQUE("slug"),
	CONSTRAINT "summits_ordinal_positive" CHECK ("summits"."ordinal" > 0),
	CONSTRAINT "summits_date_order" CHECK ("summits"."date_earliest" <= "summits"."date_latest"),
	CONSTRAINT "summits_date_whole" CHECK (num_nulls("summits"."date_edtf", "summits"."date_earliest", "summits"."date_latest", "summits"."date_precision") in (0, 4))
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "topics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "meeting_citations" ADD CONSTRAINT "meeting_citations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_citations" ADD CONSTRAINT "meeting_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_topics" ADD CONSTRAINT "meeting_topics_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_topics" ADD CONSTRAINT "meeting_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_location_id_places_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_country_id_places_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_country_id_places_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_citation_source_id_sources_id_fk" FOREIGN KEY ("citation_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_within_id_places_id_fk" FOREIGN KEY ("within_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_citations" ADD CONSTRAINT "statement_citations_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_citations" ADD CONSTRAINT "statement_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_relations" ADD CONSTRAINT "statement_relations_source_id_statements_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_relations" ADD CONSTRAINT "statement_relations_target_id_statements_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_relations" ADD CONSTRAINT "statement_relations_citation_source_id_sources_id_fk" FOREIGN KEY ("citation_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_topics" ADD CONSTRAINT "statement_topics_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_topics" ADD CONSTRAINT "statement_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_people_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_venue_id_places_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_locations" ADD CONSTRAINT "candidate_locations_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_locations" ADD CONSTRAINT "candidate_locations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_locations" ADD CONSTRAINT "candidate_locations_reported_by_id_people_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_locations" ADD CONSTRAINT "candidate_locations_citation_source_id_sources_id_fk" FOREIGN KEY ("citation_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_locations" ADD CONSTRAINT "candidate_locations_reported_by_organization_fk" FOREIGN KEY ("reported_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_citations" ADD CONSTRAINT "summit_citations_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_citations" ADD CONSTRAINT "summit_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD CONSTRAINT "summit_developments_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD CONSTRAINT "summit_developments_citation_source_id_sources_id_fk" FOREIGN KEY ("citation_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_participants" ADD CONSTRAINT "summit_participants_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_participants" ADD CONSTRAINT "summit_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_topics" ADD CONSTRAINT "summit_topics_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_topics" ADD CONSTRAINT "summit_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summits" ADD CONSTRAINT "summits_location_id_places_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_citations_source_idx" ON "meeting_citations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_person_idx" ON "meeting_participants" USING btree ("person_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_topics_topic_idx" ON "meeting_topics" USING btree ("topic_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_order_date_idx" ON "meetings" USING btree ("date_earliest","date_latest","id");--> statement-breakpoint
CREATE INDEX "meetings_order_title_idx" ON "meetings" USING btree ("title_key","id");--> statement-breakpoint
CREATE INDEX "meetings_summit_idx" ON "meetings" USING btree ("summit_id");--> statement-breakpoint
CREATE INDEX "meetings_search_idx" ON "meetings" USING gin ("search");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "people_order_name_idx" ON "people" USING btree ("name_key","id");--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search");--> statement-breakpoint
CREATE INDEX "roles_organization_idx" ON "roles" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "places_within_idx" ON "places" USING btree ("within_id");--> statement-breakpoint
CREATE INDEX "statement_citations_source_idx" ON "statement_citations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "statement_relations_target_idx" ON "statement_relations" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "statement_topics_topic_idx" ON "statement_topics" USING btree ("topic_id","statement_id");--> statement-breakpoint
CREATE INDEX "statements_order_date_idx" ON "statements" USING btree ("date_earliest","date_latest","id");--> statement-breakpoint
CREATE INDEX "statements_speaker_idx" ON "statements" USING btree ("speaker_id");--> statement-breakpoint
CREATE INDEX "statements_organization_idx" ON "statements" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "statements_summit_idx" ON "statements" USING btree ("summit_id");--> statement-breakpoint
CREATE INDEX "statements_meeting_idx" ON "statements" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin ("search");--> statement-breakpoint
CREATE INDEX "candidate_locations_place_idx" ON "candidate_locations" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "summit_citations_source_idx" ON "summit_citations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "summit_participants_person_idx" ON "summit_participants" USING btree ("person_id","summit_id");--> statement-breakpoint
CREATE INDEX "summit_topics_topic_idx" ON "summit_topics" USING btree ("topic_id","summit_id");--> statement-breakpoint
CREATE INDEX "summits_order_date_idx" ON "summits" USING btree ("sort_earliest","sort_latest","id");--> statement-breakpoint
CREATE INDEX "summits_order_ordinal_idx" ON "summits" USING btree ("sort_ordinal","id");--> statement-breakpoint
CREATE INDEX "summits_order_title_idx" ON "summits" USING btree ("title_key","id");--> statement-breakpoint
CREATE INDEX "summits_status_idx" ON "summits" USING btree ("status");--> statement-breakpoint
CREATE INDEX "summits_search_idx" ON "summits" USING gin ("search");