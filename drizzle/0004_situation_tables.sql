CREATE TABLE "situation_coordinators" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "situation_coordinators_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "situation_grade_levels" (
	"organisation_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"colour" text NOT NULL,
	CONSTRAINT "situation_grade_levels_organisation_id_level_pk" PRIMARY KEY("organisation_id","level")
);
--> statement-breakpoint
CREATE TABLE "situation_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"positive" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_incident_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"week" text NOT NULL,
	"date" date NOT NULL,
	"time_of_day" text,
	"area_id" uuid NOT NULL,
	"place_type" text,
	"lat" double precision,
	"lon" double precision,
	"category_id" uuid NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source_id" uuid NOT NULL,
	"reported_by" uuid,
	"restricted" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"merged_into" uuid,
	"import_key" text,
	"reduced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_nothing_to_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"week" text NOT NULL,
	"source_id" uuid NOT NULL,
	"reported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_partner_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"contact_email" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"retention_months" integer DEFAULT 24 NOT NULL,
	"retention_mode" text DEFAULT 'reduce' NOT NULL,
	"reporting_window_days" integer DEFAULT 3 NOT NULL,
	"grid_metres" integer DEFAULT 50 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_weekly_grades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"week" text NOT NULL,
	"area_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"rationale" text NOT NULL,
	"proposed_level" integer,
	"set_by" uuid,
	"set_by_name" text NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"week" text NOT NULL,
	"decided_week" text NOT NULL,
	"kind" text DEFAULT 'priority' NOT NULL,
	"area_id" uuid,
	"place_type" text,
	"lat" double precision,
	"lon" double precision,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "situation_incident_reports" ADD CONSTRAINT "situation_incident_reports_category_id_situation_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."situation_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_incident_reports" ADD CONSTRAINT "situation_incident_reports_source_id_situation_partner_organisations_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."situation_partner_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_nothing_to_report" ADD CONSTRAINT "situation_nothing_to_report_source_id_situation_partner_organisations_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."situation_partner_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "situation_categories_org_code_unique" ON "situation_categories" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE INDEX "situation_reports_org_week_idx" ON "situation_incident_reports" USING btree ("organisation_id","week");--> statement-breakpoint
CREATE INDEX "situation_reports_org_area_date_idx" ON "situation_incident_reports" USING btree ("organisation_id","area_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "situation_reports_org_import_key_unique" ON "situation_incident_reports" USING btree ("organisation_id","import_key");--> statement-breakpoint
CREATE UNIQUE INDEX "situation_nothing_org_week_source_unique" ON "situation_nothing_to_report" USING btree ("organisation_id","week","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "situation_partners_org_name_unique" ON "situation_partner_organisations" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "situation_grades_org_week_area_unique" ON "situation_weekly_grades" USING btree ("organisation_id","week","area_id");--> statement-breakpoint
CREATE INDEX "situation_priorities_org_week_idx" ON "situation_priorities" USING btree ("organisation_id","week");