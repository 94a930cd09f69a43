-- mysql: 20261130000001_snapshot is a frozen snapshot of the schema the Go migrations 20261129000001…20261129200001
-- built, so it is a no-op on a database they migrated. Never edit it: add a migration.
-- MySQL DDL is not transactional: every statement is idempotent, so a start killed midway
-- completes the file on the next start. utf8mb4 is set per table whatever the database default.

CREATE TABLE IF NOT EXISTS `municipalities` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `prefecture` varchar(255) NOT NULL,
  `desk_name` varchar(255) NOT NULL,
  `desk_department` varchar(255) NOT NULL,
  `postal_code` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `phone` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `portal_url` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE TABLE IF NOT EXISTS `departments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `position` bigint(20) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent_id` (`parent_id`),
  CONSTRAINT `departments_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `departments_ibfk_2` FOREIGN KEY (`parent_id`) REFERENCES `departments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `departments_tenant` ON `departments` (`municipality_id`,`parent_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `organizations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `kana` varchar(255) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `corporate_number` varchar(255) NOT NULL,
  `website` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `organizations_tenant` ON `organizations` (`municipality_id`,`name`);
--bun:split
CREATE TABLE IF NOT EXISTS `users` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `role` varchar(255) NOT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  `department_id` bigint(20) DEFAULT NULL,
  `disabled` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `organization_id` (`organization_id`),
  KEY `department_id` (`department_id`),
  CONSTRAINT `users_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `users_ibfk_2` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `users_ibfk_3` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `users_email` ON `users` (`municipality_id`,`email`);
--bun:split
CREATE TABLE IF NOT EXISTS `challenges` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `title` varchar(255) NOT NULL,
  `background` longtext DEFAULT NULL,
  `desired_outcome` longtext DEFAULT NULL,
  `department_id` bigint(20) DEFAULT NULL,
  `opens_at` datetime DEFAULT NULL,
  `closes_at` datetime DEFAULT NULL,
  `publication_state` varchar(255) NOT NULL DEFAULT 'DRAFT',
  `published_at` datetime DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `department_id` (`department_id`),
  CONSTRAINT `challenges_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `challenges_ibfk_2` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `challenges_tenant` ON `challenges` (`municipality_id`,`publication_state`,`published_at`);
--bun:split
CREATE TABLE IF NOT EXISTS `agreements` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `purpose` longtext DEFAULT NULL,
  `signed_on` varchar(10) DEFAULT NULL,
  `term_start_on` varchar(10) DEFAULT NULL,
  `term_end_on` varchar(10) DEFAULT NULL,
  `items` longtext DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `origin_proposal_id` bigint(20) DEFAULT NULL,
  `publication_state` varchar(255) NOT NULL DEFAULT 'DRAFT',
  `published_at` datetime DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agreements_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `agreements_tenant` ON `agreements` (`municipality_id`,`publication_state`,`signed_on`);
--bun:split
CREATE TABLE IF NOT EXISTS `projects` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `summary` longtext DEFAULT NULL,
  `start_on` varchar(10) DEFAULT NULL,
  `end_on` varchar(10) DEFAULT NULL,
  `site` varchar(255) NOT NULL,
  `lead_department_id` bigint(20) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `origin_proposal_id` bigint(20) DEFAULT NULL,
  `agreement_id` bigint(20) DEFAULT NULL,
  `publication_state` varchar(255) NOT NULL DEFAULT 'DRAFT',
  `published_at` datetime DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lead_department_id` (`lead_department_id`),
  KEY `agreement_id` (`agreement_id`),
  CONSTRAINT `projects_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `projects_ibfk_2` FOREIGN KEY (`lead_department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `projects_ibfk_3` FOREIGN KEY (`agreement_id`) REFERENCES `agreements` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `projects_tenant` ON `projects` (`municipality_id`,`publication_state`,`start_on`);
--bun:split
CREATE TABLE IF NOT EXISTS `proposals` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `challenge_id` bigint(20) DEFAULT NULL,
  `organization_id` bigint(20) NOT NULL,
  `created_by_id` bigint(20) NOT NULL,
  `title` varchar(255) NOT NULL,
  `summary` longtext DEFAULT NULL,
  `body` longtext DEFAULT NULL,
  `desired_scheme` varchar(255) NOT NULL,
  `contact_affiliation` varchar(255) NOT NULL,
  `contact_name` varchar(255) NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `contact_phone` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `terms_accepted_at` datetime DEFAULT NULL,
  `terms_version` varchar(255) NOT NULL,
  `submitted_at` datetime DEFAULT NULL,
  `decided_at` datetime DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `agreement_id` bigint(20) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `challenge_id` (`challenge_id`),
  KEY `created_by_id` (`created_by_id`),
  KEY `project_id` (`project_id`),
  KEY `agreement_id` (`agreement_id`),
  CONSTRAINT `proposals_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `proposals_ibfk_2` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`),
  CONSTRAINT `proposals_ibfk_3` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `proposals_ibfk_4` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `proposals_ibfk_5` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `proposals_ibfk_6` FOREIGN KEY (`agreement_id`) REFERENCES `agreements` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `proposals_tenant` ON `proposals` (`municipality_id`,`status`);
--bun:split
CREATE INDEX IF NOT EXISTS `proposals_org` ON `proposals` (`organization_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `proposal_assignments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `proposal_id` bigint(20) NOT NULL,
  `department_id` bigint(20) NOT NULL,
  `due_on` varchar(10) DEFAULT NULL,
  `opinion` longtext DEFAULT NULL,
  `feasible` tinyint(1) DEFAULT NULL,
  `responded_at` datetime DEFAULT NULL,
  `responded_by_id` bigint(20) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  KEY `department_id` (`department_id`),
  CONSTRAINT `proposal_assignments_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `proposal_assignments_ibfk_2` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`),
  CONSTRAINT `proposal_assignments_ibfk_3` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `assignments_unique` ON `proposal_assignments` (`proposal_id`,`department_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `proposal_messages` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `proposal_id` bigint(20) NOT NULL,
  `author_id` bigint(20) NOT NULL,
  `body` longtext DEFAULT NULL,
  `internal` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  KEY `author_id` (`author_id`),
  CONSTRAINT `proposal_messages_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `proposal_messages_ibfk_2` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`),
  CONSTRAINT `proposal_messages_ibfk_3` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `messages_proposal` ON `proposal_messages` (`proposal_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `proposal_events` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `proposal_id` bigint(20) NOT NULL,
  `action` varchar(255) NOT NULL,
  `from_status` varchar(255) NOT NULL,
  `to_status` varchar(255) NOT NULL,
  `actor_id` bigint(20) DEFAULT NULL,
  `department_id` bigint(20) DEFAULT NULL,
  `reason` longtext DEFAULT NULL,
  `at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `proposal_events_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `proposal_events_ibfk_2` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `events_proposal` ON `proposal_events` (`proposal_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `case_studies` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `title` varchar(255) NOT NULL,
  `locality` varchar(255) NOT NULL,
  `program` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `start_on` varchar(10) DEFAULT NULL,
  `end_on` varchar(10) DEFAULT NULL,
  `date_note` varchar(255) NOT NULL,
  `summary` longtext DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `agreement_id` bigint(20) DEFAULT NULL,
  `publication_state` varchar(255) NOT NULL DEFAULT 'DRAFT',
  `published_at` datetime DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  KEY `agreement_id` (`agreement_id`),
  CONSTRAINT `case_studies_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `case_studies_ibfk_2` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `case_studies_ibfk_3` FOREIGN KEY (`agreement_id`) REFERENCES `agreements` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `case_studies_tenant` ON `case_studies` (`municipality_id`,`publication_state`,`start_on`);
--bun:split
CREATE TABLE IF NOT EXISTS `announcements` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `title` varchar(255) NOT NULL,
  `body` longtext DEFAULT NULL,
  `category` varchar(255) NOT NULL,
  `publication_state` varchar(255) NOT NULL DEFAULT 'DRAFT',
  `published_at` datetime DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `announcements_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `announcements_tenant` ON `announcements` (`municipality_id`,`publication_state`,`published_at`);
--bun:split
CREATE TABLE IF NOT EXISTS `collaboration_methods` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `key` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `position` bigint(20) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `collaboration_methods_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `methods_key` ON `collaboration_methods` (`municipality_id`,`key`);
--bun:split
CREATE TABLE IF NOT EXISTS `content_partners` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `organization_id` bigint(20) NOT NULL,
  `position` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `content_partners_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `content_partners_ibfk_2` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `content_partners_owner` ON `content_partners` (`owner_type`,`owner_id`,`organization_id`);
--bun:split
CREATE INDEX IF NOT EXISTS `content_partners_org` ON `content_partners` (`organization_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `resources` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `side` varchar(255) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `position` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `resources_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `resources_owner` ON `resources` (`owner_type`,`owner_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `merits` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `side` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `position` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `merits_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `merits_owner` ON `merits` (`owner_type`,`owner_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `position` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tags_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `tags_owner` ON `tags` (`owner_type`,`owner_id`);
--bun:split
CREATE INDEX IF NOT EXISTS `tags_name` ON `tags` (`municipality_id`,`name`);
--bun:split
CREATE TABLE IF NOT EXISTS `inquiries` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `affiliation` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `closed_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inquiries_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `inquiries_tenant` ON `inquiries` (`municipality_id`,`status`);
--bun:split
CREATE TABLE IF NOT EXISTS `attachments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `size` bigint(20) NOT NULL,
  `sha256` varchar(255) NOT NULL,
  `storage_key` varchar(255) NOT NULL,
  `uploaded_by_id` bigint(20) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `attachments_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `attachments_owner` ON `attachments` (`owner_type`,`owner_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `revisions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `number` bigint(20) NOT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `data` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `pending` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `revisions_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `revisions_owner` ON `revisions` (`owner_type`,`owner_id`,`number`);
--bun:split
CREATE TABLE IF NOT EXISTS `audit_entries` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `actor_id` bigint(20) DEFAULT NULL,
  `action` varchar(255) NOT NULL,
  `target_type` varchar(255) NOT NULL,
  `target_id` bigint(20) NOT NULL,
  `changes` longtext DEFAULT NULL,
  `at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_entries_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `audit_tenant` ON `audit_entries` (`municipality_id`,`at`);
--bun:split
CREATE TABLE IF NOT EXISTS `revoked_tokens` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `jti` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jti` (`jti`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `revoked_tokens_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `revoked_tokens_expiry` ON `revoked_tokens` (`expires_at`);
--bun:split
CREATE TABLE IF NOT EXISTS `auth_failures` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `auth_failures_key` ON `auth_failures` (`key`,`at`);
--bun:split
CREATE TABLE IF NOT EXISTS `invitations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `organization_id` bigint(20) NOT NULL,
  `email` varchar(255) NOT NULL,
  `token_hash` varchar(255) NOT NULL,
  `invited_by_id` bigint(20) NOT NULL,
  `expires_at` datetime NOT NULL,
  `accepted_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_hash` (`token_hash`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `invitations_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `invitations_ibfk_2` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `invitations_org` ON `invitations` (`organization_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `webhooks` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `url` varchar(1000) NOT NULL,
  `events` longtext DEFAULT NULL,
  `secret` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `webhooks_tenant` ON `webhooks` (`municipality_id`);
--bun:split
CREATE TABLE IF NOT EXISTS `webhook_deliveries` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `webhook_id` bigint(20) NOT NULL,
  `event` varchar(255) NOT NULL,
  `payload` longtext DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `attempts` bigint(20) NOT NULL,
  `next_attempt_at` datetime NOT NULL,
  `last_status_code` bigint(20) NOT NULL,
  `last_error` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `delivered_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `deliveries_due` ON `webhook_deliveries` (`status`,`next_attempt_at`);
--bun:split
CREATE INDEX IF NOT EXISTS `deliveries_hook` ON `webhook_deliveries` (`webhook_id`,`id`);
--bun:split
CREATE TABLE IF NOT EXISTS `idempotency_keys` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `caller` varchar(100) NOT NULL,
  `operation` varchar(100) NOT NULL,
  `key` varchar(255) NOT NULL,
  `input_hash` varchar(64) NOT NULL,
  `result_id` bigint(20) NOT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `idempotency_keys_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `idempotency_keys_unique` ON `idempotency_keys` (`municipality_id`,`caller`,`operation`,`key`);
--bun:split
CREATE INDEX IF NOT EXISTS `idempotency_keys_expiry` ON `idempotency_keys` (`expires_at`);
--bun:split
CREATE TABLE IF NOT EXISTS `rate_limits` (
  `limit_key` varchar(80) NOT NULL,
  `hits` bigint(20) NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`limit_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE INDEX IF NOT EXISTS `rate_limits_expiry` ON `rate_limits` (`expires_at`);
--bun:split
CREATE TABLE IF NOT EXISTS `sign_ups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `email` varchar(255) NOT NULL,
  `token_hash` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `organization` longtext DEFAULT NULL,
  `invitation_hash` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_hash` (`token_hash`),
  KEY `municipality_id` (`municipality_id`),
  CONSTRAINT `sign_ups_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
