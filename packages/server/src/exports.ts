/**
 * The staff's CSV exports of feedback and 依申请公开 requests: every code a machine reads in its
 * column, its Chinese name beside it, and items and entries named from the catalogue.
 */
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { FEEDBACK_TERMS, REQUEST_TERMS as R } from '@gov-disclosure/sdk/forms';
import { CSV_BOM, csvRow } from './csv.js';
import type { ExportFilter, Storage } from './storage/storage.js';

/** The catalogue of a jurisdiction, by its code. */
export type CatalogueOf = (code: string) => Pick<DisclosureClient, 'areas' | 'item' | 'entry'>;

/** The exports over a storage; `catalogue` names the items and entries. */
export function createExports(storage: Storage, catalogue: CatalogueOf | undefined) {
  /**
   * Feedback as CSV for staff. Every code a machine reads keeps its column; beside it, the column
   * named …名称 says it in Chinese, in the words the citizen chose (类型 `rating`, 类型名称 评价; 评价等级
   * `5`, 评价等级名称 非常满意), and the item and entry are named from the catalogue: the item by its
   * place in it (领域 › 一级事项 › 二级事项), the entry by its title.
   */
  async function exportFeedback(filter: ExportFilter): Promise<string> {
    const names = catalogueNames(catalogue);
    const T = FEEDBACK_TERMS;
    let out =
      CSV_BOM +
      csvRow([
        '编号',
        '收到时间',
        '行政区划',
        '类型',
        '类型名称',
        '事项',
        '事项名称',
        '信息',
        '信息标题',
        '服务编码',
        '页面',
        '是否有用',
        '问题',
        '问题名称',
        '评价等级',
        '评价等级名称',
        '分项评价',
        '分项评价名称',
        '评价人类型',
        '评价人类型名称',
        '差评原因',
        '留言类别',
        '留言类别名称',
        '内容',
        '联系人',
        '联系电话',
        '电子邮箱',
      ]);
    for await (const row of storage.feedback(filter)) {
      const f = row.feedback;
      const { item, entry } = f.target;
      const code = f.target.jurisdiction ?? row.jurisdiction;
      const contact = 'contact' in f ? f.contact : undefined;
      const indicators =
        f.kind === 'rating' && f.indicators ? (Object.entries(f.indicators).filter(([, v]) => v) as [keyof typeof T.indicator, keyof typeof T.grade][]) : [];
      out += csvRow([
        row.id,
        row.receivedAt,
        row.jurisdiction,
        f.kind,
        T.kind[f.kind],
        item,
        item && (await names.item(code, item)),
        entry,
        entry && (await names.entry(code, entry)),
        f.target.serviceCode,
        f.target.pageUrl,
        f.kind === 'page' ? (f.useful ? '有用' : '没用') : '',
        f.kind === 'page' ? f.problems?.join(';') : '',
        f.kind === 'page' ? f.problems?.map((p) => T.problem[p]).join('、') : '',
        f.kind === 'rating' ? f.grade : '',
        f.kind === 'rating' ? T.grade[f.grade] : '',
        indicators.map(([k, v]) => `${k}=${v}`).join(';'),
        indicators.map(([k, v]) => `${T.indicator[k]}：${T.grade[v]}`).join('；'),
        f.kind === 'rating' ? f.evaluator : '',
        f.kind === 'rating' && f.evaluator ? T.evaluator[f.evaluator] : '',
        f.kind === 'rating' ? f.reason : '',
        f.kind === 'message' ? f.topic : '',
        f.kind === 'message' ? T.topic[f.topic] : '',
        f.comment,
        contact?.name,
        contact?.phone,
        contact?.email,
      ]);
    }
    return out;
  }

  async function exportRequests(filter: ExportFilter): Promise<string> {
    let out =
      CSV_BOM +
      csvRow([
        '查询码',
        '行政区划',
        '收到日期',
        '答复期限',
        '最迟期限',
        '状态',
        '答复类型',
        '申请人类型',
        '组织类型',
        '申请人',
        '证件类型',
        '证件号码',
        '统一社会信用代码',
        '法定代表人',
        '联系人',
        '联系电话',
        '电子邮箱',
        '通信地址',
        '邮政编码',
        '所需信息名称',
        '文号',
        '所需信息描述',
        '用途',
        '载体形式',
        '获取方式',
        '身份证明文件',
      ]);
    for await (const row of storage.requests(filter)) {
      const { applicant: a, sought, delivery } = row.request;
      out += csvRow([
        row.code,
        row.jurisdiction,
        row.receivedAt,
        row.dueAt,
        row.latestDueAt,
        row.state,
        row.replyType,
        a.type,
        // Stored before the kind was asked: not said, so counted as 其他 by the annual report.
        a.type === 'organisation' ? R.organisationKind[a.kind ?? 'other'] : '',
        a.name,
        a.type === 'citizen' ? a.idType : '',
        a.type === 'citizen' ? a.idNumber : '',
        a.type === 'organisation' ? a.creditCode : '',
        a.type === 'organisation' ? a.legalRepresentative : '',
        a.type === 'organisation' ? a.contactName : a.name,
        a.phone,
        a.email,
        a.address,
        a.postcode,
        sought.title,
        sought.docNo,
        sought.description,
        sought.purpose,
        delivery.form,
        delivery.channel,
        row.proof ? `${row.proof.name} (${row.proof.type}, ${row.proof.size} B)` : '',
      ]);
    }
    return out;
  }

  return { exportFeedback, exportRequests };
}

/**
 * The names of items (their place in the catalogue: 领域 › 一级事项 › 二级事项) and the titles of
 * entries, looked up once each per export. A name that cannot be found (no bundle, an id the
 * catalogue no longer has) is left empty: the id beside it still says what the feedback was about.
 */
function catalogueNames(catalogue: CatalogueOf | undefined) {
  const cache = new Map<string, Promise<string | undefined>>();
  const once = (key: string, find: () => Promise<string>) => {
    let name = cache.get(key);
    if (!name) cache.set(key, (name = find().catch(() => undefined)));
    return name;
  };
  return {
    item: (code: string, id: string) =>
      catalogue &&
      once(`${code} item ${id}`, async () => {
        const client = catalogue(code);
        let found = await client.item(id);
        const path = [found.name];
        // Up through the parents (two levels in the standard's catalogue; a bounded walk whatever the data says).
        while (found.parent && path.length < 5) path.unshift((found = await client.item(found.parent)).name);
        const area = (await client.areas()).find((a) => a.id === found.area);
        return [...(area ? [area.name] : []), ...path].join(' › ');
      }),
    entry: (code: string, id: string) => catalogue && once(`${code} entry ${id}`, async () => (await catalogue(code).entry(id)).title),
  };
}
