CREATE TABLE "pay_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pay_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"category_kind" text NOT NULL,
	"category_key" text NOT NULL,
	"explained" boolean DEFAULT false NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pay_findings_org_year_category_unique" UNIQUE("organisation_id","year","category_kind","category_key")
);
--> statement-breakpoint
CREATE TABLE "salary_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"employee_ref" text NOT NULL,
	"gender" text NOT NULL,
	"job_title" text NOT NULL,
	"work_group" text NOT NULL,
	"job_value_level" integer NOT NULL,
	"monthly_salary" double precision NOT NULL,
	"fte" double precision NOT NULL,
	"birth_year" integer NOT NULL,
	"hired_on" date NOT NULL,
	"variable_pay" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "salary_records_org_year_ref_unique" UNIQUE("organisation_id","year","employee_ref")
);
--> statement-breakpoint
CREATE TABLE "work_environment_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sick_leave_share" double precision,
	"promotive_share" double precision,
	"iso45001_certified" boolean DEFAULT false NOT NULL,
	"iso45001_valid_until" date,
	"source_note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_environment_years_org_year_unique" UNIQUE("organisation_id","year")
);
--> statement-breakpoint
CREATE TABLE "workforce_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workforce_bodies_org_code_unique" UNIQUE("organisation_id","code")
);
--> statement-breakpoint
CREATE TABLE "workforce_headcounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"body" text NOT NULL,
	"women" integer NOT NULL,
	"men" integer NOT NULL,
	"other" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workforce_headcounts_org_year_body_unique" UNIQUE("organisation_id","year","body")
);
--> statement-breakpoint
CREATE INDEX "pay_actions_org_year_idx" ON "pay_actions" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "salary_records_org_year_idx" ON "salary_records" USING btree ("organisation_id","year");