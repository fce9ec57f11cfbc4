import type { CatalogueItemInput } from '../schemas/catalogue.js';
import type { PolicyDocument } from '../schemas/jurisdiction.js';
import { resolveArea } from './areas.js';
import { parseDeadline } from './deadline.js';

/** A catalogue item as people write it: area by printed name, 公开时限 as printed text. */
export type RawCatalogueItem = Omit<CatalogueItemInput, 'deadline'> & { deadline?: string | CatalogueItemInput['deadline'] };

/**
 * Maps what counties print to what the schemas hold, where data enters (import, build, server):
 * the area's name or variant to its standard id (医疗卫生 → `health`), and a 公开时限 text to the
 * text plus its parsed period.
 */
export function normaliseItem(item: RawCatalogueItem): CatalogueItemInput {
  // Anything but a string is left for the schema to reject with its path.
  const area = typeof item.area === 'string' ? (resolveArea(item.area) ?? item.area) : item.area;
  const { deadline } = item;
  if (deadline === undefined) return { ...item, area, deadline: undefined };
  if (typeof deadline !== 'string' && (typeof deadline !== 'object' || deadline === null || typeof deadline.text !== 'string'))
    return { ...item, area } as CatalogueItemInput;
  const text = typeof deadline === 'string' ? deadline : deadline.text;
  const parsed = typeof deadline === 'string' || deadline.days === undefined ? parseDeadline(text) : undefined;
  return { ...item, area, deadline: { ...(typeof deadline === 'string' ? { text } : deadline), ...parsed } };
}

/** The policy's area, mapped to its standard id. */
export function normalisePolicy<P extends Pick<PolicyDocument, 'area'>>(policy: P): P {
  return typeof policy.area === 'string' ? { ...policy, area: resolveArea(policy.area) ?? policy.area } : policy;
}
