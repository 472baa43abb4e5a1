CREATE TABLE "situation_weeks" (
	"organisation_id" uuid NOT NULL,
	"week" text NOT NULL,
	"compiled_at" timestamp with time zone,
	"compiled_by" text,
	"reminders_sent_at" timestamp with time zone,
	CONSTRAINT "situation_weeks_organisation_id_week_pk" PRIMARY KEY("organisation_id","week")
);
