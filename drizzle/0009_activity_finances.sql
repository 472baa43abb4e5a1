CREATE TABLE "activity_finances" (
	"organisation_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"budget" integer,
	"cost" integer,
	CONSTRAINT "activity_finances_activity_id_year_pk" PRIMARY KEY("activity_id","year")
);
--> statement-breakpoint
ALTER TABLE "activity_finances" ADD CONSTRAINT "activity_finances_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;