-- Sign-in no longer counts failures in the database (rate_limits does), so the table is unused.
DROP TABLE IF EXISTS `auth_failures`;
