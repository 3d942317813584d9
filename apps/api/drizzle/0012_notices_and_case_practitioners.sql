CREATE TABLE "notice_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"action" text,
	"starts_at" timestamp with time zone,
	"due_by" date,
	"visible_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "practitioner_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "notice_outbox" ADD CONSTRAINT "notice_outbox_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_outbox_pending_idx" ON "notice_outbox" USING btree ("channel","created_at") WHERE "notice_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "notices_user_visible_idx" ON "notices" USING btree ("user_id","visible_at");--> statement-breakpoint
CREATE INDEX "notices_user_unread_idx" ON "notices" USING btree ("user_id") WHERE "notices"."read_at" is null;--> statement-breakpoint
CREATE INDEX "cases_practitioners_idx" ON "cases" USING gin ("practitioner_ids");--> statement-breakpoint
-- The assigned practitioners move to the kernel's case: a mediation case's mediators, a legal-aid application's assignee.
UPDATE "cases" c SET "practitioner_ids" = m."mediator_ids" FROM "mediation_details" m WHERE m."case_id" = c."id";--> statement-breakpoint
UPDATE "cases" c SET "practitioner_ids" = ARRAY[(l."assignee"->>'practitionerId')::uuid] FROM "legal_aid_details" l
WHERE l."case_id" = c."id" AND l."assignee"->>'practitionerId' IS NOT NULL;--> statement-breakpoint
ALTER TABLE "mediation_details" DROP COLUMN "mediator_ids";