/**
 * 互动回应 for staff: the citizens' messages of a jurisdiction (which wait, which are answered:
 * `GET /staff/messages?jurisdiction=…&unanswered=1`) and the reply to one
 * (`POST /staff/messages/<id>/reply`, by a 承办人 or 审核人, written with its audit entry). The list
 * carries no text and no contact. The website check (`gov-disclosure check --api`) reads the list.
 */
import { MessageReply, type StaffMessages } from '@gov-disclosure/sdk/workflow';
import { errorAnswer, type Answer } from '../read-api.js';
import type { Storage } from '../storage/storage.js';
import { chinaTime, parse, Problem } from '../write-api.js';
import { mayAct, worksFor, type Staff } from './auth.js';

export function createMessages(o: { storage: Storage; now: () => Date }) {
  const { storage, now } = o;
  return async function messagesRoute(
    method: string,
    parts: string[],
    query: URLSearchParams,
    body: () => Promise<unknown>,
    staff: Staff,
  ): Promise<Answer | undefined> {
    const [, , id, sub] = parts;
    if (method === 'GET' && parts.length === 2) {
      const jurisdiction = query.get('jurisdiction') ?? undefined;
      if (staff.jurisdictions !== '*' && !(jurisdiction && worksFor(staff, jurisdiction)))
        throw new Problem(403, 'forbidden', `Name a jurisdiction you work for: ?jurisdiction=${staff.jurisdictions.join('|')}`);
      const unanswered = ['1', 'true'].includes(query.get('unanswered') ?? '');
      const list: StaffMessages = { messages: await storage.messages({ jurisdiction, unanswered }) };
      return { status: 200, body: list };
    }
    if (method === 'POST' && id && sub === 'reply' && parts.length === 4) {
      if (!mayAct(staff, ['handler', 'reviewer'])) throw new Problem(403, 'forbidden', 'A message is answered by a 承办人 or a 审核人');
      const found = await storage.message(id);
      // Another jurisdiction's message is not there for this user, as an unknown one is not.
      if (!found || !worksFor(staff, found.jurisdiction)) return errorAnswer(404, 'not-found', 'No such message');
      const { reply } = parse(MessageReply, await body());
      const at = chinaTime(now()).time;
      const done = await storage.replyMessage(
        id,
        { text: reply, at, by: staff.id },
        { at, actor: staff.id, action: 'reply-message', subject: id, after: { reply } },
      );
      if (done === 'replied-before') throw new Problem(409, 'replied-before', 'This message has its reply already');
      if (done === 'not-found') return errorAnswer(404, 'not-found', 'No such message');
      return { status: 200, body: { ...found, repliedAt: at } };
    }
    return undefined;
  };
}
