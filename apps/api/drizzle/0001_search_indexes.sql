DROP INDEX "practitioners_region_type_name_idx";--> statement-breakpoint
CREATE INDEX "practitioners_region_name_idx" ON "practitioners" USING btree ("region_id","name","id","type","specialties","division_code","status");--> statement-breakpoint
CREATE INDEX "practitioners_type_name_idx" ON "practitioners" USING btree ("type","name","id","region_id","specialties","division_code","status");--> statement-breakpoint
CREATE INDEX "practitioners_name_order_idx" ON "practitioners" USING btree ("name","id","region_id","type","specialties","division_code","status");--> statement-breakpoint
CREATE INDEX "practitioners_years_idx" ON "practitioners" USING btree ("years_of_practice" desc,"id");--> statement-breakpoint
CREATE INDEX "practitioners_region_years_idx" ON "practitioners" USING btree ("region_id","years_of_practice" desc,"id");--> statement-breakpoint
CREATE INDEX "practitioners_region_type_name_idx" ON "practitioners" USING btree ("region_id","type","name","id","specialties","division_code","status");