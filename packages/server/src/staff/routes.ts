/**
 * The staff routes (`/staff/…`): who asks (a browser session, a user's API token, or the demo's shared token), what
 * their roles and jurisdictions let them see and do, and the audit trail of every action and every
 * view or export of personal data. The exports of one jurisdiction are for those who work for it;
 * the audit trail is the 管理员's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorAnswer, type Answer } from '../read-api.js';
import { CSV_BOM, csvRow } from '../csv.js';
import type { AuditEntry, Storage } from '../storage/storage.js';
import { chinaTime, Problem, type createWriteApi, type Write } from '../write-api.js';
import { mayAct, staffAuth, worksFor, type Staff } from './auth.js';
import { createSessions, type SessionsOptions } from './sessions.js';
import { createMessages } from './messages.js';
import { createSteps } from './steps.js';
import { createDesk } from './desk.js';
import { createReports, type ReportsOptions } from './reports.js';

export interface StaffRoutesOptions extends Pick<SessionsOptions, 'clientIp' | 'secure' | 'limiter'> {
  storage: Storage;
  write: ReturnType<typeof createWriteApi>;
  staffToken?: string | undefined;
  calendar?: Parameters<typeof createSteps>[0]['calendar'];
  letterheads?: Parameters<typeof createSteps>[0]['letterheads'];
  now?: (() => Date) | undefined;
  bundles?: ReportsOptions['bundles'];
  clients?: ReportsOptions['clients'];
}

export function createStaffRoutes(o: StaffRoutesOptions) {
  const { storage, write } = o;
  const now = o.now ?? (() => new Date());
  const sessions = createSessions({ ...o, now });
  const byToken = staffAuth(storage, o.staffToken);
  const takeStep = createSteps(o);
  const messages = createMessages({ storage, now });
  const desk = createDesk({ storage, calendar: o.calendar, letterheads: o.letterheads, now });
  const reports = createReports({ storage, bundles: o.bundles, clients: o.clients, now });

  /** Who asks: an API token, or a browser session (whose changes must carry its CSRF token). */
  async function whoIs(req: IncomingMessage): Promise<Staff | undefined> {
    if (req.headers.authorization) return byToken(req);
    const session = await sessions.fromCookie(req);
    if (!session) return undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !sessions.csrfOk(req, session))
      throw new Problem(403, 'csrf', 'A change from a signed-in page carries its X-CSRF-Token (from POST /staff/login or GET /staff/session)');
    const { id, name, roles, jurisdictions } = session.user;
    return { id, name, roles, jurisdictions };
  }

  const file = (res: ServerResponse, type: string, name: string, body: string | Uint8Array): 'sent' => {
    res.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' });
    res.end(body);
    return 'sent';
  };

  return async function staffRoute(
    req: IncomingMessage,
    res: ServerResponse,
    parts: string[],
    query: URLSearchParams,
    body: () => Promise<Write>,
  ): Promise<Answer | 'sent'> {
    const signIn = await sessions.route(req, parts[1], body);
    if (signIn) return signIn;
    const staff = await whoIs(req);
    if (!staff)
      return {
        ...errorAnswer(401, 'unauthorised', 'Sign in (POST /staff/login), or send your API token (or the staff token) as Authorization: Bearer …'),
        headers: { 'www-authenticate': 'Bearer' },
      };
    const audit = (action: string, subject: string, more: Pick<AuditEntry, 'before' | 'after'> = {}) =>
      storage.audit({ at: chinaTime(now()).time, actor: staff.id, action, subject, ...more });
    const method = req.method ?? 'GET';
    const [, resource, code, sub] = parts;

    if (method === 'GET' && parts.length === 2 && (resource === 'feedback.csv' || resource === 'requests.csv')) {
      const filter = { jurisdiction: query.get('jurisdiction') ?? undefined, since: query.get('since') ?? undefined };
      if (staff.jurisdictions !== '*' && !(filter.jurisdiction && worksFor(staff, filter.jurisdiction)))
        throw new Problem(403, 'forbidden', `Name a jurisdiction you work for: ?jurisdiction=${staff.jurisdictions.join('|')}`);
      const csv = resource === 'feedback.csv' ? await write.exportFeedback(filter) : await write.exportRequests(filter);
      await audit('export', resource, { after: filter });
      return file(res, 'text/csv; charset=utf-8', resource, csv);
    }
    if (method === 'GET' && parts.length === 2 && resource === 'audit.csv') {
      if (!mayAct(staff, ['admin'])) throw new Problem(403, 'forbidden', 'The audit trail is for a 管理员');
      const since = query.get('since') ?? undefined;
      let csv = CSV_BOM + csvRow(['时间', '操作人', '操作', '对象', '操作前', '操作后']);
      for await (const e of storage.auditTrail({ since })) csv += csvRow([e.at, e.actor, e.action, e.subject, json(e.before), json(e.after)]);
      await audit('export', 'audit.csv', { after: { since } });
      return file(res, 'text/csv; charset=utf-8', 'audit.csv', csv);
    }
    if (resource === 'messages') {
      const answer = await messages(method, parts, query, async () => (await body()).body, staff);
      if (answer) return answer;
    }
    if (method === 'GET' && resource === 'requests' && parts.length === 2) return desk.queue(staff, query.get('jurisdiction'));
    if (method === 'POST' && resource === 'requests' && parts.length === 2) {
      // A request received offline: registered by a 登记员 of the jurisdiction it came to.
      if (!mayAct(staff, ['registrar'])) throw new Problem(403, 'forbidden', 'An offline request is registered by a 登记员');
      const submitted = await body();
      const jurisdiction = (submitted.body as { jurisdiction?: unknown } | null)?.jurisdiction;
      if (typeof jurisdiction === 'string' && !worksFor(staff, jurisdiction))
        throw new Problem(
          403,
          'forbidden',
          `Register requests of a jurisdiction you work for: ${staff.jurisdictions === '*' ? 'any' : staff.jurisdictions.join(', ')}`,
        );
      return write.registerOffline(submitted, staff.id);
    }
    if (resource === 'requests' && code) {
      const found = await write.staffRequest(code);
      // Another jurisdiction's request is not there for this user, as an unknown one is not.
      if (!found || !worksFor(staff, found.jurisdiction)) return errorAnswer(404, 'not-found', 'No such request');
      if (method === 'GET' && parts.length === 3) return desk.request(staff, found, query.get('reveal') === '1', audit);
      if (method === 'GET' && sub === 'proof' && parts.length === 4) {
        const proof = await write.proof(code);
        if (!proof) return errorAnswer(404, 'not-found', 'This request has no ID proof');
        await audit('download-proof', found.code);
        return file(res, proof.type, 'proof', proof.data);
      }
      if (method === 'POST' && sub === 'status' && parts.length === 4) {
        if (!mayAct(staff, ['handler', 'reviewer'])) throw new Problem(403, 'forbidden', 'A status is changed by a 承办人 or a 审核人');
        const answer = await write.update(code, (await body()).body);
        if (answer.status === 200)
          await audit('status', found.code, { before: { state: found.state, dueAt: found.dueAt }, after: answer.body as Record<string, unknown> });
        return answer;
      }
      if (method === 'POST' && sub === 'steps' && parts.length === 4) return takeStep(code, (await body()).body, staff, found);
    }
    const reported = await reports.route(method, parts, query, async () => (await body()).body, staff, audit);
    if (reported) return 'file' in reported ? file(res, reported.type, reported.file, reported.body) : reported;
    return errorAnswer(404, 'not-found', `No route ${method} /${parts.join('/')}`);
  };
}

const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));
