/** Where an item sits: the names of its area and ancestors, outermost first (领域 › 一级), for its heading. */
import type { DisclosureClient } from '@gov-disclosure/sdk';

/** The names of an item's area and ancestors, outermost first. */
export async function pathOf(client: DisclosureClient, id: string, signal: AbortSignal): Promise<string[]> {
  let item = await client.item(id, { signal });
  const names: string[] = [];
  const area = (await client.areas({ signal })).find((a) => a.id === item.area);
  while (item.parent) names.unshift((item = await client.item(item.parent, { signal })).name);
  return area ? [area.name, ...names] : names;
}
