/**
 * The tables of the annual report on 政府信息公开 work (政府信息公开工作年度报告) in the format of
 * 国办公开办函〔2021〕30号: their rows and columns, with the template's exact labels. Section 三's rows
 * are the outcomes of `../workflow/outcomes.ts`, in the template's order.
 */
import { OUTCOME_GROUNDS, OUTCOME_KINDS } from '../workflow/outcomes.js';

/** Section 三's applicant columns: 自然人, the five kinds of 法人或其他组织, 总计. */
export const APPLICANT_COLUMNS = [
  { id: 'citizen', label: '自然人' },
  { id: 'commercial', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'public-interest', label: '社会公益组织' },
  { id: 'legal-services', label: '法律服务机构' },
  { id: 'other', label: '其他' },
  { id: 'total', label: '总计' },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['id'];

/** The group label of the organisation columns. */
export const ORGANISATION_GROUP = '法人或其他组织';
export const APPLICANT_GROUP = '申请人情况';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'] as const;
const KIND_LABEL: Record<string, string> = { 'partly-disclosed': '部分公开（区分处理的，只计这一情形，不计其他情形）' };

export interface RequestRow {
  /** `new`, `carried-in`, an outcome kind, `<kind>:<ground>`, `total`, `carried-out`. */
  id: string;
  label: string;
  /** The outcome kind a ground's row belongs to, labelled once over its grounds (（三）不予公开). */
  group?: string;
}

/** Section 三's rows, top to bottom: 一, 二, 三's outcomes (（一）…（六）, each ground numbered) and （七）总计, 四. */
export const REQUEST_ROWS: readonly RequestRow[] = [
  { id: 'new', label: '一、本年新收政府信息公开申请数量' },
  { id: 'carried-in', label: '二、上年结转政府信息公开申请数量' },
  ...OUTCOME_KINDS.flatMap((kind, i): RequestRow[] => {
    const label = `（${NUMERALS[i]}）${KIND_LABEL[kind.id] ?? kind.label}`;
    const grounds: readonly { id: string; label: string }[] | undefined = OUTCOME_GROUNDS[kind.id as keyof typeof OUTCOME_GROUNDS];
    return grounds ? grounds.map((g, n) => ({ id: `${kind.id}:${g.id}`, label: `${n + 1}.${g.label}`, group: label })) : [{ id: kind.id, label }];
  }),
  { id: 'total', label: '（七）总计' },
  { id: 'carried-out', label: '四、结转下年度继续办理' },
];
export type RequestRowId = string;

/** The heading over the outcome rows. */
export const RESULTS_HEADING = '三、本年度办理结果';

/** Section 二's first table: 第二十条第（一）项, documents counted from the catalogue's policies. */
export const DOCUMENT_KINDS = [
  { id: 'regulation', label: '规章' },
  { id: 'normative', label: '行政规范性文件' },
] as const;
export const DOCUMENT_COLUMNS = ['本年制发件数', '本年废止件数', '现行有效件数'] as const;

/** Section 二's figures the staff enter: 第二十条第（五）（六）（八）项. */
export const DECISION_ROWS = [
  { id: 'licensing', item: '第二十条第（五）项', label: '行政许可', column: '本年处理决定数量' },
  { id: 'penalties', item: '第二十条第（六）项', label: '行政处罚', column: '本年处理决定数量' },
  { id: 'enforcement', item: '第二十条第（六）项', label: '行政强制', column: '本年处理决定数量' },
  { id: 'fees', item: '第二十条第（八）项', label: '行政事业性收费', column: '本年收费金额（单位：万元）' },
] as const;
export type DecisionRow = (typeof DECISION_ROWS)[number]['id'];

/** Section 四: 行政复议, and 行政诉讼 未经复议直接起诉 / 复议后起诉, each with these five columns. */
export const APPEAL_RESULTS = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
] as const;
export const APPEAL_TOTAL = '总计';
export type AppealResult = (typeof APPEAL_RESULTS)[number]['id'];
export const APPEAL_KINDS = [
  { id: 'review', label: '行政复议', group: '行政复议' },
  { id: 'direct', label: '未经复议直接起诉', group: '行政诉讼' },
  { id: 'after-review', label: '复议后起诉', group: '行政诉讼' },
] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number]['id'];

/** The report's six sections' headings. */
export const SECTIONS = {
  overview: '一、总体情况',
  active: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;
