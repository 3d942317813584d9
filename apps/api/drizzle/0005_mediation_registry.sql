ALTER TABLE "organizations" ADD COLUMN "mediation" jsonb;--> statement-breakpoint
ALTER TABLE "practitioners" ADD COLUMN "mediator" jsonb;