import type { ledZhCN } from './led.zh-CN.js';

/** Traditional Chinese strings of the LED board. */
export const ledZhTW: typeof ledZhCN = {
  ledTitle: '{name}政務公開',
  ledLatest: '最新公開',
  ledWeek: '本週新公開',
  ledCount: '{count} 則',
  ledAreaTotal: '累計公開 {count} 則',
  ledAreas: '各領域公開數量（前 {shown} 個，共 {count} 個領域）',
  ledNoneInArea: '本領域近期暫無新公開資訊',
  ledLoading: '正在取得最新公開資訊…',
  ledNoData: '暫未取得公開資訊，正在自動重試',
  ledStale: '網路中斷，顯示的是 {time} 的資訊，正在自動重試',
  ledUpdated: '更新於 {time}',
};
