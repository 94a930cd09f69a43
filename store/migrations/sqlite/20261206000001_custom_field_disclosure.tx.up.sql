-- The default disclosure level of a custom field's values on proposals (issue 14), with its
-- reason; NULL leaves it to policy.
ALTER TABLE "custom_field_definitions" ADD COLUMN "disclosure_level" VARCHAR;
--bun:split
ALTER TABLE "custom_field_definitions" ADD COLUMN "disclosure_reason" mediumtext NOT NULL DEFAULT '';
