-- Custom fields: fields a municipality's desk defines per target (proposals and each content
-- type), and their values, one row per item and field, typed.
CREATE TABLE IF NOT EXISTS `custom_field_definitions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `target` varchar(255) NOT NULL,
  `field_key` varchar(255) NOT NULL,
  `label_ja` varchar(255) NOT NULL,
  `label_en` varchar(255) NOT NULL,
  `field_type` varchar(255) NOT NULL,
  `required` tinyint(1) NOT NULL,
  `visibility` varchar(255) NOT NULL,
  `position` bigint(20) NOT NULL,
  `choices` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `custom_field_definitions_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `custom_field_definitions_key` ON `custom_field_definitions` (`municipality_id`,`target`,`field_key`);
--bun:split
CREATE TABLE IF NOT EXISTS `custom_field_values` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `municipality_id` bigint(20) NOT NULL,
  `definition_id` bigint(20) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint(20) NOT NULL,
  `text_value` longtext DEFAULT NULL,
  `number_value` double DEFAULT NULL,
  `date_value` varchar(255) DEFAULT NULL,
  `boolean_value` tinyint(1) DEFAULT NULL,
  `choices_value` longtext DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `custom_field_values_ibfk_1` FOREIGN KEY (`municipality_id`) REFERENCES `municipalities` (`id`),
  CONSTRAINT `custom_field_values_ibfk_2` FOREIGN KEY (`definition_id`) REFERENCES `custom_field_definitions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS `custom_field_values_item` ON `custom_field_values` (`municipality_id`,`owner_type`,`owner_id`,`definition_id`);
--bun:split
CREATE INDEX IF NOT EXISTS `custom_field_values_definition` ON `custom_field_values` (`definition_id`);
