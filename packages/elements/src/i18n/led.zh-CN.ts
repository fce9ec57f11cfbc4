/** Simplified Chinese strings of the LED board. */
export const ledZhCN = {
  ledTitle: '{name}政务公开',
  ledLatest: '最新公开',
  ledWeek: '本周新公开',
  ledCount: '{count} 条',
  ledAreaTotal: '累计公开 {count} 条',
  ledAreas: '各领域公开数量（前 {shown} 个，共 {count} 个领域）',
  ledNoneInArea: '本领域近期暂无新公开信息',
  ledLoading: '正在获取最新公开信息…',
  ledNoData: '暂未获取到公开信息，正在自动重试',
  ledStale: '网络中断，显示的是 {time} 的信息，正在自动重试',
  ledUpdated: '更新于 {time}',
};
