/**
 * The annual report's routes (`/staff/report…`, `/staff/appeals`) and its publishing: the report
 * of a year counted from the jurisdiction's requests, its bundle's documents (policies and
 * entries with their kind and 废止日期), the register of appeals and what the staff entered; as
 * JSON, HTML, CSV or XLSX; published (if it balances) as `reports/<year>.html` in the bundle, with
 * `reports/index.html` listing every year published, where the 年报 link of 专栏导航 points.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError, type DisclosureClient, type PolicyDocument } from '@gov-disclosure/sdk';
import {
  Appeal,
  assertBalanced,
  bodyOf,
  buildReport,
  reportCsv,
  reportHtml,
  ReportBalanceError,
  reportRequestOf,
  reportsIndex,
  ReportInputs,
  type AnnualReport,
  type ReportDocument,
} from '@gov-disclosure/sdk/report';
import type { Answer } from '../read-api.js';
import { reportXlsx } from '../report-xlsx.js';
import type { AuditEntry, Storage } from '../storage/storage.js';
import { chinaTime, parse, Problem } from '../write-api.js';
import { mayAct, worksFor, type Staff } from './auth.js';

export interface ReportsOptions {
  storage: Storage;
  /** The bundles' folder (`<dir>/<行政区划代码>/`), where reports are published. */
  bundles?: string | undefined;
  clients?: ((code: string) => DisclosureClient) | undefined;
  now: () => Date;
}

/** The documents of a bundle the report counts: its policies, and the entries of every item, walked level by level. */
async function* documentsOf(client: DisclosureClient): AsyncIterable<ReportDocument> {
  const seen = new Set<string>();
  const key = (d: { docNo?: string | undefined; title: string }) => d.docNo || d.title;
  const policies: PolicyDocument[] = await client.policies();
  for (const p of policies)
    if (p.documentKind && !seen.has(key(p))) (seen.add(key(p)), yield { kind: p.documentKind, publishedAt: p.publishedAt, repealedAt: p.repealedAt });
  const walk = async function* (area: string, parent?: string): AsyncIterable<ReportDocument> {
    for (const item of await client.items(area, parent)) {
      for (let offset = 0; offset < (item.entryCount ?? 0); offset += 500) {
        const page = await client.entries(item.id, { offset, limit: 500 });
        for (const e of page.entries)
          if (e.documentKind && !seen.has(key(e))) (seen.add(key(e)), yield { kind: e.documentKind, publishedAt: e.publishedAt, repealedAt: e.repealedAt });
        if (page.entries.length < 500) break;
      }
      if (item.childCount) yield* walk(area, item.id);
    }
  };
  for (const area of await client.areas()) yield* walk(area.id);
}

export function createReports(o: ReportsOptions) {
  /** The report of `year` for `jurisdiction`, from what the column holds now. */
  async function report(jurisdiction: string, year: number): Promise<AnnualReport> {
    const requests = [];
    for await (const r of o.storage.requests({ jurisdiction })) requests.push(reportRequestOf(r));
    const client = o.clients?.(jurisdiction);
    const documents: ReportDocument[] = [];
    let name: string | undefined;
    if (client) {
      const column = await client.column().catch((error: unknown) => {
        if (error instanceof NotFoundError || (error as { code?: string }).code === 'ENOENT')
          throw new Problem(404, 'no-bundle', `No bundle of ${jurisdiction} in the bundles folder: section 二's documents cannot be counted`);
        throw error;
      });
      name = column.jurisdiction.name;
      for await (const d of documentsOf(client)) documents.push(d);
    }
    return buildReport({
      year,
      jurisdiction,
      body: name ? bodyOf(name) : jurisdiction,
      requests,
      documents,
      appeals: await o.storage.appeals(jurisdiction),
      inputs: await o.storage.reportInputs(jurisdiction, year),
    });
  }

  /** Writes the report's page into the bundle and lists every year published; refused if it does not balance. */
  async function publish(jurisdiction: string, year: number): Promise<{ report: AnnualReport; file: string }> {
    if (!o.bundles) throw new Problem(409, 'no-bundles', 'This server has no bundles folder to publish into');
    const r = await report(jurisdiction, year);
    assertBalanced(r.requests);
    const dir = join(o.bundles, jurisdiction, 'reports');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${year}.html`), reportHtml(r));
    const years = (await readdir(dir)).flatMap((f) => (/^\d{4}\.html$/.test(f) ? [Number(f.slice(0, 4))] : []));
    await writeFile(join(dir, 'index.html'), reportsIndex(r.body, years));
    return { report: r, file: join(dir, `${year}.html`) };
  }

  /** Refuses a case that cannot be (received after today, decided before it was received or without a date), one about another office's request, one registered before, or a change to a case that is not this office's. */
  async function checkAppeal(a: Appeal, registered: readonly Appeal[]): Promise<void> {
    const wrong = (message: string) => new Problem(400, 'invalid-appeal', message);
    if (a.filedOn > chinaTime(o.now()).day) throw wrong(`Received on ${a.filedOn}, after today`);
    if (a.result !== 'pending' && !a.decidedOn) throw wrong('A decided case needs decidedOn');
    if (a.decidedOn && a.decidedOn > chinaTime(o.now()).day) throw wrong(`Decided on ${a.decidedOn}, after today`);
    if (a.decidedOn && a.decidedOn < a.filedOn) throw wrong(`Decided on ${a.decidedOn}, before it was received (${a.filedOn})`);
    if (a.code && (await o.storage.request(a.code))?.jurisdiction !== a.jurisdiction) throw wrong(`No request ${a.code} of ${a.jurisdiction}`);
    if (a.id && !registered.some((r) => r.id === a.id)) throw new Problem(404, 'not-found', `No case ${a.id} of ${a.jurisdiction} to change`);
    const same = registered.find((r) => r.id !== a.id && r.kind === a.kind && r.filedOn === a.filedOn && (r.code ?? '') === (a.code ?? '') && !!a.code);
    if (same)
      throw new Problem(409, 'appeal-exists', `This case is registered already (${same.filedOn}${same.code ? `, ${same.code}` : ''}): change it instead`);
  }

  /** Answers `/staff/report…` and `/staff/appeals`, or undefined for another path. */
  async function route(
    method: string,
    parts: string[],
    query: URLSearchParams,
    body: () => Promise<unknown>,
    staff: Staff,
    audit: (action: string, subject: string, more?: Pick<AuditEntry, 'before' | 'after'>) => Promise<void>,
  ): Promise<Answer | { file: string; type: string; body: string | Uint8Array } | undefined> {
    const [, resource, sub] = parts;
    if (resource !== 'report' && resource !== 'appeals') return undefined;
    const jurisdiction = query.get('jurisdiction') ?? '';
    if (!/^\d{6,12}$/.test(jurisdiction) || !worksFor(staff, jurisdiction))
      throw new Problem(
        403,
        'forbidden',
        `Name a jurisdiction you work for: ?jurisdiction=${staff.jurisdictions === '*' ? '…' : staff.jurisdictions.join('|')}`,
      );
    const subject = `${jurisdiction}`;
    if (resource === 'appeals') {
      if (method === 'GET' && parts.length === 2) return { status: 200, body: { appeals: await o.storage.appeals(jurisdiction) } };
      if (method === 'POST' && parts.length === 2) {
        if (!mayAct(staff, ['registrar', 'reviewer', 'admin'])) throw new Problem(403, 'forbidden', 'Appeals are registered by a 登记员, a 审核人 or a 管理员');
        const appeal = parse(Appeal, { ...((await body()) as object), jurisdiction });
        await checkAppeal(appeal, await o.storage.appeals(jurisdiction));
        const saved = { ...appeal, id: appeal.id ?? randomUUID() };
        await o.storage.saveAppeal(saved, { at: chinaTime(o.now()).time, actor: staff.id, action: 'appeal', subject: saved.id, after: saved });
        return { status: 200, body: saved };
      }
      return undefined;
    }
    const year = Number(query.get('year'));
    if (!Number.isInteger(year) || year < 2008 || year > 2100) throw new Problem(400, 'bad-year', 'Name the year: ?year=2026');
    if (sub === 'inputs' && parts.length === 3) {
      if (method === 'GET') return { status: 200, body: (await o.storage.reportInputs(jurisdiction, year)) ?? {} };
      if (method === 'POST') {
        if (!mayAct(staff, ['reviewer', 'admin'])) throw new Problem(403, 'forbidden', 'The report’s texts and figures are entered by a 审核人 or a 管理员');
        const inputs = parse(ReportInputs, await body());
        const at = chinaTime(o.now()).time;
        await o.storage.saveReportInputs(jurisdiction, year, inputs, at, {
          at,
          actor: staff.id,
          action: 'report-inputs',
          subject: `${subject}/${year}`,
          after: inputs,
        });
        return { status: 200, body: inputs };
      }
    }
    if (sub === 'publish' && parts.length === 3 && method === 'POST') {
      if (!mayAct(staff, ['reviewer', 'admin'])) throw new Problem(403, 'forbidden', 'A report is published by a 审核人 or a 管理员');
      const { report: r } = await publish(jurisdiction, year).catch((error: unknown) => {
        if (!(error instanceof ReportBalanceError)) throw error;
        const issues = error.imbalances.map((i) => ({ path: i.where, expected: i.check, message: `${i.left} ≠ ${i.right}` }));
        throw new Problem(422, 'unbalanced', error.message, issues);
      });
      await audit('publish-report', `${subject}/${year}`);
      return { status: 200, body: { published: `reports/${year}.html`, report: r } };
    }
    if (method === 'GET' && parts.length === 2) {
      const r = await report(jurisdiction, year);
      const format = query.get('format') ?? 'json';
      await audit('export', `report/${subject}/${year}.${format}`);
      const name = `${jurisdiction}-${year}-report`;
      if (format === 'json') return { status: 200, body: r, headers: { 'cache-control': 'no-store' } };
      if (format === 'html') return { file: `${name}.html`, type: 'text/html; charset=utf-8', body: reportHtml(r) };
      if (format === 'csv') return { file: `${name}.csv`, type: 'text/csv; charset=utf-8', body: reportCsv(r) };
      if (format === 'xlsx')
        return { file: `${name}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await reportXlsx(r) };
      throw new Problem(400, 'bad-format', 'format is json, html, csv or xlsx');
    }
    return undefined;
  }

  return { report, publish, route };
}
