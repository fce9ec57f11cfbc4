/**
 * A catalogue as `gov-disclosure import` writes it (JSON, from a file or stdin), read and checked
 * the way the SDK checks it; what is wrong is said by path, for people.
 *
 * Entries are checked item by item. With a `memo` of the groups an earlier build found unchanged by
 * the check (their JSON, byte for byte, is what checking them gives), a group whose JSON is the same
 * again is taken as it is: a rebuild of 200,000 entries checks the few that changed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Catalogue, DisclosureEntry, normaliseItem, normalisePolicy, validate, ValidationError, type RawCatalogue } from '@gov-disclosure/sdk';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';

/** The hashes of entry groups (one item's entries, as JSON) that checking leaves as they are. */
export interface CheckedMemo {
  has(hash: string): boolean;
  add(hash: string): void;
}

export async function readCatalogueJson(path: string | undefined, io: Io, memo?: CheckedMemo): Promise<Catalogue> {
  let text: string;
  if (!path || path === '-') text = await io.stdin();
  else {
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new CliError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  const where = path && path !== '-' ? path : 'stdin';
  if (!text.trim()) throw new CliError(`${where}: empty; expected a catalogue as written by gov-disclosure import`);
  let raw: RawCatalogue;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CliError(`${where}: not JSON; expected a catalogue as written by gov-disclosure import`);
  }
  try {
    const { entries, ...rest } = raw;
    const catalogue = validate(Catalogue, {
      ...rest,
      items: (raw.items ?? []).map(normaliseItem),
      ...(raw.policies ? { policies: raw.policies.map(normalisePolicy) } : {}),
      // Anything but a list is the schema's to refuse.
      ...(Array.isArray(entries) ? {} : { entries }),
    });
    if (Array.isArray(entries)) catalogue.entries = checkEntries(entries, memo);
    return catalogue;
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new CliError(
        `${where}: not a valid catalogue:\n${error.issues
          .slice(0, 10)
          .map((i) => `  ${i.path || '(root)'}: expected ${i.expected}`)
          .join('\n')}`,
      );
    }
    throw error;
  }
}

/** The entries checked one item's at a time, in their order; the issues of all, by path (`entries[3].title`). */
function checkEntries(entries: unknown[], memo: CheckedMemo | undefined): DisclosureEntry[] {
  const byItem = new Map<unknown, number[]>();
  entries.forEach((entry, i) => {
    const item = (entry as { item?: unknown } | null)?.item;
    const list = byItem.get(item);
    if (list) list.push(i);
    else byItem.set(item, [i]);
  });
  const out: DisclosureEntry[] = new Array(entries.length);
  const issues: ValidationError['issues'] = [];
  for (const indices of byItem.values()) {
    const json = memo ? JSON.stringify(indices.map((i) => entries[i])) : '';
    const hash = memo ? createHash('sha256').update(json).digest('base64url') : '';
    if (memo?.has(hash)) {
      for (const i of indices) out[i] = entries[i] as DisclosureEntry;
      memo.add(hash);
      continue;
    }
    let valid = true;
    for (const i of indices) {
      try {
        out[i] = validate(DisclosureEntry, entries[i]);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        valid = false;
        issues.push(...error.issues.map((issue) => ({ ...issue, path: `entries[${i}]${issue.path ? `.${issue.path}` : ''}` })));
      }
    }
    if (memo && valid && JSON.stringify(indices.map((i) => out[i])) === json) memo.add(hash);
  }
  if (issues.length) throw new ValidationError(issues);
  return out;
}
