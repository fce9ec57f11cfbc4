/**
 * The column's in-place switch to a neighbour's column (互通联动): the home source the page gave,
 * which jurisdiction is shown instead, and whether the item the switch opens there must be kept.
 */
import type { ColumnInfo, DisclosureClient } from '@gov-disclosure/sdk';
import { clientFor } from '../../controllers/client.js';

interface SwitchHost {
  src?: string | undefined;
  jurisdiction?: string | undefined;
}

export class JurisdictionSwitch {
  /** The `src` the page gave, before any in-place switch. */
  home: string | undefined;
  /** Set while the column itself switches `src` with an item to show there (a 1+N hit, a link). */
  #keepItem = false;
  #homeName: string | undefined;

  constructor(
    private readonly host: SwitchHost,
    /** A code that no column of the matrix has (from an address). */
    private readonly missing: (code: string) => void,
  ) {}

  /** The jurisdiction shown instead of the home one, if any (the address names it). */
  get away(): string | undefined {
    return this.host.src !== this.home ? this.host.jurisdiction : undefined;
  }

  /** The home column's client (its index covers the whole matrix). */
  homeClient(api?: string): DisclosureClient | undefined {
    return this.home ? clientFor(this.home, api) : undefined;
  }

  /**
   * Shows a jurisdiction's column in place, keeping what the caller opens there: with its data's
   * `src`, or found by its code in the home column's matrix (a code none has is `missing`). No
   * code, or the home's src: home, which needs no code in the address.
   */
  to(code: string | undefined, src?: string): void {
    if (code && !src) {
      void this.homeClient()
        ?.column()
        .catch(() => undefined)
        .then((column) => {
          const found = column?.jurisdictions?.find((j) => j.code === code)?.data?.src;
          if (found) this.to(code, found);
          else this.missing(code);
        });
      return;
    }
    const home = !code || sameUrl(src, this.home);
    if (home && (!this.home || this.host.src === this.home)) return;
    this.#keepItem = true;
    this.host.src = home ? this.home : src;
    this.host.jurisdiction = home ? undefined : code;
  }

  /**
   * While a neighbour's column is shown, the home column's name (seen while it was shown, else
   * found in the neighbour's matrix); at home, undefined (and the name is noted).
   */
  homeName(column: Pick<ColumnInfo, 'jurisdiction' | 'jurisdictions'> | undefined): string | undefined {
    if (!this.away) {
      if (column) this.#homeName = column.jurisdiction.name;
      return undefined;
    }
    return this.#homeName ?? column?.jurisdictions?.find((j) => sameUrl(j.data?.src, this.home))?.name;
  }

  /** Whether a change of `src` is the page's own (start from nothing) rather than this switch's (keep the item). Call once per update. */
  pageChangedSource(changed: boolean): boolean {
    const mine = this.#keepItem;
    this.#keepItem = false;
    return changed && !mine;
  }
}

/** Whether two URLs (absolute, or relative to the page) name the same file. */
export function sameUrl(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && new URL(a, location.href).href === new URL(b, location.href).href;
}
