/**
 * The feedback form's checks, loaded on demand: the schema the server uses, and the search for
 * personal data in the text. zod and the identity checks are not part of the first download of a
 * page that only shows the form. A failed load (a dead network) is tried again at the next call.
 */
import type { FeedbackCheck, PersonalDataMatch } from '@gov-disclosure/sdk/forms/feedback';
import type { Draft } from './draft.js';

type Module = typeof import('@gov-disclosure/sdk/forms/feedback');

/** Personal data found in a draft's texts, and the texts with it masked. */
export interface PersonalData {
  found: PersonalDataMatch[];
  masked: { comment: string; reason: string };
  /** Some of it is in the 差评's reason. */
  inReason: boolean;
}

export class FeedbackChecks {
  #module?: Module;
  #loading?: Promise<void>;

  /** `loaded` is told once the checks are there (the form draws itself again). */
  constructor(private readonly loaded: () => void) {}

  get ready(): boolean {
    return !!this.#module;
  }

  load(): Promise<void> {
    return (this.#loading ??= import('@gov-disclosure/sdk/forms/feedback').then(
      (module) => {
        this.#module = module;
        this.loaded();
      },
      () => {
        this.#loading = undefined;
      },
    ));
  }

  /** The feedback `raw` makes or what is wrong with it; undefined until the schema has loaded. */
  run(raw: unknown): FeedbackCheck | undefined {
    return this.#module?.checkFeedback(raw);
  }

  /** What personal data the draft's texts hold (none until loaded: the form checks first, which loads them). */
  personalData(d: Draft): PersonalData | undefined {
    const m = this.#module;
    if (!m) return undefined;
    const inReason = m.findPersonalData(d.reason);
    const found = [...m.findPersonalData(d.comment), ...inReason];
    const masked = { comment: m.maskPersonalData(d.comment), reason: m.maskPersonalData(d.reason) };
    return found.length ? { found, masked, inReason: inReason.length > 0 } : undefined;
  }
}
