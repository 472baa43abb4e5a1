CREATE TABLE "report_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"material_area" text NOT NULL,
	"language" text NOT NULL,
	"body" text NOT NULL,
	"written_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"year" integer NOT NULL,
	"area_id" uuid,
	"value" double precision NOT NULL,
	"n" integer,
	"source_note" text NOT NULL,
	"attachment_name" text,
	"attachment_type" text,
	"attachment" "bytea",
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_entries_org_indicator_year_area_unique" UNIQUE NULLS NOT DISTINCT("organisation_id","indicator_id","year","area_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"year" integer NOT NULL,
	"area_id" uuid,
	"target" double precision NOT NULL,
	"baseline_year" integer,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_goals_org_indicator_year_area_unique" UNIQUE NULLS NOT DISTINCT("organisation_id","indicator_id","year","area_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_stories_org_indicator_unique" UNIQUE("organisation_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "manual_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL,
	"material_area" text NOT NULL,
	"focus_area" text,
	"sdg" integer[] NOT NULL,
	"sdg_targets" text[] NOT NULL,
	"higher_is_better" boolean NOT NULL,
	"frequency" text NOT NULL,
	"owner" text NOT NULL,
	"definition_sv" text NOT NULL,
	"definition_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "manual_indicators_org_code_unique" UNIQUE("organisation_id","code")
);
--> statement-breakpoint
ALTER TABLE "indicator_entries" ADD CONSTRAINT "indicator_entries_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_goals" ADD CONSTRAINT "indicator_goals_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_texts_org_year_idx" ON "report_texts" USING btree ("organisation_id","year","material_area","language");--> statement-breakpoint
-- The safety index's yearly targets become goals of the one goals page (survey_targets goes in the next migration).
INSERT INTO "indicator_goals" ("organisation_id", "indicator_id", "year", "area_id", "target", "created_at", "updated_at")
SELECT "organisation_id", 'safety_index', "year", "area_id", "target", "created_at", "created_at" FROM "survey_targets";
