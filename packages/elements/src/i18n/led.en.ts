import type { ledZhCN } from './led.zh-CN.js';

/** English strings of the LED board. */
export const ledEn: typeof ledZhCN = {
  ledTitle: '{name}: government information',
  ledLatest: 'Latest',
  ledWeek: 'New this week',
  ledCount: '{count}',
  ledAreaTotal: '{count} published in all',
  ledAreas: 'By area (top {shown} of {count})',
  ledNoneInArea: 'Nothing new in this area lately',
  ledLoading: 'Fetching the latest disclosures…',
  ledNoData: 'No disclosures yet; retrying',
  ledStale: 'Offline: showing what was current at {time}; retrying',
  ledUpdated: 'Updated {time}',
};
