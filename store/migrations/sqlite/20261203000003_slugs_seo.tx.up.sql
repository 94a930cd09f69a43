-- Slugs, SEO/OGP fields and URL templates for item pages (issue 13); image sizes of media.
-- Existing rows get the fallback slug <type>-<id>, as a new row whose title has no ASCII words does.
ALTER TABLE "challenges" ADD COLUMN "slug" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "challenges" ADD COLUMN "seo_description" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "challenges" ADD COLUMN "share_image_id" INTEGER;
--bun:split
UPDATE "challenges" SET "slug" = 'challenge-' || "id" WHERE "slug" = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "challenges_slug" ON "challenges" ("municipality_id", "slug");
--bun:split
ALTER TABLE "agreements" ADD COLUMN "slug" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "agreements" ADD COLUMN "seo_description" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "agreements" ADD COLUMN "share_image_id" INTEGER;
--bun:split
UPDATE "agreements" SET "slug" = 'agreement-' || "id" WHERE "slug" = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "agreements_slug" ON "agreements" ("municipality_id", "slug");
--bun:split
ALTER TABLE "projects" ADD COLUMN "slug" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "projects" ADD COLUMN "seo_description" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "projects" ADD COLUMN "share_image_id" INTEGER;
--bun:split
UPDATE "projects" SET "slug" = 'project-' || "id" WHERE "slug" = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "projects_slug" ON "projects" ("municipality_id", "slug");
--bun:split
ALTER TABLE "case_studies" ADD COLUMN "slug" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "case_studies" ADD COLUMN "seo_description" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "case_studies" ADD COLUMN "share_image_id" INTEGER;
--bun:split
UPDATE "case_studies" SET "slug" = 'case-study-' || "id" WHERE "slug" = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "case_studies_slug" ON "case_studies" ("municipality_id", "slug");
--bun:split
ALTER TABLE "announcements" ADD COLUMN "slug" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "announcements" ADD COLUMN "seo_description" VARCHAR NOT NULL DEFAULT '';
--bun:split
ALTER TABLE "announcements" ADD COLUMN "share_image_id" INTEGER;
--bun:split
UPDATE "announcements" SET "slug" = 'announcement-' || "id" WHERE "slug" = '';
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "announcements_slug" ON "announcements" ("municipality_id", "slug");
--bun:split
ALTER TABLE "attachments" ADD COLUMN "width" INTEGER;
--bun:split
ALTER TABLE "attachments" ADD COLUMN "height" INTEGER;
--bun:split
ALTER TABLE "municipalities" ADD COLUMN "item_url_template" VARCHAR NOT NULL DEFAULT '';
