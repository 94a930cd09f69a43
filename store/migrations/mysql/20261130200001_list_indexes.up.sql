-- Indexes that serve every list's order within a tenant, so a page reads its rows in order
-- and stops after first+1 instead of sorting every visible row: (municipality_id, sort, id)
-- for the whole-municipality readers, and (municipality_id, <equality of the visibility
-- predicate>, sort, id) for the public (publication_state) and proposers (organization_id).
-- The trailing id is the keyset tie-break, so a cursor seeks straight to its position.
-- Where an index of the snapshot already has the columns (organizations_tenant, and the
-- *_tenant indexes of the date-sorted tables, whose primary key both engines append) it serves.
-- MariaDB cannot index an expression: the COALESCE sorts (publish time for those who see
-- drafts, closing time) have no index here and are sorted (store's plan test lists them).
-- Whoever sees published content only is ordered by published_at itself (store.liveOrder).
CREATE INDEX IF NOT EXISTS `proposals_list_created` ON `proposals` (`municipality_id`,`created_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `proposals_list_org_created` ON `proposals` (`municipality_id`,`organization_id`,`created_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `proposals_list_updated` ON `proposals` (`municipality_id`,`updated_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `proposals_list_org_updated` ON `proposals` (`municipality_id`,`organization_id`,`updated_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `proposals_list_title` ON `proposals` (`municipality_id`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `proposals_list_org_title` ON `proposals` (`municipality_id`,`organization_id`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `challenges_list_title` ON `challenges` (`municipality_id`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `challenges_list_pub_title` ON `challenges` (`municipality_id`,`publication_state`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `agreements_list_signed` ON `agreements` (`municipality_id`,`signed_on`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `agreements_list_title` ON `agreements` (`municipality_id`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `agreements_list_pub_title` ON `agreements` (`municipality_id`,`publication_state`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `agreements_list_pub_published` ON `agreements` (`municipality_id`,`publication_state`,`published_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `projects_list_start` ON `projects` (`municipality_id`,`start_on`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `projects_list_title` ON `projects` (`municipality_id`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `projects_list_pub_title` ON `projects` (`municipality_id`,`publication_state`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `projects_list_pub_published` ON `projects` (`municipality_id`,`publication_state`,`published_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `case_studies_list_start` ON `case_studies` (`municipality_id`,`start_on`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `case_studies_list_title` ON `case_studies` (`municipality_id`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `case_studies_list_pub_title` ON `case_studies` (`municipality_id`,`publication_state`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `case_studies_list_pub_published` ON `case_studies` (`municipality_id`,`publication_state`,`published_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `announcements_list_title` ON `announcements` (`municipality_id`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `announcements_list_pub_title` ON `announcements` (`municipality_id`,`publication_state`,`title`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `organizations_list_public_name` ON `organizations` (`municipality_id`,`public`,`name`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `organizations_list_created` ON `organizations` (`municipality_id`,`created_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `organizations_list_public_created` ON `organizations` (`municipality_id`,`public`,`created_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `users_list_created` ON `users` (`municipality_id`,`created_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `users_list_org_created` ON `users` (`municipality_id`,`organization_id`,`created_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `methods_list_position` ON `collaboration_methods` (`municipality_id`,`position`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `inquiries_list_created` ON `inquiries` (`municipality_id`,`created_at`,`id`);
--bun:split
CREATE INDEX IF NOT EXISTS `audit_list_id` ON `audit_entries` (`municipality_id`,`id`);
