/**
 * A catalogue as `gov-disclosure import` writes it (JSON, from a file or stdin), read and checked
 * the way the SDK checks it; what is wrong is said by path, for people.
 */
import { readFile } from 'node:fs/promises';
import { Catalogue, normaliseItem, normalisePolicy, validate, ValidationError, type RawCatalogue } from '@gov-disclosure/sdk';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';

export async function readCatalogueJson(path: string | undefined, io: Io): Promise<Catalogue> {
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
    return validate(Catalogue, {
      ...raw,
      items: (raw.items ?? []).map(normaliseItem),
      ...(raw.policies ? { policies: raw.policies.map(normalisePolicy) } : {}),
    });
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
