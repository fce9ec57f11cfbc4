import * as z from 'zod/mini';
import type { RawCatalogueItem } from '../standard/normalise.js';
import { ColumnLinks, Hosts } from './bundle.js';
import { Area, CatalogueItem } from './catalogue.js';
import { text } from './common.js';
import { DisclosureEntry } from './entry.js';
import { Jurisdiction, PolicyDocument } from './jurisdiction.js';

/** A jurisdiction's catalogue as a whole: what importers write and the bundle builder reads. */
export const Catalogue = z.object({
  jurisdiction: Jurisdiction,
  jurisdictions: z.optional(z.array(Jurisdiction)),
  /** Areas declared, with applicability; the 26 standard areas are implied when absent. */
  areas: z.optional(z.array(Area)),
  items: z.array(CatalogueItem),
  entries: z.optional(z.array(DisclosureEntry)),
  policies: z.optional(z.array(PolicyDocument)),
  links: z.optional(ColumnLinks),
  /** Hosts besides the bundle's own that images may load from and the 1+N switch may follow (e.g. `cdn.example.gov.cn`). */
  hosts: z.optional(Hosts),
  title: z.optional(text(200)),
  /** The site's own search synonyms (groups of words that mean the same), added to the SDK's. */
  synonyms: z.optional(z.array(z.array(text(50)))),
});

export type Catalogue = z.infer<typeof Catalogue>;
export type CatalogueInput = z.input<typeof Catalogue>;
/** A catalogue as importers and people write it, before `normaliseItem`. */
export type RawCatalogue = Omit<CatalogueInput, 'items'> & { items: RawCatalogueItem[] };
