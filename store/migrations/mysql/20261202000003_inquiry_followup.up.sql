-- Desk follow-up of inquiries (issue 12): the desk's answers mailed to the sender, kept with
-- the inquiry, and the departments an inquiry was forwarded to (who may then read it).
-- Every statement is idempotent.
ALTER TABLE `inquiries` ADD COLUMN IF NOT EXISTS `answered_at` datetime DEFAULT NULL;
--bun:split
CREATE TABLE IF NOT EXISTS `inquiry_replies` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `inquiry_id` bigint(20) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext DEFAULT NULL,
  `sent_by_id` bigint(20) NOT NULL,
  `sent_by_name` varchar(255) NOT NULL,
  `sent_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  KEY `sent_by_id` (`sent_by_id`),
  CONSTRAINT `inquiry_replies_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `inquiry_replies_ibfk_2` FOREIGN KEY (`inquiry_id`) REFERENCES `inquiries` (`id`),
  CONSTRAINT `inquiry_replies_ibfk_3` FOREIGN KEY (`sent_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `inquiry_replies_inquiry` ON `inquiry_replies` (`inquiry_id`,`id`);
--bun:split
CREATE TABLE IF NOT EXISTS `inquiry_forwards` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `inquiry_id` bigint(20) NOT NULL,
  `department_id` bigint(20) NOT NULL,
  `note` longtext DEFAULT NULL,
  `forwarded_by_id` bigint(20) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  KEY `forwarded_by_id` (`forwarded_by_id`),
  CONSTRAINT `inquiry_forwards_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `inquiry_forwards_ibfk_2` FOREIGN KEY (`inquiry_id`) REFERENCES `inquiries` (`id`),
  CONSTRAINT `inquiry_forwards_ibfk_3` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `inquiry_forwards_ibfk_4` FOREIGN KEY (`forwarded_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `inquiry_forwards_unique` ON `inquiry_forwards` (`inquiry_id`,`department_id`);
--bun:split
CREATE INDEX IF NOT EXISTS `inquiry_forwards_department` ON `inquiry_forwards` (`department_id`,`inquiry_id`);
