-- Retention (issue 14): each municipality's retention periods, legal holds on proposals and
-- inquiries, the purge log (whose unique record is the purge's claim across replicas) and
-- the files the purge still has to delete from storage. Every statement is idempotent.
CREATE TABLE IF NOT EXISTS `retention_rules` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `months` bigint(20) NOT NULL,
  `updated_by_id` bigint(20) DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `retention_rules_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `retention_rules_unique` ON `retention_rules` (`municipality_id`,`record_type`);
--bun:split
CREATE TABLE IF NOT EXISTS `legal_holds` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint(20) NOT NULL,
  `reason` longtext DEFAULT NULL,
  `set_by_id` bigint(20) NOT NULL,
  `set_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  KEY `set_by_id` (`set_by_id`),
  CONSTRAINT `legal_holds_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `legal_holds_ibfk_2` FOREIGN KEY (`set_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `legal_holds_unique` ON `legal_holds` (`record_type`,`record_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `purge_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint(20) NOT NULL,
  `rule` varchar(255) NOT NULL,
  `months` bigint(20) NOT NULL,
  `expired_at` datetime NOT NULL,
  `parts` varchar(255) NOT NULL,
  `purged_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `purge_log_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `purge_log_unique` ON `purge_log` (`record_type`,`record_id`);
--bun:split
CREATE INDEX IF NOT EXISTS `purge_log_municipality` ON `purge_log` (`municipality_id`,`id`);
--bun:split
CREATE TABLE IF NOT EXISTS `purge_files` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `storage_key` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `purge_files_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
