CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"legal_aid_application_id" uuid,
	"mediation_case_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_documents_one_holder" CHECK (num_nonnulls("case_documents"."legal_aid_application_id", "case_documents"."mediation_case_id") <= 1)
);
--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_legal_aid_application_id_legal_aid_applications_id_fk" FOREIGN KEY ("legal_aid_application_id") REFERENCES "public"."legal_aid_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_mediation_case_id_mediation_cases_id_fk" FOREIGN KEY ("mediation_case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_documents_owner_idx" ON "case_documents" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "case_documents_legal_aid_idx" ON "case_documents" USING btree ("legal_aid_application_id","created_at");--> statement-breakpoint
CREATE INDEX "case_documents_mediation_idx" ON "case_documents" USING btree ("mediation_case_id","created_at");--> statement-breakpoint
-- Legal aid's documents move into the shared store (ADR 0011); 0008 drops the old table.
INSERT INTO "case_documents" ("id", "owner_id", "legal_aid_application_id", "name", "kind", "media_type", "size", "sha256", "content", "created_at")
SELECT "id", "owner_id", "application_id", "name", "kind", "media_type", "size", "sha256", "content", "created_at" FROM "legal_aid_documents";
