-- The default disclosure level of a custom field's values on proposals (issue 14), with its
-- reason (at most input.MaxReason characters: TiDB allows no default on a TEXT column); NULL
-- leaves it to policy.
-- Every statement is idempotent: a start killed midway re-runs the whole file.
ALTER TABLE `custom_field_definitions` ADD COLUMN IF NOT EXISTS `disclosure_level` varchar(255) DEFAULT NULL;
--bun:split
ALTER TABLE `custom_field_definitions` ADD COLUMN IF NOT EXISTS `disclosure_reason` varchar(2000) NOT NULL DEFAULT '';
