/**
 * Where an outbox keeps its records: IndexedDB in browsers (it survives a reload, a closed tab
 * and a browser restart), memory elsewhere (Node, tests).
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { OutboxRecord } from './record.js';

export interface OutboxStore {
  all(): Promise<OutboxRecord[]>;
  get(id: string): Promise<OutboxRecord | undefined>;
  put(record: OutboxRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Records in IndexedDB (database `gov-disclosure-outbox` unless named). */
export class IndexedDbStore implements OutboxStore {
  readonly #store: UseStore;

  constructor(database = 'gov-disclosure-outbox') {
    this.#store = createStore(database, 'records');
  }

  all = () => values<OutboxRecord>(this.#store);
  get = (id: string) => get<OutboxRecord>(id, this.#store);
  put = (record: OutboxRecord) => set(record.id, record, this.#store);
  delete = (id: string) => del(id, this.#store);
}

/** Records in memory: lost with the process. For Node and tests. */
export class MemoryStore implements OutboxStore {
  readonly #records = new Map<string, OutboxRecord>();

  async all() {
    return [...this.#records.values()].map((r) => structuredClone(r));
  }
  async get(id: string) {
    const record = this.#records.get(id);
    return record && structuredClone(record);
  }
  async put(record: OutboxRecord) {
    this.#records.set(record.id, structuredClone(record));
  }
  async delete(id: string) {
    this.#records.delete(id);
  }
}

/** IndexedDB where there is one, else memory. */
export function defaultStore(): OutboxStore {
  return typeof indexedDB === 'undefined' ? new MemoryStore() : new IndexedDbStore();
}
