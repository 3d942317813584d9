CREATE TABLE "declared_case_details" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"fields" jsonb NOT NULL,
	"outcome_reason" text
);
--> statement-breakpoint
ALTER TABLE "declared_case_details" ADD CONSTRAINT "declared_case_details_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;