-- The survey's own minimum of respondents gives way to the core publication layer's threshold
-- (organisations.settings.disclosure.survey, floor 10). An organisation that had raised it above the
-- floor keeps its stricter value there, unless a core threshold is set already; values at or below
-- 10 need nothing (the core default is 10).
UPDATE "organisations" AS o
SET "settings" = jsonb_set(
  o."settings",
  '{disclosure}',
  coalesce(o."settings" -> 'disclosure', '{}'::jsonb) || jsonb_build_object('survey', s."min_respondents")
)
FROM "survey_settings" AS s
WHERE s."organisation_id" = o."id"
  AND s."min_respondents" > 10
  AND (o."settings" -> 'disclosure' -> 'survey') IS NULL;
--> statement-breakpoint
ALTER TABLE "survey_settings" DROP COLUMN "min_respondents";
