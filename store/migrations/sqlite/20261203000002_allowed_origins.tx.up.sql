-- Each municipality's own CORS allow-list: the origins of its portals, whose browser pages
-- may call the API for this municipality (besides the operator-wide --cors-origins).
CREATE TABLE IF NOT EXISTS "municipality_origins" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "origin" VARCHAR NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "municipality_origins_origin" ON "municipality_origins" ("municipality_id", "origin");
