CREATE TABLE "rounds_action_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"finding_id" uuid,
	"area_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_user_id" uuid,
	"owner_name" text,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"wont_do_reason" text,
	"public_text" text,
	"created_on" date NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds_area_managers" (
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "rounds_area_managers_area_id_user_id_pk" PRIMARY KEY("area_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "rounds_checklist_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"name" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds_finding_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"round_id" uuid,
	"walk_id" uuid,
	"area_id" uuid NOT NULL,
	"property_id" uuid,
	"item_key" text,
	"positive" boolean DEFAULT false NOT NULL,
	"severity" text,
	"note" text DEFAULT '' NOT NULL,
	"staircase" text,
	"floor" text,
	"found_on" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds_presence_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"user_id" uuid,
	"host_name" text NOT NULL,
	"role" text DEFAULT 'safety_host' NOT NULL,
	"area_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_of_day" text NOT NULL,
	"activities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"talks" integer,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"property_id" uuid NOT NULL,
	"walked_on" date NOT NULL,
	"user_id" uuid,
	"person_name" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds_safety_walks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"title" text NOT NULL,
	"route" text DEFAULT '' NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"introduction_on" date,
	"walk_on" date NOT NULL,
	"feedback_on" date,
	"summary" text DEFAULT '' NOT NULL,
	"repeat_of_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rounds_action_history" ADD CONSTRAINT "rounds_action_history_action_id_rounds_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."rounds_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds_actions" ADD CONSTRAINT "rounds_actions_finding_id_rounds_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."rounds_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds_finding_photos" ADD CONSTRAINT "rounds_finding_photos_finding_id_rounds_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."rounds_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds_findings" ADD CONSTRAINT "rounds_findings_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds_findings" ADD CONSTRAINT "rounds_findings_walk_id_rounds_safety_walks_id_fk" FOREIGN KEY ("walk_id") REFERENCES "public"."rounds_safety_walks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_template_id_rounds_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."rounds_checklist_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rounds_action_history_action_idx" ON "rounds_action_history" USING btree ("action_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_actions_finding_unique" ON "rounds_actions" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "rounds_actions_area_status_idx" ON "rounds_actions" USING btree ("area_id","status");--> statement-breakpoint
CREATE INDEX "rounds_actions_owner_idx" ON "rounds_actions" USING btree ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_templates_org_key_version_unique" ON "rounds_checklist_templates" USING btree ("organisation_id","key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_photos_org_client_unique" ON "rounds_finding_photos" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "rounds_photos_finding_idx" ON "rounds_finding_photos" USING btree ("finding_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_findings_org_client_unique" ON "rounds_findings" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "rounds_findings_area_idx" ON "rounds_findings" USING btree ("area_id","found_on");--> statement-breakpoint
CREATE INDEX "rounds_findings_round_idx" ON "rounds_findings" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "rounds_findings_walk_idx" ON "rounds_findings" USING btree ("walk_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_shifts_org_client_unique" ON "rounds_presence_shifts" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "rounds_shifts_area_start_idx" ON "rounds_presence_shifts" USING btree ("area_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_org_client_unique" ON "rounds" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "rounds_area_date_idx" ON "rounds" USING btree ("area_id","walked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_walks_org_client_unique" ON "rounds_safety_walks" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_walks_repeat_of_unique" ON "rounds_safety_walks" USING btree ("repeat_of_id");--> statement-breakpoint
CREATE INDEX "rounds_walks_area_idx" ON "rounds_safety_walks" USING btree ("area_id","walk_on");