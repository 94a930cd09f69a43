-- The statistics read the proposals of one municipality submitted in a date range
-- (store.StatisticsRows): this index lets that range seek instead of reading every proposal.
CREATE INDEX IF NOT EXISTS `proposals_submitted` ON `proposals` (`municipality_id`,`submitted_at`,`id`);
