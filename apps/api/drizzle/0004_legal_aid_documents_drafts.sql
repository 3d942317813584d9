CREATE TABLE "legal_aid_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"application_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid_drafts" (
	"owner_id" uuid NOT NULL,
	"region_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "legal_aid_drafts_owner_id_region_id_pk" PRIMARY KEY("owner_id","region_id")
);
--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD COLUMN "quality_review" jsonb;--> statement-breakpoint
ALTER TABLE "legal_aid_documents" ADD CONSTRAINT "legal_aid_documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_documents" ADD CONSTRAINT "legal_aid_documents_application_id_legal_aid_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."legal_aid_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_drafts" ADD CONSTRAINT "legal_aid_drafts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_aid_documents_owner_idx" ON "legal_aid_documents" USING btree ("owner_id","application_id");--> statement-breakpoint
CREATE INDEX "legal_aid_documents_application_idx" ON "legal_aid_documents" USING btree ("application_id","created_at");