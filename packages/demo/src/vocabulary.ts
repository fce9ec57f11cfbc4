/**
 * Plausible names for the demo catalogue: seven 一级事项 per area (7 × 26 = 182, 湘潭's count),
 * the law each area cites, its responsible department, and a keyword that entry titles use (the
 * table is area-flavour.json); the 二级事项 kinds with their elements; the disclosure deadlines.
 */
import type { StandardAreaId } from '@gov-disclosure/sdk';
import flavour from './area-flavour.json' with { type: 'json' };

interface AreaFlavour {
  /** 一级事项, with the short phrase entry titles use for each ("最低生活保障" → "城乡低保"). */
  first: ([name: string] | [name: string, keyword: string])[];
  law: string;
  department: string;
  topic: string;
}

/** Each area's 一级事项, law, department and topic: a data table (area-flavour.json). */
export const AREA_FLAVOUR = flavour as Record<StandardAreaId, AreaFlavour>;

/** 二级事项 kinds, with the elements (要素) each discloses and how entry titles read. */
export const SECOND_KINDS: { name: string; elements: string[]; title: (k: string, y: number, m: number) => string; service?: true }[] = [
  { name: '政策文件', elements: ['法律法规', '部门规章', '规范性文件', '政策解读'], title: (k, y) => `关于进一步做好${y}年${k}工作的通知` },
  {
    name: '办事指南',
    elements: ['办理事项', '办理条件', '申请材料', '办理流程', '办理时间', '地点', '联系方式'],
    title: (k, y, m) => `${k}办事指南（${y}年${m}月修订）`,
    service: true,
  },
  { name: '申请审核', elements: ['申请条件', '审核程序', '审核结果'], title: (k, y, m) => `${y}年${m}月${k}申请审核情况`, service: true },
  { name: '结果公示', elements: ['公示对象', '公示内容', '公示期限', '监督电话'], title: (k, y, m) => `${y}年${m}月${k}结果公示` },
  { name: '资金发放', elements: ['发放对象', '发放标准', '发放金额', '发放时间'], title: (k, y, m) => `${y}年${m}月${k}资金发放情况公示` },
  { name: '标准调整', elements: ['调整依据', '调整后标准', '执行时间'], title: (k, y) => `关于调整${y}年${k}标准的通知` },
  { name: '年度计划', elements: ['工作目标', '主要任务', '责任分工'], title: (k, y) => `${y}年度${k}工作计划` },
  { name: '实施情况', elements: ['实施进度', '完成情况', '存在问题'], title: (k, y, m) => `${y}年第${Math.ceil(m / 3)}季度${k}实施情况` },
  { name: '监督检查', elements: ['检查对象', '检查内容', '检查结果', '整改情况'], title: (k, y, m) => `${y}年${m}月${k}监督检查结果` },
  { name: '投诉举报', elements: ['受理渠道', '受理时间', '办理结果'], title: (k, y) => `${y}年${k}投诉举报受理情况` },
  { name: '统计数据', elements: ['统计口径', '统计数据', '发布时间'], title: (k, y, m) => `${y}年1-${m}月${k}统计数据` },
  { name: '工作动态', elements: ['工作动态'], title: (k, y, m) => `${m}月份${k}工作动态（${y}）` },
  {
    name: '征求意见',
    elements: ['征求意见稿', '起草说明', '意见反馈渠道', '反馈意见采纳情况'],
    title: (k, y) => `关于《${k}实施办法（${y}年征求意见稿）》公开征求意见的公告`,
  },
  { name: '收费标准', elements: ['收费项目', '收费标准', '收费依据'], title: (k, y) => `${k}收费标准公示（${y}年）` },
  { name: '服务网点', elements: ['网点名称', '地址', '服务时间', '联系电话'], title: (k, y) => `${y}年${k}服务网点一览表` },
];

export const DEADLINES = [
  '信息形成或者变更之日起20个工作日内',
  '制定或获取信息之日起10个工作日内',
  '10个工作日内，公示7个工作日',
  '信息形成之日起5个工作日内',
  '实时公开',
  '每年3月31日前',
];
