CREATE TABLE IF NOT EXISTS `search_texts` (
  `owner_type` varchar(64) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `municipality_id` bigint(20) NOT NULL,
  `version` bigint(20) NOT NULL,
  `body` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (`owner_type`,`owner_id`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `search_texts_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
