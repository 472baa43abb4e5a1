CREATE TABLE "import_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"owner" text NOT NULL,
	"alive_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "survey_responses_org_external_unique";--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "replaced_by" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "import_publications_one_writing" ON "import_publications" USING btree ("organisation_id","kind") WHERE state = 'writing';--> statement-breakpoint
CREATE INDEX "survey_responses_import_idx" ON "survey_responses" USING btree ("import_id") WHERE import_id is not null;--> statement-breakpoint
CREATE INDEX "survey_responses_replaced_by_idx" ON "survey_responses" USING btree ("replaced_by") WHERE replaced_by is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_org_external_unique" ON "survey_responses" USING btree ("organisation_id","external_id") WHERE replaced_by is null;