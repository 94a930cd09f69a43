-- The log of who among the staff read personal data (issue 14): one row per record per
-- operation. Append-only: the store has no UPDATE or DELETE for it, and retention does not
-- purge it.
CREATE TABLE IF NOT EXISTS `personal_data_reads` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `reader_id` bigint(20) NOT NULL,
  `reader_name` varchar(255) NOT NULL,
  `read_at` datetime NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint(20) NOT NULL,
  `fields` longtext NOT NULL,
  `operation` varchar(255) NOT NULL,
  `request_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `personal_data_reads_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `personal_data_reads_record` ON `personal_data_reads` (`municipality_id`,`record_type`,`record_id`);
--bun:split
CREATE INDEX IF NOT EXISTS `personal_data_reads_reader` ON `personal_data_reads` (`municipality_id`,`reader_id`);
--bun:split
CREATE INDEX IF NOT EXISTS `personal_data_reads_read_at` ON `personal_data_reads` (`municipality_id`,`read_at`);
