CREATE TABLE "legal_aid_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"stopped_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD COLUMN "assignee" jsonb;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "legal_aid_history" ADD COLUMN "action" text;--> statement-breakpoint
ALTER TABLE "legal_aid_deadlines" ADD CONSTRAINT "legal_aid_deadlines_application_id_legal_aid_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."legal_aid_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_aid_deadlines_application_idx" ON "legal_aid_deadlines" USING btree ("application_id","started_at");--> statement-breakpoint
CREATE INDEX "legal_aid_region_due_idx" ON "legal_aid_applications" USING btree ("region_id","due_at");