ALTER TABLE "proposal_assignments" ADD COLUMN "reminded_at" TIMESTAMP;
--bun:split
ALTER TABLE "proposal_assignments" ADD COLUMN "overdue_notified_at" TIMESTAMP;
--bun:split
CREATE INDEX IF NOT EXISTS "proposal_assignments_reminder" ON "proposal_assignments" ("responded_at", "reminded_at", "due_on");
--bun:split
CREATE INDEX IF NOT EXISTS "proposal_assignments_overdue" ON "proposal_assignments" ("responded_at", "overdue_notified_at", "due_on");
--bun:split
CREATE TABLE IF NOT EXISTS "scheduled_publications" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "publish_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "scheduled_publications_due" ON "scheduled_publications" ("sent_at", "publish_at");
--bun:split
CREATE INDEX IF NOT EXISTS "scheduled_publications_owner" ON "scheduled_publications" ("owner_type", "owner_id");
