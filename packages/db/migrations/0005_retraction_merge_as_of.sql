ALTER TABLE "meetings" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_into_id" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD COLUMN "summit_date_text" text;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD COLUMN "summit_date_edtf" text;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD COLUMN "summit_date_earliest" date;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD COLUMN "summit_date_latest" date;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD COLUMN "summit_date_precision" date_precision;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD COLUMN "location_id" text;--> statement-breakpoint
ALTER TABLE "summits" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_into_id_people_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD CONSTRAINT "summit_developments_location_id_places_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_developments" ADD CONSTRAINT "summit_developments_summit_date_order" CHECK ("summit_developments"."summit_date_earliest" <= "summit_developments"."summit_date_latest");--> statement-breakpoint
ALTER TABLE "summit_developments" ADD CONSTRAINT "summit_developments_summit_date_whole" CHECK (num_nulls("summit_developments"."summit_date_edtf", "summit_developments"."summit_date_earliest", "summit_developments"."summit_date_latest", "summit_developments"."summit_date_precision") in (0, 4));