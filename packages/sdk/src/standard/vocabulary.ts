/**
 * The closed vocabularies of the standard catalogue table, as stable ids with the exact Chinese
 * terms counties print (and the variants seen on live sites). Data carries the ids; importers
 * map printed terms to ids with {@link matchTerms}; user interfaces translate the ids.
 */

/** A vocabulary: id → the canonical printed term first, then variants. */
type Vocabulary = Readonly<Record<string, readonly string[]>>;

/** 五公开 stages: 决策, 执行, 管理, 服务, 结果公开. */
export const STAGES = {
  decision: ['决策', '决策公开'],
  execution: ['执行', '执行公开'],
  management: ['管理', '管理公开'],
  service: ['服务', '服务公开'],
  result: ['结果', '结果公开'],
} as const satisfies Vocabulary;

/** 公开渠道和载体 — the ticked channel list of the standard table. */
export const CHANNELS = {
  website: ['政府网站', '网站'],
  gazette: ['政府公报', '公报'],
  'new-media': ['两微一端', '政务新媒体'],
  'press-hearing': ['发布会/听证会', '新闻发布会', '听证会'],
  broadcast: ['广播电视'],
  print: ['纸质媒体'],
  'reading-room': ['公开查阅点'],
  'service-centre': ['政务服务中心'],
  'service-station': ['便民服务站'],
  'on-site': ['入户/现场', '入户', '现场'],
  'notice-board': ['社区/企事业单位/村公示栏(电子屏)', '社区/企事业单位/村公示栏（电子屏）', '村公示栏', '公示栏'],
  'targeted-push': ['精准推送'],
  hotline: ['12345政务服务热线', '12345热线'],
  'trading-platform': ['公共资源交易平台'],
  'investment-platform': ['投资项目在线审批监管平台'],
  other: ['其他'],
} as const satisfies Vocabulary;

/** 公开对象: 全社会 / 特定群体 (also printed 特定群众). */
export const AUDIENCES = {
  public: ['全社会'],
  specific: ['特定群体', '特定群众', '特定对象'],
} as const satisfies Vocabulary;

/** 公开方式: 主动 / 依申请 (also printed 依申请公开). */
export const DISCLOSURE_MODES = {
  proactive: ['主动', '主动公开'],
  'on-request': ['依申请', '依申请公开'],
} as const satisfies Vocabulary;

/** 公开层级. Tables print 县级 / 乡级 and variants such as 乡、村级 or 市级/县级/乡级. */
export const LEVELS = {
  city: ['市级'],
  county: ['县级', '区级', '县(市、区)级'],
  township: ['乡级', '镇级', '乡镇级', '街道'],
  village: ['村级', '社区'],
} as const satisfies Vocabulary;

/** 有效性 of a published document; repealed documents must be marked. */
export const VALIDITIES = {
  valid: ['有效'],
  amended: ['已修改', '已修订'],
  repealed: ['已废止', '废止', '失效'],
} as const satisfies Vocabulary;

/** The administrative level of a jurisdiction (行政层级). */
export const JURISDICTION_LEVELS = {
  province: ['省级'],
  city: ['市级'],
  county: ['县级'],
  township: ['乡级'],
} as const satisfies Vocabulary;

/** The level a policy document comes from (政策文件 are listed by 国家 / 省 / 市 / 县). */
export const POLICY_LEVELS = {
  national: ['国家'],
  province: ['省级', '省'],
  city: ['市级', '市'],
  county: ['县级', '县', '区'],
} as const satisfies Vocabulary;

export type Channel = keyof typeof CHANNELS;
export type Audience = keyof typeof AUDIENCES;
export type DisclosureMode = keyof typeof DISCLOSURE_MODES;
export type Level = keyof typeof LEVELS;
export type Validity = keyof typeof VALIDITIES;
export type JurisdictionLevel = keyof typeof JURISDICTION_LEVELS;
export type PolicyLevel = keyof typeof POLICY_LEVELS;

/** The ids of a vocabulary, as a tuple that `z.enum` takes. */
export function idsOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

/** The canonical printed Chinese term of an id. */
export function termOf<V extends Vocabulary>(vocabulary: V, id: keyof V): string {
  return vocabulary[id]![0]!;
}

/**
 * Finds every vocabulary id whose term occurs in a printed cell, longest term first, so that
 * "乡、村级" gives `['township', 'village']` and "依申请公开" gives `['on-request']`.
 */
export function matchTerms<V extends Vocabulary>(vocabulary: V, text: string): (keyof V & string)[] {
  const found: (keyof V & string)[] = [];
  let rest = text;
  const terms = Object.entries(vocabulary)
    .flatMap(([id, names]) => names.map((name) => [id, name] as const))
    .sort((a, b) => b[1].length - a[1].length);
  for (const [id, name] of terms) {
    if (rest.includes(name)) {
      if (!found.includes(id as keyof V & string)) found.push(id as keyof V & string);
      rest = rest.split(name).join(' ');
    }
  }
  // "乡、村级" and "乡村级" print one suffix for two levels: a bare 乡 left beside a gap counts too.
  if (vocabulary === (LEVELS as Vocabulary)) {
    for (const [short, id] of [['乡', 'township'], ['镇', 'township'], ['村', 'village'], ['县', 'county'], ['市', 'city']] as const) {
      if (new RegExp(`${short}(?=[、/和\\s]|$)`).test(rest) && !found.includes(id as keyof V & string)) found.push(id as keyof V & string);
    }
  }
  return found;
}
