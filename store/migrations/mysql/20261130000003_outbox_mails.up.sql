CREATE TABLE IF NOT EXISTS `outbox_mails` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `recipient` varchar(255) NOT NULL,
  `subject` longtext DEFAULT NULL,
  `text_ja` longtext DEFAULT NULL,
  `text_en` longtext DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `attempts` bigint(20) NOT NULL,
  `next_attempt_at` datetime NOT NULL,
  `lease_owner` varchar(255) NOT NULL DEFAULT '',
  `lease_until` datetime DEFAULT NULL,
  `last_error` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `delivered_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `outbox_mails_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `outbox_mails_due` ON `outbox_mails` (`status`,`next_attempt_at`);
--bun:split
CREATE INDEX IF NOT EXISTS `outbox_mails_created` ON `outbox_mails` (`status`,`created_at`);
--bun:split
CREATE INDEX IF NOT EXISTS `deliveries_pending_age` ON `webhook_deliveries` (`status`,`created_at`);
