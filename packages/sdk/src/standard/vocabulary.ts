/**
 * The closed vocabularies of the standard catalogue table: stable ids (`*_IDS`, what data carries
 * and schemas check) and the exact Chinese terms counties print with the variants seen on live
 * sites (what importers read with {@link matchTerms}). Interfaces translate the ids. The term
 * tables are kept apart from the ids so that a browser bundle that only validates leaves them out.
 */

/** A vocabulary: id → the canonical printed term first, then variants. */
type Vocabulary = Readonly<Record<string, readonly string[]>>;
type Terms<Id extends string> = Readonly<Record<Id, readonly string[]>>;

/** 五公开 stages: 决策, 执行, 管理, 服务, 结果公开. */
export const STAGE_IDS = ['decision', 'execution', 'management', 'service', 'result'] as const;
type Stage = (typeof STAGE_IDS)[number];
export const STAGES: Terms<Stage> = {
  decision: ['决策', '决策公开'],
  execution: ['执行', '执行公开'],
  management: ['管理', '管理公开'],
  service: ['服务', '服务公开'],
  result: ['结果', '结果公开'],
};

/** 公开渠道和载体 — the ticked channel list of the standard table. */
export const CHANNEL_IDS = [
  'website',
  'gazette',
  'new-media',
  'press-hearing',
  'broadcast',
  'print',
  'reading-room',
  'service-centre',
  'service-station',
  'on-site',
  'notice-board',
  'targeted-push',
  'hotline',
  'trading-platform',
  'investment-platform',
  'other',
] as const;
export type Channel = (typeof CHANNEL_IDS)[number];
export const CHANNELS: Terms<Channel> = {
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
};

/** 公开对象: 全社会 / 特定群体 (also printed 特定群众). */
export const AUDIENCE_IDS = ['public', 'specific'] as const;
export type Audience = (typeof AUDIENCE_IDS)[number];
export const AUDIENCES: Terms<Audience> = {
  public: ['全社会'],
  specific: ['特定群体', '特定群众', '特定对象'],
};

/** 公开方式: 主动 / 依申请 (also printed 依申请公开). */
export const DISCLOSURE_MODE_IDS = ['proactive', 'on-request'] as const;
export type DisclosureMode = (typeof DISCLOSURE_MODE_IDS)[number];
export const DISCLOSURE_MODES: Terms<DisclosureMode> = {
  proactive: ['主动', '主动公开'],
  'on-request': ['依申请', '依申请公开'],
};

/** 公开层级. Tables print 县级 / 乡级 and variants such as 乡、村级 or 市级/县级/乡级. */
export const LEVEL_IDS = ['city', 'county', 'township', 'village'] as const;
export type Level = (typeof LEVEL_IDS)[number];
export const LEVELS: Terms<Level> = {
  city: ['市级'],
  county: ['县级', '区级', '县(市、区)级'],
  township: ['乡级', '镇级', '乡镇级', '街道'],
  village: ['村级', '社区'],
};

/** 有效性 of a published document; repealed documents must be marked. */
/** The kinds of document the annual report counts (第二十条第（一）项): 规章, 行政规范性文件; other documents. */
export const DOCUMENT_KIND_IDS = ['regulation', 'normative', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KIND_IDS)[number];
export const DOCUMENT_KIND_TERMS: Terms<DocumentKind> = {
  regulation: ['规章', '政府规章'],
  normative: ['行政规范性文件', '规范性文件'],
  other: ['其他文件', '其他'],
};

export const VALIDITY_IDS = ['valid', 'amended', 'repealed'] as const;
export type Validity = (typeof VALIDITY_IDS)[number];
export const VALIDITIES: Terms<Validity> = {
  valid: ['有效'],
  amended: ['已修改', '已修订'],
  repealed: ['已废止', '废止', '失效'],
};

/** The administrative level of a jurisdiction (行政层级). */
export const JURISDICTION_LEVEL_IDS = ['province', 'city', 'county', 'township'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVEL_IDS)[number];
export const JURISDICTION_LEVELS: Terms<JurisdictionLevel> = {
  province: ['省级'],
  city: ['市级'],
  county: ['县级'],
  township: ['乡级'],
};

/** The level a policy document comes from (政策文件 are listed by 国家 / 省 / 市 / 县). */
export const POLICY_LEVEL_IDS = ['national', 'province', 'city', 'county'] as const;
export type PolicyLevel = (typeof POLICY_LEVEL_IDS)[number];
export const POLICY_LEVELS: Terms<PolicyLevel> = {
  national: ['国家'],
  province: ['省级', '省'],
  city: ['市级', '市'],
  county: ['县级', '县', '区'],
};

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
    for (const [short, id] of [
      ['乡', 'township'],
      ['镇', 'township'],
      ['村', 'village'],
      ['县', 'county'],
      ['市', 'city'],
    ] as const) {
      if (new RegExp(`${short}(?=[、/和\\s]|$)`).test(rest) && !found.includes(id as keyof V & string)) found.push(id as keyof V & string);
    }
  }
  return found;
}
