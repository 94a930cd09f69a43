-- Account flows (issue 12): email verification, token revocation by epoch, emailed one-time
-- tokens (password reset, email verification), and one organization per 法人番号.
--
-- Existing PROPOSER accounts count as verified: every one of them was created by
-- confirmSignUp, which proved the address with the emailed code (or by the demo loader).
-- Staff accounts were typed in by the desk and stay unverified until they verify; nothing
-- but a proposer's submission waits for it.
ALTER TABLE "users" ADD COLUMN "email_verified_at" TIMESTAMP;
--bun:split
ALTER TABLE "users" ADD COLUMN "token_epoch" INTEGER NOT NULL DEFAULT 0;
--bun:split
ALTER TABLE "users" ADD COLUMN "kept_token" VARCHAR NOT NULL DEFAULT '';
--bun:split
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "role" = 'PROPOSER' AND "email_verified_at" IS NULL;
--bun:split
CREATE TABLE IF NOT EXISTS "account_tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "purpose" VARCHAR NOT NULL,
    "email" VARCHAR NOT NULL,
    "token_hash" VARCHAR NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (user_id) REFERENCES users (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "account_tokens_hash" ON "account_tokens" ("token_hash");
--bun:split
CREATE INDEX IF NOT EXISTS "account_tokens_user" ON "account_tokens" ("user_id", "purpose");
--bun:split
CREATE INDEX IF NOT EXISTS "account_tokens_expiry" ON "account_tokens" ("expires_at");
--bun:split
-- The registry of 法人番号: its primary key is the uniqueness per municipality. Existing
-- duplicates (none can be made through the API before this) keep their numbers; the oldest
-- organization holds the registration, so a sign-up with the number joins that one.
CREATE TABLE IF NOT EXISTS "organization_numbers" (
    "municipality_id" INTEGER NOT NULL,
    "corporate_number" VARCHAR NOT NULL,
    "organization_id" INTEGER NOT NULL,
    PRIMARY KEY ("municipality_id", "corporate_number"),
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "organization_numbers_organization" ON "organization_numbers" ("organization_id");
--bun:split
INSERT OR IGNORE INTO "organization_numbers" ("municipality_id", "corporate_number", "organization_id")
SELECT "municipality_id", "corporate_number", MIN("id") FROM "organizations"
WHERE "corporate_number" <> '' AND "deleted_at" IS NULL GROUP BY "municipality_id", "corporate_number";
