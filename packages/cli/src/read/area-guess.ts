/** Telling a table's area (领域) when it has no 领域 column: from its file or sheet name, or its 一级事项 names. */
import { resolveArea } from '@gov-disclosure/sdk';

/** Guesses the area from a sheet or file name ("社会救助领域目录.xlsx"). */
export function areaFromName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return resolveArea(base) ?? resolveArea(base.replace(/(领域)?(基层)?(政务公开)?(标准)?目录.*$/, '').replace(/^.*?[（(]?(\S+?)领域.*$/, '$1'));
}

/** 一级事项 names of the national guides that tell their area (for tables without a 领域 column). */
const FIRST_LEVEL_HINTS: [RegExp, string][] = [
  [/最低生活保障|低保|特困|临时救助|医疗救助|教育救助|住房救助/, 'social-assistance'],
  [/招生|学生资助|义务教育/, 'compulsory-education'],
  [/养老|高龄/, 'elderly-services'],
  [/就业|职业培训|创业/, 'employment'],
  [/户口|户籍|居住证|身份证/, 'household-registration'],
  [/征地|土地征收/, 'land-acquisition-compensation'],
  [/房屋征收/, 'housing-expropriation'],
  [/危房/, 'rural-dilapidated-housing'],
  [/预算|决算|三公/, 'budget-final-accounts'],
  [/招标|交易公告|成交/, 'public-resource-trading'],
  [/安全生产|生产安全/, 'work-safety'],
  [/税/, 'tax-administration'],
  [/补贴|补助/, 'agricultural-subsidies'],
  [/救灾|灾情|受灾/, 'disaster-relief'],
  [/食品|药品/, 'food-drug-regulation'],
  [/执法/, 'urban-law-enforcement'],
  [/卫生|医疗|疾病|健康/, 'health'],
  [/环境|排污|环评|生态/, 'ecology-environment'],
  [/文化|文物|图书馆|非遗/, 'public-culture'],
  [/法律援助|人民调解|公证|法治/, 'public-legal-services'],
  [/规划/, 'urban-rural-planning'],
  [/供水|供电|供气|公交|环卫|绿化/, 'municipal-services'],
  [/保险|社保|医保/, 'social-insurance'],
  [/保障性住房|公租房|廉租|棚户/, 'affordable-housing'],
  [/扶贫|乡村振兴|帮扶/, 'poverty-alleviation'],
  [/重大建设|项目审批|批准/, 'major-construction'],
];

export function guessArea(firstLevelName: string): string | undefined {
  return FIRST_LEVEL_HINTS.find(([pattern]) => pattern.test(firstLevelName))?.[1];
}
