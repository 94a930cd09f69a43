-- Slugs, SEO/OGP fields and URL templates for item pages (issue 13); image sizes of media.
-- Existing rows get the fallback slug <type>-<id>, as a new row whose title has no ASCII words does.
-- Every statement is idempotent: a start killed midway re-runs the whole file.
ALTER TABLE `challenges` ADD COLUMN IF NOT EXISTS `slug` varchar(255) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `challenges` ADD COLUMN IF NOT EXISTS `seo_description` varchar(300) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `challenges` ADD COLUMN IF NOT EXISTS `share_image_id` bigint(20) DEFAULT NULL;
--bun:split
UPDATE `challenges` SET `slug` = CONCAT('challenge-', `id`) WHERE `slug` = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `challenges_slug` ON `challenges` (`municipality_id`, `slug`);
--bun:split
ALTER TABLE `agreements` ADD COLUMN IF NOT EXISTS `slug` varchar(255) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `agreements` ADD COLUMN IF NOT EXISTS `seo_description` varchar(300) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `agreements` ADD COLUMN IF NOT EXISTS `share_image_id` bigint(20) DEFAULT NULL;
--bun:split
UPDATE `agreements` SET `slug` = CONCAT('agreement-', `id`) WHERE `slug` = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `agreements_slug` ON `agreements` (`municipality_id`, `slug`);
--bun:split
ALTER TABLE `projects` ADD COLUMN IF NOT EXISTS `slug` varchar(255) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `projects` ADD COLUMN IF NOT EXISTS `seo_description` varchar(300) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `projects` ADD COLUMN IF NOT EXISTS `share_image_id` bigint(20) DEFAULT NULL;
--bun:split
UPDATE `projects` SET `slug` = CONCAT('project-', `id`) WHERE `slug` = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `projects_slug` ON `projects` (`municipality_id`, `slug`);
--bun:split
ALTER TABLE `case_studies` ADD COLUMN IF NOT EXISTS `slug` varchar(255) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `case_studies` ADD COLUMN IF NOT EXISTS `seo_description` varchar(300) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `case_studies` ADD COLUMN IF NOT EXISTS `share_image_id` bigint(20) DEFAULT NULL;
--bun:split
UPDATE `case_studies` SET `slug` = CONCAT('case-study-', `id`) WHERE `slug` = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `case_studies_slug` ON `case_studies` (`municipality_id`, `slug`);
--bun:split
ALTER TABLE `announcements` ADD COLUMN IF NOT EXISTS `slug` varchar(255) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `announcements` ADD COLUMN IF NOT EXISTS `seo_description` varchar(300) NOT NULL DEFAULT '';
--bun:split
ALTER TABLE `announcements` ADD COLUMN IF NOT EXISTS `share_image_id` bigint(20) DEFAULT NULL;
--bun:split
UPDATE `announcements` SET `slug` = CONCAT('announcement-', `id`) WHERE `slug` = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `announcements_slug` ON `announcements` (`municipality_id`, `slug`);
--bun:split
ALTER TABLE `attachments` ADD COLUMN IF NOT EXISTS `width` int(11) DEFAULT NULL;
--bun:split
ALTER TABLE `attachments` ADD COLUMN IF NOT EXISTS `height` int(11) DEFAULT NULL;
--bun:split
ALTER TABLE `municipalities` ADD COLUMN IF NOT EXISTS `item_url_template` varchar(500) NOT NULL DEFAULT '';
