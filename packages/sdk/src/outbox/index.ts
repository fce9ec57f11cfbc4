/**
 * @gov-disclosure/sdk/outbox — submissions that survive lost connections, reloads and browser
 * restarts, and reach the server exactly once.
 *
 * ```ts
 * const outbox = sharedOutbox();
 * const record = await outbox.add('feedback', '/api/430121/feedback', feedback); // stored
 * const done = await outbox.wait(record.id); // sent (done.receipt) or rejected (done.rejection)
 * ```
 */
export { Outbox, sharedOutbox, type OutboxOptions, type OutboxRecord, type OutboxState } from './outbox.js';
export { IndexedDbStore, MemoryStore, defaultStore, type OutboxStore } from './store.js';
