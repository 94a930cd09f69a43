-- Disclosure levels (情報公開条例): only what differs from the policy's defaults is stored,
-- one row per part of a proposal (a field, an attachment or a message): the desk's level and
-- reason, and the proposer's request for protection. And the produced disclosure copies, kept
-- as private downloads for the desk until they expire.
CREATE TABLE IF NOT EXISTS `disclosure_overrides` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `proposal_id` bigint(20) NOT NULL,
  `target_kind` varchar(255) NOT NULL,
  `target_key` varchar(255) NOT NULL,
  `level` varchar(255) DEFAULT NULL,
  `reason` mediumtext NOT NULL,
  `set_by_id` bigint(20) DEFAULT NULL,
  `set_at` datetime DEFAULT NULL,
  `protection_reason` mediumtext NOT NULL,
  `protection_requested_at` datetime DEFAULT NULL,
  `protection_requested_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosure_overrides_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `disclosure_overrides_ibfk_2` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `disclosure_overrides_target` ON `disclosure_overrides` (`proposal_id`,`target_kind`,`target_key`);
--bun:split
CREATE TABLE IF NOT EXISTS `disclosure_copies` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `proposal_id` bigint(20) NOT NULL,
  `reference` varchar(255) NOT NULL,
  `format` varchar(255) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `size` bigint(20) NOT NULL,
  `storage_key` varchar(255) NOT NULL,
  `created_by_id` bigint(20) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosure_copies_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `disclosure_copies_ibfk_2` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `disclosure_copies_proposal` ON `disclosure_copies` (`proposal_id`);
