CREATE TABLE "case_clocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"stopped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"action" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module" text NOT NULL,
	"reference" text NOT NULL,
	"region_id" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"organization_id" uuid,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	CONSTRAINT "cases_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "legal_aid_details" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"matter_type" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"categories" text[] NOT NULL,
	"household" jsonb NOT NULL,
	"case_summary" text NOT NULL,
	"opposing_party" text,
	"pledge_signed" boolean NOT NULL,
	"decision_due_at" timestamp with time zone,
	"assignee" jsonb,
	"outcome" text,
	"quality_review" jsonb
);
--> statement-breakpoint
CREATE TABLE "mediation_details" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"dispute_type" text NOT NULL,
	"place" jsonb NOT NULL,
	"summary" text NOT NULL,
	"parties" jsonb NOT NULL,
	"mediator_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"agreement" jsonb,
	"outcome_reason" text
);
--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "practitioner_id" uuid;--> statement-breakpoint
ALTER TABLE "case_clocks" ADD CONSTRAINT "case_clocks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_history" ADD CONSTRAINT "case_history_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_history" ADD CONSTRAINT "case_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_details" ADD CONSTRAINT "legal_aid_details_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_details" ADD CONSTRAINT "mediation_details_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_clocks_case_idx" ON "case_clocks" USING btree ("case_id","started_at");--> statement-breakpoint
CREATE INDEX "case_history_case_idx" ON "case_history" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "cases_module_region_status_idx" ON "cases" USING btree ("module","region_id","status","created_at");--> statement-breakpoint
CREATE INDEX "cases_owner_idx" ON "cases" USING btree ("owner_id","module","created_at");--> statement-breakpoint
CREATE INDEX "cases_organization_idx" ON "cases" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "cases_module_region_due_idx" ON "cases" USING btree ("module","region_id","due_at");--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id","created_at");--> statement-breakpoint
-- Legal aid and mediation move into the kernel's tables (ADR 0014); 0011 drops the old ones. Every id is
-- kept, so links, ratings (evaluations.subject_id) and audit entries still name the same case.
INSERT INTO "cases" ("id", "module", "reference", "region_id", "owner_id", "organization_id", "status", "version", "created_at", "updated_at", "submitted_at", "concluded_at", "due_at")
SELECT a."id", 'legal-aid', a."reference", a."region_id", a."owner_id", NULL, a."status", a."version", a."created_at", a."updated_at", a."submitted_at",
  CASE WHEN a."status" IN ('closed', 'evaluated', 'withdrawn') THEN coalesce(
    (SELECT min(h."at") FROM "legal_aid_history" h WHERE h."application_id" = a."id" AND h."status" IN ('closed', 'evaluated', 'withdrawn')),
    a."updated_at") END,
  a."due_at"
FROM "legal_aid_applications" a;--> statement-breakpoint
INSERT INTO "legal_aid_details" ("case_id", "matter_type", "applicant", "categories", "household", "case_summary", "opposing_party", "pledge_signed", "decision_due_at", "assignee", "outcome", "quality_review")
SELECT "id", "matter_type", "applicant", "categories", "household", "case_summary", "opposing_party", "pledge_signed", "decision_due_at", "assignee", "outcome", "quality_review"
FROM "legal_aid_applications";--> statement-breakpoint
INSERT INTO "cases" ("id", "module", "reference", "region_id", "owner_id", "organization_id", "status", "version", "created_at", "updated_at", "submitted_at", "concluded_at", "due_at")
SELECT "id", 'mediation', "reference", "region_id", "owner_id", "committee_id", "status", "version", "created_at", "updated_at", "submitted_at", "concluded_at", "due_at"
FROM "mediation_cases";--> statement-breakpoint
INSERT INTO "mediation_details" ("case_id", "dispute_type", "place", "summary", "parties", "mediator_ids", "agreement", "outcome_reason")
SELECT "id", "dispute_type", "place", "summary", "parties", "mediator_ids", "agreement", "outcome_reason"
FROM "mediation_cases";--> statement-breakpoint
INSERT INTO "case_history" ("id", "case_id", "at", "status", "actor_id", "action", "note")
SELECT "id", "application_id", "at", "status", "actor_id", "action", "note" FROM "legal_aid_history"
UNION ALL
SELECT "id", "case_id", "at", "status", "actor_id", "action", "note" FROM "mediation_history";--> statement-breakpoint
INSERT INTO "case_clocks" ("id", "case_id", "kind", "started_at", "due_at", "stopped_at")
SELECT "id", "application_id", "kind", "started_at", "due_at", "stopped_at" FROM "legal_aid_deadlines"
UNION ALL
SELECT "id", "case_id", "kind", "started_at", "due_at", "stopped_at" FROM "mediation_deadlines";--> statement-breakpoint
UPDATE "case_documents" SET "case_id" = coalesce("legal_aid_application_id", "mediation_case_id")
WHERE "legal_aid_application_id" IS NOT NULL OR "mediation_case_id" IS NOT NULL;
