CREATE TABLE "dialogue_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"text" text NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"response" text DEFAULT '' NOT NULL,
	"action_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"method" text NOT NULL,
	"title" text NOT NULL,
	"groups" jsonb NOT NULL,
	"participants" integer NOT NULL,
	"held_by" text DEFAULT '' NOT NULL,
	"staff_notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"publishable" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"category" text NOT NULL,
	"place" text,
	"lat" double precision,
	"lon" double precision,
	"description" text NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"contact_erased_at" timestamp with time zone,
	"language" text DEFAULT 'sv' NOT NULL,
	"token_hash" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"action_id" uuid,
	"est_report_id" uuid,
	"triaged_at" timestamp with time zone,
	"triaged_by" text,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"approved" uuid[] NOT NULL,
	"cast_on" date NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "budget_ballots_source" CHECK ("budget_ballots"."source" in ('web', 'paper', 'imported'))
);
--> statement-breakpoint
CREATE TABLE "budget_code_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"letters" integer NOT NULL,
	"pdf" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"cost_estimate" integer NOT NULL,
	"contact_email" text,
	"source" text NOT NULL,
	"submitted_on" date NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"reviewed_cost" integer,
	"rejection_reason" text,
	"reviewed_on" date,
	"action_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_proposals_budget_number_unique" UNIQUE("budget_id","number"),
	CONSTRAINT "budget_proposals_cost" CHECK ("budget_proposals"."cost_estimate" >= 0 and coalesce("budget_proposals"."reviewed_cost", 0) >= 0),
	CONSTRAINT "budget_proposals_status" CHECK ("budget_proposals"."status" in ('submitted', 'feasible', 'rejected')),
	CONSTRAINT "budget_proposals_review" CHECK (("budget_proposals"."status" <> 'feasible' or "budget_proposals"."reviewed_cost" is not null) and ("budget_proposals"."status" <> 'rejected' or "budget_proposals"."rejection_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "budget_voting_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"issued_on" date NOT NULL,
	"spent" boolean DEFAULT false NOT NULL,
	CONSTRAINT "budget_voting_codes_hash_unique" UNIQUE("code_hash"),
	CONSTRAINT "budget_voting_codes_household_unique" UNIQUE("budget_id","household_id")
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount" integer NOT NULL,
	"voting_method" text NOT NULL,
	"counting_rule" text NOT NULL,
	"completion" text DEFAULT 'none' NOT NULL,
	"proposals_from" date NOT NULL,
	"review_from" date NOT NULL,
	"voting_from" date NOT NULL,
	"result_from" date NOT NULL,
	"implementation_from" date NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"imported" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_amount" CHECK ("budgets"."amount" > 0),
	CONSTRAINT "budgets_method" CHECK ("budgets"."voting_method" in ('approval', 'knapsack')),
	CONSTRAINT "budgets_rule" CHECK ("budgets"."counting_rule" in ('greedy', 'equal-shares')),
	CONSTRAINT "budgets_completion" CHECK ("budgets"."completion" in ('none', 'add1')),
	CONSTRAINT "budgets_equal_shares_approval" CHECK ("budgets"."counting_rule" <> 'equal-shares' or "budgets"."voting_method" = 'approval'),
	CONSTRAINT "budgets_phase_order" CHECK ("budgets"."proposals_from" <= "budgets"."review_from" and "budgets"."review_from" <= "budgets"."voting_from" and "budgets"."voting_from" <= "budgets"."result_from" and "budgets"."result_from" <= "budgets"."implementation_from")
);
--> statement-breakpoint
CREATE TABLE "rental_exception_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rental_exception_codes_org_code_unique" UNIQUE("organisation_id","code")
);
--> statement-breakpoint
CREATE TABLE "rental_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"listing_ref" text NOT NULL,
	"area_id" uuid NOT NULL,
	"published_on" date NOT NULL,
	"let_to_ref" text,
	"let_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rental_listings_org_ref_unique" UNIQUE("organisation_id","listing_ref")
);
--> statement-breakpoint
CREATE TABLE "rental_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"listing_id" uuid NOT NULL,
	"applicant_ref" text NOT NULL,
	"queue_position" integer NOT NULL,
	"queue_days" integer NOT NULL,
	"offered_on" date,
	"accepted" boolean,
	"exception_code_id" uuid,
	CONSTRAINT "rental_offers_listing_applicant_unique" UNIQUE("listing_id","applicant_ref")
);
--> statement-breakpoint
ALTER TABLE "dialogue_points" ADD CONSTRAINT "dialogue_points_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_photos" ADD CONSTRAINT "feedback_photos_report_id_feedback_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."feedback_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_code_letters" ADD CONSTRAINT "budget_code_letters_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_proposals" ADD CONSTRAINT "budget_proposals_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voting_codes" ADD CONSTRAINT "budget_voting_codes_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voting_codes" ADD CONSTRAINT "budget_voting_codes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_listings" ADD CONSTRAINT "rental_listings_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_offers" ADD CONSTRAINT "rental_offers_listing_id_rental_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."rental_listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_offers" ADD CONSTRAINT "rental_offers_exception_code_id_rental_exception_codes_id_fk" FOREIGN KEY ("exception_code_id") REFERENCES "public"."rental_exception_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_points_dialogue_idx" ON "dialogue_points" USING btree ("organisation_id","dialogue_id");--> statement-breakpoint
CREATE INDEX "dialogues_org_area_held_idx" ON "dialogues" USING btree ("organisation_id","area_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_photos_report_unique" ON "feedback_photos" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_reports_token_unique" ON "feedback_reports" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "feedback_reports_org_area_idx" ON "feedback_reports" USING btree ("organisation_id","area_id","received_on");--> statement-breakpoint
CREATE INDEX "budget_ballots_budget" ON "budget_ballots" USING btree ("budget_id");--> statement-breakpoint
CREATE INDEX "budget_code_letters_budget" ON "budget_code_letters" USING btree ("budget_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_org_area_year_unique" ON "budgets" USING btree ("organisation_id","area_id","year") WHERE not "budgets"."imported";--> statement-breakpoint
CREATE INDEX "rental_listings_org_let_on_idx" ON "rental_listings" USING btree ("organisation_id","let_on");--> statement-breakpoint
CREATE INDEX "rental_offers_org_listing_idx" ON "rental_offers" USING btree ("organisation_id","listing_id");