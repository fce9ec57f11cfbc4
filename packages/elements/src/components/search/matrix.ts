/**
 * A search over a "1+N" matrix: this column and every neighbour's that names its data (a city's
 * column and its counties'), each searched by its own index; loaded with the first such search.
 */
import type { DisclosureClient, Jurisdiction } from '@gov-disclosure/sdk';
import { search, type SearchResults } from '@gov-disclosure/sdk/search';
import { clientFor } from '../../controllers/client.js';
import type { MatrixResults } from './matrix-view.js';

export { renderMatrix } from './matrix-view.js';

export async function searchMatrix(client: DisclosureClient, q: string, limit: number, signal: AbortSignal): Promise<MatrixResults> {
  const column = await client.column({ signal });
  const others = (column.jurisdictions ?? []).filter((j) => j.code !== column.jurisdiction.code && (j.data?.src || j.data?.api));
  const groups = await Promise.all(
    [{ jurisdiction: column.jurisdiction, client }, ...others.map((j) => ({ jurisdiction: j, client: clientFor(j.data!.src, j.data!.api) }))].map(
      async (source) => ({
        jurisdiction: source.jurisdiction,
        // One column that cannot be reached does not spoil the others.
        results: await search(source.client, q, { limit, signal }).catch(() => undefined),
      }),
    ),
  );
  const found = groups.filter((g): g is { jurisdiction: Jurisdiction; results: SearchResults } => !!g.results);
  return { query: q, total: found.reduce((sum, g) => sum + g.results.total, 0), hits: found.flatMap((g) => g.results.hits), matrix: found };
}
