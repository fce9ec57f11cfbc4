/**
 * The staff desk's client: every read and write of `<gov-staff-desk>` goes through it. A browser
 * signs in with a name and password; the session rides in an HttpOnly cookie the page never sees,
 * and the CSRF token the sign-in returns is sent back with every change. Scripts may pass a user's
 * API token instead (`token`), which needs no CSRF token.
 *
 * ```ts
 * const desk = createDeskClient({ api: '/api/' });
 * const session = (await desk.session()) ?? (await desk.login({ name: 'li', password }));
 * const { requests } = await desk.queue('430121');
 * ```
 */
import * as z from 'zod/mini';
import { HttpError } from '../errors.js';
import { RequestReceipt } from '../schemas/receipts.js';
import { Transport, type RequestOptions, type TransportOptions, type WriteOptions } from '../transport.js';
import { Queue, StaffRequestView } from './desk.js';
import type { RequestEvent } from './events.js';
import type { OfflineRequest } from './offline.js';
import { StaffLogin, StaffSession } from './session.js';
import { AnnualReport, Appeal, ReportInputs } from '../report/report.js';

export interface DeskClientOptions extends Pick<TransportOptions, 'fetch' | 'timeout'> {
  /** The API's root, where `staff/` is (`/api/`). */
  api: string;
  /** A user's API token, for scripts; a browser signs in instead. */
  token?: string;
}

export interface DeskClient {
  /** The session this browser is signed in with; undefined when it is not (or no longer). */
  session(options?: RequestOptions): Promise<StaffSession | undefined>;
  login(login: StaffLogin, options?: WriteOptions): Promise<StaffSession>;
  logout(options?: WriteOptions): Promise<void>;
  /** The work queue of a jurisdiction, with the day its days left count from. */
  queue(jurisdiction: string, options?: RequestOptions): Promise<Queue>;
  /** One request; with `reveal`, the applicant's real details (the view is audited). */
  request(code: string, options?: RequestOptions & { reveal?: boolean }): Promise<StaffRequestView>;
  /** Takes a step of the workflow (交办, 补正, 延期, 答复 …). */
  step(code: string, step: RequestEvent, options?: WriteOptions): Promise<void>;
  /** Registers a request received in person, by letter, fax or e-mail. */
  registerOffline(request: OfflineRequest, options?: WriteOptions): Promise<RequestReceipt>;
  /** The annual report of a year, computed now (refused by the server only when published unbalanced). */
  report(jurisdiction: string, year: number, options?: RequestOptions): Promise<AnnualReport>;
  /** Where the report downloads as HTML, CSV or XLSX (a signed-in browser follows the link). */
  reportUrl(jurisdiction: string, year: number, format: 'html' | 'csv' | 'xlsx'): string;
  /** The texts and figures entered for a year's report. */
  reportInputs(jurisdiction: string, year: number, options?: RequestOptions): Promise<ReportInputs>;
  saveReportInputs(jurisdiction: string, year: number, inputs: ReportInputs, options?: WriteOptions): Promise<ReportInputs>;
  /** The register of appeals (行政复议, 行政诉讼), and a case added to it (or changed, by its id). */
  appeals(jurisdiction: string, options?: RequestOptions): Promise<Appeal[]>;
  saveAppeal(appeal: Appeal, options?: WriteOptions): Promise<Appeal>;
  /** Publishes the year's report into the bundle (the 年报 link lists it); refused with the imbalances if it does not balance. */
  publishReport(jurisdiction: string, year: number, options?: WriteOptions): Promise<{ published: string }>;
}

export function createDeskClient(o: DeskClientOptions): DeskClient {
  const http = new Transport({ ...o, retries: 1, ...(o.token ? { headers: { authorization: `Bearer ${o.token}` } } : {}) });
  const url = (path: string) => new URL(`staff/${path}`, new URL(o.api, globalThis.location?.href)).href;
  let csrf: string | undefined;
  const signed = (session: StaffSession) => ((csrf = session.csrf), session);
  const write = (options: WriteOptions = {}): WriteOptions => ({ ...options, headers: { ...options.headers, ...(csrf ? { 'x-csrf-token': csrf } : {}) } });

  return {
    async session(options) {
      try {
        // 204 when not signed in (a 401 says the same).
        const session = await http.get(url('session'), z.optional(StaffSession), { ...options, fresh: true });
        return session && signed(session);
      } catch (error) {
        if (error instanceof HttpError && error.status === 401) return undefined;
        throw error;
      }
    },
    login: async (login, options) => signed(await http.post(url('login'), StaffLogin.parse(login), StaffSession, options)),
    async logout(options) {
      await http.post(url('logout'), {}, z.undefined(), write(options));
      csrf = undefined;
    },
    queue: (jurisdiction, options) => http.get(url(`requests?jurisdiction=${encodeURIComponent(jurisdiction)}`), Queue, { ...options, fresh: true }),
    request: (code, options = {}) =>
      http.get(url(`requests/${encodeURIComponent(code)}${options.reveal ? '?reveal=1' : ''}`), StaffRequestView, { ...options, fresh: true }),
    async step(code, step, options) {
      await http.post(url(`requests/${encodeURIComponent(code)}/steps`), step, z.unknown(), write(options));
    },
    registerOffline: (request, options) => http.post(url('requests'), request, RequestReceipt, write(options)),
    report: (jurisdiction, year, options) => http.get(url(`report?${reportQuery(jurisdiction, year)}`), AnnualReport, { ...options, fresh: true }),
    reportUrl: (jurisdiction, year, format) => url(`report?${reportQuery(jurisdiction, year)}&format=${format}`),
    reportInputs: (jurisdiction, year, options) => http.get(url(`report/inputs?${reportQuery(jurisdiction, year)}`), ReportInputs, { ...options, fresh: true }),
    saveReportInputs: (jurisdiction, year, inputs, options) =>
      http.post(url(`report/inputs?${reportQuery(jurisdiction, year)}`), ReportInputs.parse(inputs), ReportInputs, write(options)),
    appeals: async (jurisdiction, options) =>
      (await http.get(url(`appeals?jurisdiction=${encodeURIComponent(jurisdiction)}`), z.object({ appeals: z.array(Appeal) }), { ...options, fresh: true }))
        .appeals,
    saveAppeal: (appeal, options) =>
      http.post(url(`appeals?jurisdiction=${encodeURIComponent(appeal.jurisdiction)}`), Appeal.parse(appeal), Appeal, write(options)),
    publishReport: (jurisdiction, year, options) =>
      http.post(url(`report/publish?${reportQuery(jurisdiction, year)}`), {}, z.object({ published: z.string() }), write(options)),
  };
}

const reportQuery = (jurisdiction: string, year: number) => `jurisdiction=${encodeURIComponent(jurisdiction)}&year=${year}`;
