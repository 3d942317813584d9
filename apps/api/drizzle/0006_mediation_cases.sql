CREATE TABLE "mediation_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"region_id" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"status" text NOT NULL,
	"dispute_type" text NOT NULL,
	"place" jsonb NOT NULL,
	"summary" text NOT NULL,
	"parties" jsonb NOT NULL,
	"committee_id" uuid NOT NULL,
	"mediator_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"agreement" jsonb,
	"outcome_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	CONSTRAINT "mediation_cases_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "mediation_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"stopped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mediation_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"action" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "mediation_session_mediators" (
	"session_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mediation_session_mediators_session_id_practitioner_id_pk" PRIMARY KEY("session_id","practitioner_id")
);
--> statement-breakpoint
CREATE TABLE "mediation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"location" text,
	"online_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"participants" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_committee_id_organizations_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_deadlines" ADD CONSTRAINT "mediation_deadlines_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_history" ADD CONSTRAINT "mediation_history_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_history" ADD CONSTRAINT "mediation_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_session_mediators" ADD CONSTRAINT "mediation_session_mediators_session_id_mediation_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."mediation_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_session_mediators" ADD CONSTRAINT "mediation_session_mediators_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mediation_cases_region_status_idx" ON "mediation_cases" USING btree ("region_id","status","created_at");--> statement-breakpoint
CREATE INDEX "mediation_cases_owner_idx" ON "mediation_cases" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "mediation_cases_committee_idx" ON "mediation_cases" USING btree ("committee_id","status");--> statement-breakpoint
CREATE INDEX "mediation_deadlines_case_idx" ON "mediation_deadlines" USING btree ("case_id","started_at");--> statement-breakpoint
CREATE INDEX "mediation_history_case_idx" ON "mediation_history" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "mediation_session_mediators_calendar_idx" ON "mediation_session_mediators" USING btree ("practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "mediation_sessions_case_idx" ON "mediation_sessions" USING btree ("case_id","starts_at");