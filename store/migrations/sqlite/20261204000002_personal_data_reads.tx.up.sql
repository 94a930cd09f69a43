-- The log of who among the staff read personal data (issue 14): one row per record per
-- operation. Append-only: the store has no UPDATE or DELETE for it, and retention does not
-- purge it.
CREATE TABLE IF NOT EXISTS "personal_data_reads" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "reader_id" INTEGER NOT NULL,
    "reader_name" VARCHAR NOT NULL,
    "read_at" TIMESTAMP NOT NULL,
    "record_type" VARCHAR NOT NULL,
    "record_id" INTEGER NOT NULL,
    "fields" mediumtext NOT NULL,
    "operation" VARCHAR NOT NULL,
    "request_id" VARCHAR,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "personal_data_reads_record" ON "personal_data_reads" ("municipality_id", "record_type", "record_id");
--bun:split
CREATE INDEX IF NOT EXISTS "personal_data_reads_reader" ON "personal_data_reads" ("municipality_id", "reader_id");
--bun:split
CREATE INDEX IF NOT EXISTS "personal_data_reads_read_at" ON "personal_data_reads" ("municipality_id", "read_at");
