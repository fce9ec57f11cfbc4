/** The PostgreSQL storage's tables, created when missing (see postgres.ts). */

// These tables are deliberate twins of sqlite-schema.ts's: the same tables in each dialect
// (JSONB/BYTEA and $1 here, TEXT/BLOB and ? there), kept side by side so a column added to one is
// seen missing from the other. test/node/server.test.ts runs one contract against both (PostgreSQL
// where GOV_DISCLOSURE_TEST_PG names a database).
/** Step 1: the tables as they were when versions began to be kept (created where missing). */
const BASELINE = `
CREATE TABLE IF NOT EXISTS feedback (
  id TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  received_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_received ON feedback (received_at);
CREATE TABLE IF NOT EXISTS requests (
  code TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  received_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  latest_due_at TEXT NOT NULL,
  state TEXT NOT NULL,
  reply_type TEXT,
  payload JSONB NOT NULL,
  proof_name TEXT,
  proof_type TEXT,
  proof BYTEA
);
CREATE TABLE IF NOT EXISTS request_events (
  id BIGSERIAL PRIMARY KEY,
  code TEXT NOT NULL REFERENCES requests (code),
  state TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  step JSONB
);
ALTER TABLE request_events ADD COLUMN IF NOT EXISTS step JSONB;
CREATE INDEX IF NOT EXISTS request_events_code ON request_events (code);
CREATE TABLE IF NOT EXISTS staff_users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  roles JSONB NOT NULL,
  jurisdictions JSONB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_tokens (
  hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES staff_users (id),
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES staff_users (id),
  csrf TEXT NOT NULL,
  expires BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (name TEXT NOT NULL, at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_name ON login_failures (name, at);
CREATE TABLE IF NOT EXISTS audit (
  id BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  before JSONB,
  after JSONB
);
CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
CREATE OR REPLACE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE OR REPLACE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
`;

/**
 * The schema's steps, oldest first (see migrate.ts): step n is `MIGRATIONS[n - 1]`. A change to
 * the tables is a new step at the end, in both dialects; a step once released is never edited.
 */
/** Step 2: a message's reply (互动回应): when, what, by whom. */
const MESSAGE_REPLIES = `
ALTER TABLE feedback ADD COLUMN IF NOT EXISTS replied_at TEXT, ADD COLUMN IF NOT EXISTS reply TEXT, ADD COLUMN IF NOT EXISTS replied_by TEXT;
CREATE INDEX IF NOT EXISTS feedback_messages ON feedback (kind, jurisdiction, replied_at);
`;

/** Step 3: the rate limits every instance shares (see rate-limit.ts): each client's moment, in ms. */
const RATE_LIMITS = `
CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, tat DOUBLE PRECISION NOT NULL);
`;

/** Step 4: sequences every instance shares, each number given once (a reply letter's 文号). */
const COUNTERS = `
CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
`;

/** Step 5: the annual report's inputs (texts and figures the staff enter, a year's each) and the register of appeals. */
const ANNUAL_REPORT = `
CREATE TABLE IF NOT EXISTS report_inputs (jurisdiction TEXT NOT NULL, year INTEGER NOT NULL, payload JSONB NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (jurisdiction, year));
CREATE TABLE IF NOT EXISTS appeals (id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, filed_on TEXT NOT NULL, payload JSONB NOT NULL);
CREATE INDEX IF NOT EXISTS appeals_jurisdiction ON appeals (jurisdiction, filed_on);
`;

/** Step 6: a user's name as people know it (王敏), which the desk shows beside the login name. */
const DISPLAY_NAMES = `
ALTER TABLE staff_users ADD COLUMN IF NOT EXISTS display_name TEXT;
`;

export const MIGRATIONS: readonly string[] = [BASELINE, MESSAGE_REPLIES, RATE_LIMITS, COUNTERS, ANNUAL_REPORT, DISPLAY_NAMES];
