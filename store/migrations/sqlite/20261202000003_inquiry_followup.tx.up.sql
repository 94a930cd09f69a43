-- Desk follow-up of inquiries (issue 12): the desk's answers mailed to the sender, kept with
-- the inquiry, and the departments an inquiry was forwarded to (who may then read it).
ALTER TABLE "inquiries" ADD COLUMN "answered_at" TIMESTAMP;
--bun:split
CREATE TABLE IF NOT EXISTS "inquiry_replies" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "inquiry_id" INTEGER NOT NULL,
    "subject" VARCHAR NOT NULL,
    "body" mediumtext,
    "sent_by_id" INTEGER NOT NULL,
    "sent_by_name" VARCHAR NOT NULL,
    "sent_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (inquiry_id) REFERENCES inquiries (id),
    FOREIGN KEY (sent_by_id) REFERENCES users (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "inquiry_replies_inquiry" ON "inquiry_replies" ("inquiry_id", "id");
--bun:split
CREATE TABLE IF NOT EXISTS "inquiry_forwards" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "inquiry_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,
    "note" mediumtext,
    "forwarded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (inquiry_id) REFERENCES inquiries (id),
    FOREIGN KEY (department_id) REFERENCES departments (id),
    FOREIGN KEY (forwarded_by_id) REFERENCES users (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "inquiry_forwards_unique" ON "inquiry_forwards" ("inquiry_id", "department_id");
--bun:split
CREATE INDEX IF NOT EXISTS "inquiry_forwards_department" ON "inquiry_forwards" ("department_id", "inquiry_id");
