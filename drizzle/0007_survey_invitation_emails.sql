CREATE TABLE "survey_invitation_emails" (
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"email" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invitation_emails_organisation_id_household_id_pk" PRIMARY KEY("organisation_id","household_id")
);
--> statement-breakpoint
ALTER TABLE "survey_invitation_emails" ADD CONSTRAINT "survey_invitation_emails_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Addresses the sampling table held (only the demo could fill them) move to their own table.
INSERT INTO "survey_invitation_emails" ("organisation_id", "household_id", "email")
  SELECT "organisation_id", "household_id", "email" FROM "survey_sampling" WHERE "email" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_sampling" DROP COLUMN "email";