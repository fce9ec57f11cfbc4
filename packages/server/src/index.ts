/**
 * @gov-disclosure/server — the reference server: the API contract over a static bundle for
 * reads, and feedback, disclosure requests and their status kept in SQLite or PostgreSQL.
 */
export { createApiHandler, createApiServer, type ServerOptions } from './app.js';
export { bundleClients, createReadApi, errorAnswer, fileFetch, type Answer, type ReadApiOptions } from './read-api.js';
export { createWriteApi, ANSWER_DAYS, EXTENSION_DAYS, type WriteApiOptions } from './write-api.js';
export { memoryRates, RateLimiter, type RateLimitOptions, type RateStore } from './rate-limit.js';
export { addStaffToken, addStaffUser } from './staff/users.js';
export { sqliteStorage, type SqliteOptions } from './storage/sqlite.js';
export { postgresStorage, type PostgresOptions } from './storage/postgres.js';
export type * from './storage/storage.js';
