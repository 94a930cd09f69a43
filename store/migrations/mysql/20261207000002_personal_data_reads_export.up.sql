-- The CSV export of the personal data read log (and its unfiltered list) reads a
-- municipality's entries newest first by id, 1000 at a time: without this index every page
-- sorted the municipality's whole log.
-- Every statement is idempotent: a start killed midway re-runs the whole file.
CREATE INDEX IF NOT EXISTS `personal_data_reads_order` ON `personal_data_reads` (`municipality_id`,`id`);
