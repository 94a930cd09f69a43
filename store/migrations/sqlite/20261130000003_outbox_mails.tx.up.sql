CREATE TABLE IF NOT EXISTS "outbox_mails" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "recipient" VARCHAR NOT NULL,
    "subject" mediumtext,
    "text_ja" mediumtext,
    "text_en" mediumtext,
    "status" VARCHAR NOT NULL,
    "attempts" INTEGER NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "lease_owner" VARCHAR NOT NULL DEFAULT '',
    "lease_until" TIMESTAMP,
    "last_error" mediumtext,
    "created_at" TIMESTAMP NOT NULL,
    "delivered_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "outbox_mails_due" ON "outbox_mails" ("status", "next_attempt_at");
--bun:split
CREATE INDEX IF NOT EXISTS "outbox_mails_created" ON "outbox_mails" ("status", "created_at");
--bun:split
CREATE INDEX IF NOT EXISTS "deliveries_pending_age" ON "webhook_deliveries" ("status", "created_at");
