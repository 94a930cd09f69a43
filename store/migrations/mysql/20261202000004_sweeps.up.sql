ALTER TABLE `proposal_assignments` ADD COLUMN IF NOT EXISTS `reminded_at` datetime DEFAULT NULL;
--bun:split
ALTER TABLE `proposal_assignments` ADD COLUMN IF NOT EXISTS `overdue_notified_at` datetime DEFAULT NULL;
--bun:split
CREATE INDEX IF NOT EXISTS `proposal_assignments_reminder` ON `proposal_assignments` (`responded_at`,`reminded_at`,`due_on`);
--bun:split
CREATE INDEX IF NOT EXISTS `proposal_assignments_overdue` ON `proposal_assignments` (`responded_at`,`overdue_notified_at`,`due_on`);
--bun:split
CREATE TABLE IF NOT EXISTS `scheduled_publications` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `publish_at` datetime NOT NULL,
  `sent_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `scheduled_publications_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `scheduled_publications_due` ON `scheduled_publications` (`sent_at`,`publish_at`);
--bun:split
CREATE INDEX IF NOT EXISTS `scheduled_publications_owner` ON `scheduled_publications` (`owner_type`,`owner_id`);
