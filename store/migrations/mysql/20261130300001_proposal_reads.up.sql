CREATE TABLE IF NOT EXISTS `proposal_reads` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `proposal_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `through_message_id` bigint(20) NOT NULL,
  `read_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `proposal_reads_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `proposal_reads_ibfk_2` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`),
  CONSTRAINT `proposal_reads_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `proposal_reads_unique` ON `proposal_reads` (`proposal_id`,`user_id`);
