CREATE TYPE "public"."record_type" AS ENUM('person', 'organization', 'place', 'source', 'topic', 'summit', 'meeting', 'statement');--> statement-breakpoint
CREATE TABLE "revisions" (
	"record_id" text NOT NULL,
	"revision" integer NOT NULL,
	"type" "record_type" NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT statement_timestamp() NOT NULL,
	"reason" text,
	"before" jsonb,
	"after" jsonb NOT NULL,
	CONSTRAINT "revisions_record_id_revision_pk" PRIMARY KEY("record_id","revision")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "summits" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "revisions_order_idx" ON "revisions" USING btree ("at","record_id","revision");--> statement-breakpoint
CREATE INDEX "revisions_actor_idx" ON "revisions" USING btree ("actor","at","record_id","revision");