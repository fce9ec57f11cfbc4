import type { searchZhCN } from './search.zh-CN.js';

/** Traditional Chinese strings of search results (loaded with the first search). */
export const searchZhTW: Record<keyof typeof searchZhCN, string> = {
  searchResults: '「{query}」的搜尋結果，共 {count} 則',
  searchCounting: '「{query}」的搜尋結果，正在統計總數…',
  searchNone: '找不到與「{query}」相關的內容。',
  searchResultsCount: '{count} 則',
  searchKindItem: '事項',
  searchKindElement: '事項要素',
  searchKindEntry: '資訊',
  searchPartial: '沒有同時包含所有詞語的結果，以下結果包含其中部分詞語。',
  searchShown: '已顯示 {shown} 則，共 {count} 則',
  searchLoadMore: '載入更多',
  searchFacets: '篩選結果',
  searchFacetKind: '類型',
  searchFacetArea: '領域',
  searchFacetYear: '年份',
  searchFacetJurisdiction: '地區',
  searchFacetAnyYear: '不限年份',
  searchFacetAll: '全部（{count}）',
  searchFacetOption: '{label}（{count}）',
  searchTryWords: '試試這些詞：',
  searchTryAreas: '或查看這些領域：',
  searchNoneHint: '請檢查用字，或換一個更常用的說法。',
  searchUpdated: '更新於 {date}',
  searchYear: '{year}年',
};
