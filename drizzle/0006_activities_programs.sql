CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"focus_area" text NOT NULL,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"responsible_person" text DEFAULT '' NOT NULL,
	"budget" integer,
	"cost" integer,
	"public" boolean DEFAULT false NOT NULL,
	"default_place" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_areas" (
	"organisation_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	CONSTRAINT "activity_areas_activity_id_area_id_pk" PRIMARY KEY("activity_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "activity_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"area_id" uuid,
	"name" text NOT NULL,
	"date" date NOT NULL,
	"counters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"place" text DEFAULT '' NOT NULL,
	"participants" integer,
	"women" integer DEFAULT 0 NOT NULL,
	"men" integer DEFAULT 0 NOT NULL,
	"other_gender" integer DEFAULT 0 NOT NULL,
	"age_0_12" integer DEFAULT 0 NOT NULL,
	"age_13_15" integer DEFAULT 0 NOT NULL,
	"age_16_19" integer DEFAULT 0 NOT NULL,
	"age_20_25" integer DEFAULT 0 NOT NULL,
	"age_26_64" integer DEFAULT 0 NOT NULL,
	"age_65_plus" integer DEFAULT 0 NOT NULL,
	"new_participants" integer,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_participant_identities" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name_sealed" text,
	"personal_number_sealed" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"ref" text,
	"birth_year" integer,
	"gender" text,
	"area_id" uuid,
	"consent_on" date,
	"enrolled_on" date NOT NULL,
	"exited_on" date,
	"completed" boolean,
	"outcome" text,
	"outcome_6_months" text,
	"satisfaction" integer,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"focus_area" text NOT NULL,
	"responsible_person" text DEFAULT '' NOT NULL,
	"reports_job_outcome" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_questionnaire_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"answered_on" date NOT NULL,
	"values" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"questions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_areas" ADD CONSTRAINT "activity_areas_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_participant_identities" ADD CONSTRAINT "program_participant_identities_participant_id_program_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."program_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_participants" ADD CONSTRAINT "program_participants_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_questionnaire_answers" ADD CONSTRAINT "program_questionnaire_answers_questionnaire_id_program_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."program_questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_questionnaire_answers" ADD CONSTRAINT "program_questionnaire_answers_participant_id_program_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."program_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_questionnaires" ADD CONSTRAINT "program_questionnaires_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_org_name_unique" ON "activities" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "activity_areas_area_idx" ON "activity_areas" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "activity_events_activity_idx" ON "activity_events" USING btree ("activity_id","date");--> statement-breakpoint
CREATE INDEX "activity_sessions_org_date_idx" ON "activity_sessions" USING btree ("organisation_id","date");--> statement-breakpoint
CREATE INDEX "activity_sessions_activity_idx" ON "activity_sessions" USING btree ("activity_id","date");--> statement-breakpoint
CREATE INDEX "activity_sessions_area_idx" ON "activity_sessions" USING btree ("area_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "program_participants_program_ref_unique" ON "program_participants" USING btree ("program_id","ref");--> statement-breakpoint
CREATE INDEX "program_participants_org_idx" ON "program_participants" USING btree ("organisation_id","program_id");--> statement-breakpoint
CREATE INDEX "program_participants_area_idx" ON "program_participants" USING btree ("area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_org_code_unique" ON "programs" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "program_questionnaire_answers_unique" ON "program_questionnaire_answers" USING btree ("questionnaire_id","participant_id","phase");