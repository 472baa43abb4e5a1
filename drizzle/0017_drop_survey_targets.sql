-- The safety index's targets are goals now: 0016 copied them into indicator_goals.
DROP TABLE "survey_targets" CASCADE;
