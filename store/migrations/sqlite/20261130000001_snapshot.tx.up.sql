-- sqlite: 20261130000001_snapshot is a frozen snapshot of the schema the Go migrations 20261129000001…20261129200001
-- built, so it is a no-op on a database they migrated. Never edit it: add a migration.
-- SQLite runs the file and records it in one transaction: a kill rolls it back whole.

CREATE TABLE IF NOT EXISTS "municipalities" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" VARCHAR NOT NULL,
    "name" VARCHAR NOT NULL,
    "prefecture" VARCHAR NOT NULL,
    "desk_name" VARCHAR NOT NULL,
    "desk_department" VARCHAR NOT NULL,
    "postal_code" VARCHAR NOT NULL,
    "address" VARCHAR NOT NULL,
    "phone" VARCHAR NOT NULL,
    "email" VARCHAR NOT NULL,
    "portal_url" VARCHAR NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    UNIQUE ("slug")
);
--bun:split
CREATE TABLE IF NOT EXISTS "departments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "name" VARCHAR NOT NULL,
    "kind" VARCHAR NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (parent_id) REFERENCES departments (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "departments_tenant" ON "departments" ("municipality_id", "parent_id");
--bun:split
CREATE TABLE IF NOT EXISTS "organizations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "name" VARCHAR NOT NULL,
    "kana" VARCHAR NOT NULL,
    "kind" VARCHAR NOT NULL,
    "corporate_number" VARCHAR NOT NULL,
    "website" VARCHAR NOT NULL,
    "address" VARCHAR NOT NULL,
    "description" mediumtext,
    "public" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "organizations_tenant" ON "organizations" ("municipality_id", "name");
--bun:split
CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "email" VARCHAR NOT NULL,
    "password_hash" VARCHAR NOT NULL,
    "display_name" VARCHAR NOT NULL,
    "role" VARCHAR NOT NULL,
    "organization_id" INTEGER,
    "department_id" INTEGER,
    "disabled" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (organization_id) REFERENCES organizations (id),
    FOREIGN KEY (department_id) REFERENCES departments (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "users_email" ON "users" ("municipality_id", "email");
--bun:split
CREATE TABLE IF NOT EXISTS "challenges" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "title" VARCHAR NOT NULL,
    "background" mediumtext,
    "desired_outcome" mediumtext,
    "department_id" INTEGER,
    "opens_at" TIMESTAMP,
    "closes_at" TIMESTAMP,
    "publication_state" VARCHAR NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (department_id) REFERENCES departments (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "challenges_tenant" ON "challenges" ("municipality_id", "publication_state", "published_at");
--bun:split
CREATE TABLE IF NOT EXISTS "agreements" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "kind" VARCHAR NOT NULL,
    "title" VARCHAR NOT NULL,
    "purpose" mediumtext,
    "signed_on" varchar(10),
    "term_start_on" varchar(10),
    "term_end_on" varchar(10),
    "items" mediumtext,
    "status" VARCHAR NOT NULL,
    "origin_proposal_id" INTEGER,
    "publication_state" VARCHAR NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "agreements_tenant" ON "agreements" ("municipality_id", "publication_state", "signed_on");
--bun:split
CREATE TABLE IF NOT EXISTS "projects" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "kind" VARCHAR NOT NULL,
    "title" VARCHAR NOT NULL,
    "summary" mediumtext,
    "start_on" varchar(10),
    "end_on" varchar(10),
    "site" VARCHAR NOT NULL,
    "lead_department_id" INTEGER,
    "status" VARCHAR NOT NULL,
    "origin_proposal_id" INTEGER,
    "agreement_id" INTEGER,
    "publication_state" VARCHAR NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (lead_department_id) REFERENCES departments (id),
    FOREIGN KEY (agreement_id) REFERENCES agreements (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "projects_tenant" ON "projects" ("municipality_id", "publication_state", "start_on");
--bun:split
CREATE TABLE IF NOT EXISTS "proposals" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "kind" VARCHAR NOT NULL,
    "challenge_id" INTEGER,
    "organization_id" INTEGER NOT NULL,
    "created_by_id" INTEGER NOT NULL,
    "title" VARCHAR NOT NULL,
    "summary" mediumtext,
    "body" mediumtext,
    "desired_scheme" VARCHAR NOT NULL,
    "contact_affiliation" VARCHAR NOT NULL,
    "contact_name" VARCHAR NOT NULL,
    "contact_email" VARCHAR NOT NULL,
    "contact_phone" VARCHAR NOT NULL,
    "status" VARCHAR NOT NULL,
    "terms_accepted_at" TIMESTAMP,
    "terms_version" VARCHAR NOT NULL,
    "submitted_at" TIMESTAMP,
    "decided_at" TIMESTAMP,
    "project_id" INTEGER,
    "agreement_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (challenge_id) REFERENCES challenges (id),
    FOREIGN KEY (organization_id) REFERENCES organizations (id),
    FOREIGN KEY (created_by_id) REFERENCES users (id),
    FOREIGN KEY (project_id) REFERENCES projects (id),
    FOREIGN KEY (agreement_id) REFERENCES agreements (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "proposals_tenant" ON "proposals" ("municipality_id", "status");
--bun:split
CREATE INDEX IF NOT EXISTS "proposals_org" ON "proposals" ("organization_id");
--bun:split
CREATE TABLE IF NOT EXISTS "proposal_assignments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "proposal_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,
    "due_on" varchar(10),
    "opinion" mediumtext,
    "feasible" BOOLEAN,
    "responded_at" TIMESTAMP,
    "responded_by_id" INTEGER,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (proposal_id) REFERENCES proposals (id),
    FOREIGN KEY (department_id) REFERENCES departments (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "assignments_unique" ON "proposal_assignments" ("proposal_id", "department_id");
--bun:split
CREATE TABLE IF NOT EXISTS "proposal_messages" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "proposal_id" INTEGER NOT NULL,
    "author_id" INTEGER NOT NULL,
    "body" mediumtext,
    "internal" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (proposal_id) REFERENCES proposals (id),
    FOREIGN KEY (author_id) REFERENCES users (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "messages_proposal" ON "proposal_messages" ("proposal_id");
--bun:split
CREATE TABLE IF NOT EXISTS "proposal_events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "proposal_id" INTEGER NOT NULL,
    "action" VARCHAR NOT NULL,
    "from_status" VARCHAR NOT NULL,
    "to_status" VARCHAR NOT NULL,
    "actor_id" INTEGER,
    "department_id" INTEGER,
    "reason" mediumtext,
    "at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (proposal_id) REFERENCES proposals (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "events_proposal" ON "proposal_events" ("proposal_id");
--bun:split
CREATE TABLE IF NOT EXISTS "case_studies" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "title" VARCHAR NOT NULL,
    "locality" VARCHAR NOT NULL,
    "program" VARCHAR NOT NULL,
    "category" VARCHAR NOT NULL,
    "start_on" varchar(10),
    "end_on" varchar(10),
    "date_note" VARCHAR NOT NULL,
    "summary" mediumtext,
    "project_id" INTEGER,
    "agreement_id" INTEGER,
    "publication_state" VARCHAR NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (project_id) REFERENCES projects (id),
    FOREIGN KEY (agreement_id) REFERENCES agreements (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "case_studies_tenant" ON "case_studies" ("municipality_id", "publication_state", "start_on");
--bun:split
CREATE TABLE IF NOT EXISTS "announcements" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "title" VARCHAR NOT NULL,
    "body" mediumtext,
    "category" VARCHAR NOT NULL,
    "publication_state" VARCHAR NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "announcements_tenant" ON "announcements" ("municipality_id", "publication_state", "published_at");
--bun:split
CREATE TABLE IF NOT EXISTS "collaboration_methods" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "key" VARCHAR NOT NULL,
    "name" VARCHAR NOT NULL,
    "description" mediumtext,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "methods_key" ON "collaboration_methods" ("municipality_id", "key");
--bun:split
CREATE TABLE IF NOT EXISTS "content_partners" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "content_partners_owner" ON "content_partners" ("owner_type", "owner_id", "organization_id");
--bun:split
CREATE INDEX IF NOT EXISTS "content_partners_org" ON "content_partners" ("organization_id");
--bun:split
CREATE TABLE IF NOT EXISTS "resources" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "side" VARCHAR NOT NULL,
    "kind" VARCHAR NOT NULL,
    "description" mediumtext,
    "position" INTEGER NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "resources_owner" ON "resources" ("owner_type", "owner_id");
--bun:split
CREATE TABLE IF NOT EXISTS "merits" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "side" VARCHAR NOT NULL,
    "description" mediumtext,
    "position" INTEGER NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "merits_owner" ON "merits" ("owner_type", "owner_id");
--bun:split
CREATE TABLE IF NOT EXISTS "tags" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "name" VARCHAR NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "tags_owner" ON "tags" ("owner_type", "owner_id");
--bun:split
CREATE INDEX IF NOT EXISTS "tags_name" ON "tags" ("municipality_id", "name");
--bun:split
CREATE TABLE IF NOT EXISTS "inquiries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "affiliation" VARCHAR NOT NULL,
    "name" VARCHAR NOT NULL,
    "email" VARCHAR NOT NULL,
    "phone" VARCHAR NOT NULL,
    "subject" VARCHAR NOT NULL,
    "body" mediumtext,
    "status" VARCHAR NOT NULL,
    "closed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "inquiries_tenant" ON "inquiries" ("municipality_id", "status");
--bun:split
CREATE TABLE IF NOT EXISTS "attachments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "file_name" VARCHAR NOT NULL,
    "content_type" VARCHAR NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR NOT NULL,
    "storage_key" VARCHAR NOT NULL,
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "attachments_owner" ON "attachments" ("owner_type", "owner_id");
--bun:split
CREATE TABLE IF NOT EXISTS "revisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "owner_type" VARCHAR NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "author_id" INTEGER,
    "data" mediumtext,
    "created_at" TIMESTAMP NOT NULL,
    "pending" BOOLEAN NOT NULL DEFAULT false,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "revisions_owner" ON "revisions" ("owner_type", "owner_id", "number");
--bun:split
CREATE TABLE IF NOT EXISTS "audit_entries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "actor_id" INTEGER,
    "action" VARCHAR NOT NULL,
    "target_type" VARCHAR NOT NULL,
    "target_id" INTEGER NOT NULL,
    "changes" mediumtext,
    "at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "audit_tenant" ON "audit_entries" ("municipality_id", "at");
--bun:split
CREATE TABLE IF NOT EXISTS "revoked_tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "jti" VARCHAR NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    UNIQUE ("jti"),
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "revoked_tokens_expiry" ON "revoked_tokens" ("expires_at");
--bun:split
CREATE TABLE IF NOT EXISTS "auth_failures" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" VARCHAR NOT NULL,
    "at" TIMESTAMP NOT NULL
);
--bun:split
CREATE INDEX IF NOT EXISTS "auth_failures_key" ON "auth_failures" ("key", "at");
--bun:split
CREATE TABLE IF NOT EXISTS "invitations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "email" VARCHAR NOT NULL,
    "token_hash" VARCHAR NOT NULL,
    "invited_by_id" INTEGER NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "accepted_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    UNIQUE ("token_hash"),
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id),
    FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
--bun:split
CREATE INDEX IF NOT EXISTS "invitations_org" ON "invitations" ("organization_id");
--bun:split
CREATE TABLE IF NOT EXISTS "webhooks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "url" varchar(1000) NOT NULL,
    "events" mediumtext,
    "secret" VARCHAR NOT NULL,
    "active" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
--bun:split
CREATE INDEX IF NOT EXISTS "webhooks_tenant" ON "webhooks" ("municipality_id");
--bun:split
CREATE TABLE IF NOT EXISTS "webhook_deliveries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "webhook_id" INTEGER NOT NULL,
    "event" VARCHAR NOT NULL,
    "payload" mediumtext,
    "status" VARCHAR NOT NULL,
    "attempts" INTEGER NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "last_status_code" INTEGER NOT NULL,
    "last_error" mediumtext,
    "created_at" TIMESTAMP NOT NULL,
    "delivered_at" TIMESTAMP
);
--bun:split
CREATE INDEX IF NOT EXISTS "deliveries_due" ON "webhook_deliveries" ("status", "next_attempt_at");
--bun:split
CREATE INDEX IF NOT EXISTS "deliveries_hook" ON "webhook_deliveries" ("webhook_id", "id");
--bun:split
CREATE TABLE IF NOT EXISTS "idempotency_keys" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "caller" varchar(100) NOT NULL,
    "operation" varchar(100) NOT NULL,
    "key" varchar(255) NOT NULL,
    "input_hash" varchar(64) NOT NULL,
    "result_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
--bun:split
CREATE UNIQUE INDEX IF NOT EXISTS "idempotency_keys_unique" ON "idempotency_keys" ("municipality_id", "caller", "operation", "key");
--bun:split
CREATE INDEX IF NOT EXISTS "idempotency_keys_expiry" ON "idempotency_keys" ("expires_at");
--bun:split
CREATE TABLE IF NOT EXISTS "rate_limits" (
    "limit_key" varchar(80) NOT NULL,
    "hits" INTEGER NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    PRIMARY KEY ("limit_key")
);
--bun:split
CREATE INDEX IF NOT EXISTS "rate_limits_expiry" ON "rate_limits" ("expires_at");
--bun:split
CREATE TABLE IF NOT EXISTS "sign_ups" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipality_id" INTEGER NOT NULL,
    "email" VARCHAR NOT NULL,
    "token_hash" VARCHAR NOT NULL,
    "password_hash" VARCHAR NOT NULL,
    "display_name" VARCHAR NOT NULL,
    "organization" mediumtext,
    "invitation_hash" VARCHAR NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    UNIQUE ("token_hash"),
    FOREIGN KEY (municipality_id) REFERENCES municipalities (id)
);
