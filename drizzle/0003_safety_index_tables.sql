CREATE TABLE "survey_index_rollups" (
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"month" text NOT NULL,
	"respondents" integer DEFAULT 0 NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sy" double precision DEFAULT 0 NOT NULL,
	"sm" double precision DEFAULT 0 NOT NULL,
	"syy" double precision DEFAULT 0 NOT NULL,
	"sym" double precision DEFAULT 0 NOT NULL,
	"smm" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_index_rollups_organisation_id_area_id_month_pk" PRIMARY KEY("organisation_id","area_id","month")
);
--> statement-breakpoint
CREATE TABLE "survey_instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"questions" jsonb NOT NULL,
	"index_codes" jsonb NOT NULL,
	"comment" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"month" text NOT NULL,
	"token_hash" text NOT NULL,
	"reminder_token_hash" text,
	"expires_at" timestamp with time zone NOT NULL,
	"emailed_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"month" text NOT NULL,
	"kind" text NOT NULL,
	"letters" integer NOT NULL,
	"pdf" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_question_rollups" (
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"month" text NOT NULL,
	"code" text NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"top" integer DEFAULT 0 NOT NULL,
	"dont_know" integer DEFAULT 0 NOT NULL,
	"pair_n" integer DEFAULT 0 NOT NULL,
	"sum_x" double precision DEFAULT 0 NOT NULL,
	"sum_o" double precision DEFAULT 0 NOT NULL,
	"sum_xx" double precision DEFAULT 0 NOT NULL,
	"sum_oo" double precision DEFAULT 0 NOT NULL,
	"sum_xo" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_question_rollups_organisation_id_area_id_month_code_pk" PRIMARY KEY("organisation_id","area_id","month","code")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"month" text NOT NULL,
	"instrument_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"comment" text,
	"source" text NOT NULL,
	"external_id" text
);
--> statement-breakpoint
CREATE TABLE "survey_sampling" (
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"slot" integer NOT NULL,
	"last_invited_month" integer,
	"email" text,
	CONSTRAINT "survey_sampling_organisation_id_household_id_pk" PRIMARY KEY("organisation_id","household_id")
);
--> statement-breakpoint
CREATE TABLE "survey_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"seed" text NOT NULL,
	"min_respondents" integer DEFAULT 10 NOT NULL,
	"valid_days" integer DEFAULT 60 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"area_id" uuid,
	"target" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_targets_org_year_area_unique" UNIQUE NULLS NOT DISTINCT("organisation_id","year","area_id")
);
--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_instrument_id_survey_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."survey_instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sampling" ADD CONSTRAINT "survey_sampling_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_instruments_org_version_unique" ON "survey_instruments" USING btree ("organisation_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_token_unique" ON "survey_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_reminder_token_unique" ON "survey_invitations" USING btree ("reminder_token_hash");--> statement-breakpoint
CREATE INDEX "survey_invitations_org_month_idx" ON "survey_invitations" USING btree ("organisation_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_letters_org_month_kind_unique" ON "survey_letters" USING btree ("organisation_id","month","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_org_external_unique" ON "survey_responses" USING btree ("organisation_id","external_id");--> statement-breakpoint
CREATE INDEX "survey_responses_org_area_month_idx" ON "survey_responses" USING btree ("organisation_id","area_id","month");