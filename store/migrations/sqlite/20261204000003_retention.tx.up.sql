-- Retention (issue 14): each municipality's retention periods, legal holds on proposals and
-- inquiries, the purge log (whose unique record is the purge's claim across replicas) and
-- the files the purge still has to delete from storage.
CREATE TABLE IF NOT EXISTS "retention_rules" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "record_type" VARCHAR NOT NULL,
    "months" INTEGER NOT NULL,
    "updated_by_id" INTEGER,
    "updated_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "retention_rules_unique" ON "retention_rules" ("municipality_id", "record_type");
--bun:split
CREATE TABLE IF NOT EXISTS "legal_holds" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "record_type" VARCHAR NOT NULL,
    "record_id" INTEGER NOT NULL,
    "reason" mediumtext,
    "set_by_id" INTEGER NOT NULL,
    "set_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (set_by_id) REFERENCES users (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "legal_holds_unique" ON "legal_holds" ("record_type", "record_id");
--bun:split
CREATE TABLE IF NOT EXISTS "purge_log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "record_type" VARCHAR NOT NULL,
    "record_id" INTEGER NOT NULL,
    "rule" VARCHAR NOT NULL,
    "months" INTEGER NOT NULL,
    "expired_at" TIMESTAMP NOT NULL,
    "parts" VARCHAR NOT NULL,
    "purged_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "purge_log_unique" ON "purge_log" ("record_type", "record_id");
--bun:split
CREATE INDEX IF NOT EXISTS "purge_log_municipality" ON "purge_log" ("municipality_id", "id");
--bun:split
CREATE TABLE IF NOT EXISTS "purge_files" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "storage_key" VARCHAR NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
