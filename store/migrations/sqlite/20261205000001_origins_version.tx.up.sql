-- A version of each municipality's allowed origins, raised by every change, so every replica
-- sees from the municipality row it reads with each request whether its in-memory copy of the
-- lists is older (issue 15).
ALTER TABLE "municipalities" ADD COLUMN "origins_version" INTEGER NOT NULL DEFAULT 0;
