-- Custom fields: fields a municipality's desk defines per target (proposals and each content
-- type), and their values, one row per item and field, typed.
CREATE TABLE IF NOT EXISTS "custom_field_definitions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "target" VARCHAR NOT NULL,
    "field_key" VARCHAR NOT NULL,
    "label_ja" VARCHAR NOT NULL,
    "label_en" VARCHAR NOT NULL,
    "field_type" VARCHAR NOT NULL,
    "required" BOOLEAN NOT NULL,
    "visibility" VARCHAR NOT NULL,
    "position" INTEGER NOT NULL,
    "choices" mediumtext,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "custom_field_definitions_key" ON "custom_field_definitions" ("municipality_id", "target", "field_key");
--bun:split
CREATE TABLE IF NOT EXISTS "custom_field_values" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "definition_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "text_value" mediumtext,
    "number_value" DOUBLE PRECISION,
    "date_value" VARCHAR,
    "boolean_value" BOOLEAN,
    "choices_value" mediumtext,
    "updated_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (definition_id) REFERENCES custom_field_definitions (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "custom_field_values_item" ON "custom_field_values" ("municipality_id", "owner_type", "owner_id", "definition_id");
--bun:split
CREATE INDEX IF NOT EXISTS "custom_field_values_definition" ON "custom_field_values" ("definition_id");
