-- A version of each municipality's allowed origins, raised by every change, so every replica
-- sees from the municipality row it reads with each request whether its in-memory copy of the
-- lists is older (issue 15).
-- Every statement is idempotent: a start killed midway re-runs the whole file.
ALTER TABLE `municipalities` ADD COLUMN IF NOT EXISTS `origins_version` bigint(20) NOT NULL DEFAULT 0;
