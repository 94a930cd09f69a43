-- Onboarding a municipality without SQL: portal branding, host names, versioned proposal
-- terms, mail template overrides, platform ADMIN accounts and account invitations.
CREATE TABLE IF NOT EXISTS "municipality_branding" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "logo_media_id" INTEGER,
    "primary_color" VARCHAR NOT NULL,
    "secondary_color" VARCHAR NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "municipality_branding_tenant" ON "municipality_branding" ("municipality_id");
--bun:split
CREATE TABLE IF NOT EXISTS "municipality_hosts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "host" VARCHAR NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "municipality_hosts_host" ON "municipality_hosts" ("host");
--bun:split
CREATE INDEX IF NOT EXISTS "municipality_hosts_tenant" ON "municipality_hosts" ("municipality_id");
--bun:split
CREATE TABLE IF NOT EXISTS "municipality_terms" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "version" VARCHAR NOT NULL,
    "body" mediumtext,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "municipality_terms_version" ON "municipality_terms" ("municipality_id", "version");
--bun:split
CREATE TABLE IF NOT EXISTS "mail_templates" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "key" VARCHAR NOT NULL,
    "subject" mediumtext,
    "body" mediumtext,
    "updated_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "mail_templates_key" ON "mail_templates" ("municipality_id", "key");
--bun:split
CREATE TABLE IF NOT EXISTS "platform_admins" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" VARCHAR NOT NULL,
    "password_hash" VARCHAR NOT NULL,
    "display_name" VARCHAR NOT NULL,
    "disabled" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "platform_admins_email" ON "platform_admins" ("email");
--bun:split
CREATE TABLE IF NOT EXISTS "account_invitations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER,
    "account_id" INTEGER NOT NULL,
    "token_hash" VARCHAR NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "account_invitations_token" ON "account_invitations" ("token_hash");
