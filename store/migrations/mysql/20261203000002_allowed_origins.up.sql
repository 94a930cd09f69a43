-- Each municipality's own CORS allow-list: the origins of its portals, whose browser pages
-- may call the API for this municipality (besides the operator-wide --cors-origins).
CREATE TABLE IF NOT EXISTS `municipality_origins` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `origin` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `municipality_origins_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `municipality_origins_origin` ON `municipality_origins` (`municipality_id`,`origin`);
