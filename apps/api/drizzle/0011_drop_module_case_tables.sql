-- The module case tables, emptied into the kernel's by 0010. Sessions and documents point at `cases` first;
-- the tables are dropped without CASCADE so that anything else still referring to them stops the migration.
ALTER TABLE "mediation_sessions" DROP CONSTRAINT "mediation_sessions_case_id_mediation_cases_id_fk";--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_one_holder";--> statement-breakpoint
ALTER TABLE "case_documents" DROP COLUMN "legal_aid_application_id";--> statement-breakpoint
ALTER TABLE "case_documents" DROP COLUMN "mediation_case_id";--> statement-breakpoint
DROP TABLE "legal_aid_history";--> statement-breakpoint
DROP TABLE "legal_aid_deadlines";--> statement-breakpoint
DROP TABLE "legal_aid_applications";--> statement-breakpoint
DROP TABLE "mediation_history";--> statement-breakpoint
DROP TABLE "mediation_deadlines";--> statement-breakpoint
DROP TABLE "mediation_cases";
