CREATE TABLE IF NOT EXISTS "proposal_reads" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "proposal_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "through_message_id" INTEGER NOT NULL,
    "read_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (proposal_id) REFERENCES proposals (id),
    FOREIGN KEY (user_id) REFERENCES users (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "proposal_reads_unique" ON "proposal_reads" ("proposal_id", "user_id");
