-- Onboarding a municipality without SQL: portal branding, host names, versioned proposal
-- terms, mail template overrides, platform ADMIN accounts and account invitations.
CREATE TABLE IF NOT EXISTS `municipality_branding` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `logo_media_id` bigint(20) DEFAULT NULL,
  `primary_color` varchar(255) NOT NULL,
  `secondary_color` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `municipality_branding_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `municipality_branding_tenant` ON `municipality_branding` (`municipality_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `municipality_hosts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `host` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `municipality_hosts_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `municipality_hosts_host` ON `municipality_hosts` (`host`);
--bun:split
CREATE INDEX IF NOT EXISTS `municipality_hosts_tenant` ON `municipality_hosts` (`municipality_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `municipality_terms` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `version` varchar(255) NOT NULL,
  `body` longtext DEFAULT NULL,
  `created_by_id` bigint(20) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `municipality_terms_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `municipality_terms_version` ON `municipality_terms` (`municipality_id`,`version`);
--bun:split
CREATE TABLE IF NOT EXISTS `mail_templates` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `key` varchar(255) NOT NULL,
  `subject` longtext DEFAULT NULL,
  `body` longtext DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mail_templates_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `mail_templates_key` ON `mail_templates` (`municipality_id`,`key`);
--bun:split
CREATE TABLE IF NOT EXISTS `platform_admins` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `disabled` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `platform_admins_email` ON `platform_admins` (`email`);
--bun:split
CREATE TABLE IF NOT EXISTS `account_invitations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) DEFAULT NULL,
  `account_id` bigint(20) NOT NULL,
  `token_hash` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `used_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_invitations_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `account_invitations_token` ON `account_invitations` (`token_hash`);
