-- The sweeps that purge delivered outbox mails after their retention period (OUTBOX_MAIL) and
-- drop expired disclosure copies read by municipality and time: indexes so neither scans
-- its table.
-- Every statement is idempotent: a start killed midway re-runs the whole file.
CREATE INDEX IF NOT EXISTS `outbox_mails_delivered` ON `outbox_mails` (`municipality_id`,`status`,`delivered_at`);
--bun:split
CREATE INDEX IF NOT EXISTS `disclosure_copies_expiry` ON `disclosure_copies` (`municipality_id`,`expires_at`);
