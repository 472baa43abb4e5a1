ALTER TABLE "activities" DROP COLUMN "budget";--> statement-breakpoint
ALTER TABLE "activities" DROP COLUMN "cost";