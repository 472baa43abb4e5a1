-- Budget and cost were one pair per activity; they become the pair of the year the activity was registered.
INSERT INTO "activity_finances" ("organisation_id", "activity_id", "year", "budget", "cost")
SELECT "organisation_id", "id", extract(year from "created_at")::integer, "budget", "cost"
FROM "activities"
WHERE "budget" IS NOT NULL OR "cost" IS NOT NULL
ON CONFLICT DO NOTHING;
