-- Account flows (issue 12): email verification, token revocation by epoch, emailed one-time
-- tokens (password reset, email verification), and one organization per 法人番号.
--
-- Existing PROPOSER accounts count as verified: every one of them was created by
-- confirmSignUp, which proved the address with the emailed code (or by the demo loader).
-- Staff accounts were typed in by the desk and stay unverified until they verify; nothing
-- but a proposer's submission waits for it. Every statement is idempotent.
ALTER TABLE `users` ADD COLUMN IF NOT EXISTS `email_verified_at` datetime DEFAULT NULL;
--bun:split
ALTER TABLE `users` ADD COLUMN IF NOT EXISTS `token_epoch` bigint(20) NOT NULL DEFAULT 0;
--bun:split
ALTER TABLE `users` ADD COLUMN IF NOT EXISTS `kept_token` varchar(255) NOT NULL DEFAULT '';
--bun:split
UPDATE `users` SET `email_verified_at` = `created_at` WHERE `role` = 'PROPOSER' AND `email_verified_at` IS NULL;
--bun:split
CREATE TABLE IF NOT EXISTS `account_tokens` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `purpose` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `token_hash` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `used_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_tokens_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `account_tokens_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `account_tokens_hash` ON `account_tokens` (`token_hash`);
--bun:split
CREATE INDEX IF NOT EXISTS `account_tokens_user` ON `account_tokens` (`user_id`,`purpose`);
--bun:split
CREATE INDEX IF NOT EXISTS `account_tokens_expiry` ON `account_tokens` (`expires_at`);
--bun:split
-- The registry of 法人番号: its primary key is the uniqueness per municipality. Existing
-- duplicates (none can be made through the API before this) keep their numbers; the oldest
-- organization holds the registration, so a sign-up with the number joins that one.
CREATE TABLE IF NOT EXISTS `organization_numbers` (
  `municipality_id` bigint(20) NOT NULL,
  `corporate_number` varchar(255) NOT NULL,
  `organization_id` bigint(20) NOT NULL,
  PRIMARY KEY (`municipality_id`,`corporate_number`),
  UNIQUE KEY `organization_numbers_organization` (`organization_id`),
  CONSTRAINT `organization_numbers_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `organization_numbers_ibfk_2` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
INSERT IGNORE INTO `organization_numbers` (`municipality_id`, `corporate_number`, `organization_id`)
SELECT `municipality_id`, `corporate_number`, MIN(`id`) FROM `organizations`
WHERE `corporate_number` <> '' AND `deleted_at` IS NULL GROUP BY `municipality_id`, `corporate_number`;
