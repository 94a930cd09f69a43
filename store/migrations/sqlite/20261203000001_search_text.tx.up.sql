CREATE TABLE IF NOT EXISTS "search_texts" (
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "municipality_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "body" mediumtext NOT NULL,
    PRIMARY KEY ("owner_type", "owner_id"),
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
) WITHOUT ROWID;
