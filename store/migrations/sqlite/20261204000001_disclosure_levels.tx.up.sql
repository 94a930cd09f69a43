-- Disclosure levels (情報公開条例): only what differs from the policy's defaults is stored,
-- one row per part of a proposal (a field, an attachment or a message): the desk's level and
-- reason, and the proposer's request for protection. And the produced disclosure copies, kept
-- as private downloads for the desk until they expire.
CREATE TABLE IF NOT EXISTS "disclosure_overrides" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "proposal_id" INTEGER NOT NULL,
    "target_kind" VARCHAR NOT NULL,
    "target_key" VARCHAR NOT NULL,
    "level" VARCHAR,
    "reason" mediumtext NOT NULL,
    "set_by_id" INTEGER,
    "set_at" TIMESTAMP,
    "protection_reason" mediumtext NOT NULL,
    "protection_requested_at" TIMESTAMP,
    "protection_requested_by_id" INTEGER,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (proposal_id) REFERENCES proposals (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "disclosure_overrides_target" ON "disclosure_overrides" ("proposal_id", "target_kind", "target_key");
--bun:split
CREATE TABLE IF NOT EXISTS "disclosure_copies" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "proposal_id" INTEGER NOT NULL,
    "reference" VARCHAR NOT NULL,
    "format" VARCHAR NOT NULL,
    "file_name" VARCHAR NOT NULL,
    "content_type" VARCHAR NOT NULL,
    "size" INTEGER NOT NULL,
    "storage_key" VARCHAR NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (proposal_id) REFERENCES proposals (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "disclosure_copies_proposal" ON "disclosure_copies" ("proposal_id");
