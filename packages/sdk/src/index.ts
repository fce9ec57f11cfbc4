/**
 * @gov-disclosure/sdk — the national grassroots disclosure standard as typed, validated data,
 * and a client that reads a column from a static bundle or the HTTP API.
 */
export { createClient, type ClientOptions, type DisclosureClient } from './client.js';
export type { EntryQuery, PolicyQuery, Source } from './sources/source.js';
export type { RequestOptions, TransportOptions, WriteOptions } from './transport.js';
export * from './errors.js';
export { answerError, attempt, readBody, type AttemptOptions } from './attempt.js';
export { validate, formatPath } from './validate.js';
export * from './schemas/index.js';
export type { SkippedRecords } from './sources/records.js';
// The submission schemas are values of `@gov-disclosure/sdk/forms`; their types are here too.
export type * from './schemas/feedback.js';
export type * from './schemas/request.js';
export * from './standard/vocabulary.js';
export { STANDARD_AREAS, LATER_AREAS, resolveArea, type StandardAreaId } from './standard/areas.js';
export { parseDeadline, type ParsedDeadline } from './standard/deadline.js';
export { normaliseItem, normalisePolicy, type RawCatalogueItem } from './standard/normalise.js';
export { addWorkingDays, chinaDay, isWorkingDay, workingDaysBetween, type WorkCalendar } from './standard/workdays.js';
export { areaOfItem, itemOfEntry } from './sources/bundle.js';
