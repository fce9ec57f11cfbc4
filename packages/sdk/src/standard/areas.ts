/**
 * The 26 areas (领域) of the national grassroots disclosure standard guides (国办发〔2019〕54号),
 * with the name variants seen on live county sites. Copied from `shared/standard/areas.json`;
 * a test keeps the two in step.
 */
export const STANDARD_AREAS = [
  { id: 'major-construction', name: '重大建设项目', aliases: [] },
  { id: 'public-resource-trading', name: '公共资源交易', aliases: [] },
  { id: 'budget-final-accounts', name: '财政预决算', aliases: [] },
  { id: 'work-safety', name: '安全生产', aliases: [] },
  { id: 'tax-administration', name: '税收管理', aliases: [] },
  { id: 'land-acquisition-compensation', name: '征地补偿', aliases: ['农村集体土地征收'] },
  { id: 'housing-expropriation', name: '国有土地上房屋征收与补偿', aliases: ['国有土地上房屋征收'] },
  { id: 'rural-dilapidated-housing', name: '农村危房改造', aliases: [] },
  { id: 'poverty-alleviation', name: '扶贫', aliases: ['乡村振兴'] },
  { id: 'disaster-relief', name: '救灾', aliases: [] },
  { id: 'food-drug-regulation', name: '食品药品监管', aliases: [] },
  { id: 'urban-law-enforcement', name: '城市综合执法', aliases: [] },
  { id: 'employment', name: '就业', aliases: ['就业创业'] },
  { id: 'social-assistance', name: '社会救助', aliases: [] },
  { id: 'elderly-services', name: '养老服务', aliases: [] },
  { id: 'household-registration', name: '户籍管理', aliases: [] },
  { id: 'agricultural-subsidies', name: '涉农补贴', aliases: [] },
  { id: 'compulsory-education', name: '义务教育', aliases: [] },
  { id: 'health', name: '卫生健康', aliases: ['医疗卫生'] },
  { id: 'ecology-environment', name: '生态环境', aliases: ['环境保护'] },
  { id: 'public-culture', name: '公共文化服务', aliases: [] },
  { id: 'public-legal-services', name: '公共法律服务', aliases: ['公共法律'] },
  { id: 'urban-rural-planning', name: '城乡规划', aliases: ['自然资源'] },
  { id: 'municipal-services', name: '市政服务', aliases: [] },
  { id: 'social-insurance', name: '社会保险', aliases: [] },
  { id: 'affordable-housing', name: '保障性住房', aliases: [] },
] as const satisfies readonly { id: string; name: string; aliases: readonly string[] }[];

/** Areas that later national guides added (统计, 交通运输, …); accepted as custom areas. */
export const LATER_AREAS = ['统计', '交通运输', '旅游', '新闻出版版权', '广播电视和网络视听'] as const;

export type StandardAreaId = (typeof STANDARD_AREAS)[number]['id'];

const byName = new Map<string, string>();
for (const area of STANDARD_AREAS) {
  byName.set(area.id, area.id);
  byName.set(area.name, area.id);
  for (const alias of area.aliases) byName.set(alias, area.id);
}

/**
 * Resolves an area id, name or name variant to the standard area id, so that data saying
 * 医疗卫生 lands in 卫生健康 (`health`). Returns `undefined` for an area outside the standard.
 */
export function resolveArea(nameOrId: string): StandardAreaId | undefined {
  return byName.get(nameOrId.trim().replace(/领域$/, '')) as StandardAreaId | undefined;
}
