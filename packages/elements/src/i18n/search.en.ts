import type { searchZhCN } from './search.zh-CN.js';

/** English strings of search results (loaded with the first search). */
export const searchEn: Record<keyof typeof searchZhCN, string> = {
  searchResults: '{count} results for “{query}”',
  searchCounting: 'Results for “{query}”, counting…',
  searchNone: 'Nothing found for “{query}”.',
  searchResultsCount: '{count}',
  searchKindItem: 'Item',
  searchKindElement: 'Item details',
  searchKindEntry: 'Entry',
  searchPartial: 'No result holds every word; these hold some of them.',
  searchShown: 'Showing {shown} of {count}',
  searchLoadMore: 'Load more',
  searchFacets: 'Narrow the results',
  searchFacetKind: 'Type',
  searchFacetArea: 'Area',
  searchFacetYear: 'Year',
  searchFacetJurisdiction: 'Place',
  searchFacetAnyYear: 'Any year',
  searchFacetAll: 'All ({count})',
  searchFacetOption: '{label} ({count})',
  searchTryWords: 'Try these words:',
  searchTryAreas: 'Or look in these areas:',
  searchNoneHint: 'Check the characters, or try a more common word.',
  searchUpdated: 'Updated {date}',
  searchYear: '{year}',
};
