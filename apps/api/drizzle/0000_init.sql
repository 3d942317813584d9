CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_username" text,
	"actor_role" text,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"region_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "credit_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"issued_by" text NOT NULL,
	"date" date NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "divisions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"has_children" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"module" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"level" text NOT NULL,
	"comment" text,
	"details" text,
	"follow_up_consent" boolean NOT NULL,
	"follow_up_status" text NOT NULL,
	"region_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text NOT NULL,
	"user_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "legal_aid_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"region_id" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"status" text NOT NULL,
	"matter_type" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"categories" text[] NOT NULL,
	"household" jsonb NOT NULL,
	"case_summary" text NOT NULL,
	"opposing_party" text,
	"pledge_signed" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decision_due_at" timestamp with time zone,
	CONSTRAINT "legal_aid_applications_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "legal_aid_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"region_id" text NOT NULL,
	"division_code" text NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"uscc" text,
	"lat" double precision,
	"lng" double precision,
	"email" text,
	"website" text,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text,
	"level" text,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "organizations_uscc_unique" UNIQUE("uscc")
);
--> statement-breakpoint
CREATE TABLE "practitioners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"licence_number" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_id" text NOT NULL,
	"division_code" text NOT NULL,
	"specialties" text[] NOT NULL,
	"years_of_practice" integer NOT NULL,
	"status" text NOT NULL,
	"languages" text[] NOT NULL,
	"biography" text,
	"pro_bono_hours" integer,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "practitioners_licence_number_unique" UNIQUE("licence_number")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"region_id" text NOT NULL,
	"phone" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_history" ADD CONSTRAINT "legal_aid_history_application_id_legal_aid_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."legal_aid_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_history" ADD CONSTRAINT "legal_aid_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_region_at_idx" ON "audit_log" USING btree ("region_id","at");--> statement-breakpoint
CREATE INDEX "credit_records_practitioner_idx" ON "credit_records" USING btree ("practitioner_id");--> statement-breakpoint
CREATE INDEX "divisions_parent_idx" ON "divisions" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_one_per_subject_idx" ON "evaluations" USING btree ("user_id","subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "evaluations_subject_idx" ON "evaluations" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "evaluations_region_module_idx" ON "evaluations" USING btree ("region_id","module");--> statement-breakpoint
CREATE INDEX "legal_aid_region_status_idx" ON "legal_aid_applications" USING btree ("region_id","status","created_at");--> statement-breakpoint
CREATE INDEX "legal_aid_owner_idx" ON "legal_aid_applications" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "legal_aid_history_application_idx" ON "legal_aid_history" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "organizations_region_type_idx" ON "organizations" USING btree ("region_id","type");--> statement-breakpoint
CREATE INDEX "organizations_division_idx" ON "organizations" USING btree ("division_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "practitioners_region_type_name_idx" ON "practitioners" USING btree ("region_id","type","name");--> statement-breakpoint
CREATE INDEX "practitioners_name_idx" ON "practitioners" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "practitioners_licence_idx" ON "practitioners" USING btree ("licence_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "practitioners_division_idx" ON "practitioners" USING btree ("division_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "practitioners_organization_idx" ON "practitioners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "practitioners_specialties_idx" ON "practitioners" USING gin ("specialties");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");