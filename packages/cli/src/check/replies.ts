/**
 * 互动回应: the messages citizens sent the column (投诉, 咨询, 建言, 意见征集) that have waited more
 * than 3 months for a reply, read from the reference server's API (`GET /staff/messages`) with a
 * staff token. The national website check fails a site with a 政务咨询 unanswered that long
 * (国办秘函〔2019〕19号, as the provincial notices cite it).
 */
import { createClient, DisclosureError, HttpError } from '@gov-disclosure/sdk';
import { replyOverdueBefore, REPLY_WITHIN_MONTHS, StaffMessages } from '@gov-disclosure/sdk/workflow';
import { CliError } from '../errors.js';
import type { Finding } from './indicators.js';

const TOPICS = { complaint: '投诉', enquiry: '咨询', suggestion: '建言', consultation: '意见征集' } as const;

export interface RepliesOptions {
  /** The server's API root, where `staff/` is (`https://…/api/`). */
  api: string;
  token: string;
  jurisdiction: string;
  today: string;
  fetch?: typeof globalThis.fetch;
}

export async function unansweredMessages(o: RepliesOptions): Promise<Finding[]> {
  const url = new URL(`staff/messages?jurisdiction=${encodeURIComponent(o.jurisdiction)}&unanswered=1`, o.api).href;
  const client = createClient({ api: o.api, timeout: 15_000, headers: { authorization: `Bearer ${o.token}` }, ...(o.fetch ? { fetch: o.fetch } : {}) });
  let list: StaffMessages;
  try {
    list = await client.get(url, StaffMessages, { fresh: true });
  } catch (error) {
    if (error instanceof HttpError && (error.status === 401 || error.status === 403))
      throw new CliError(
        `check --api: ${url} refused the token (${error.status}): give a staff token of ${o.jurisdiction} with --token or GOV_DISCLOSURE_TOKEN`,
      );
    if (error instanceof DisclosureError) throw new CliError(`check --api: cannot read ${url}: ${error.message}`);
    throw error;
  }
  const before = replyOverdueBefore(o.today);
  return list.messages
    .filter((m) => m.receivedAt.slice(0, 10) < before)
    .map((m) => ({
      indicator: 'unanswered' as const,
      area: '',
      message: `${TOPICS[m.topic]} ${m.id}, received ${m.receivedAt.slice(0, 10)}, has had no reply for more than ${REPLY_WITHIN_MONTHS} months`,
    }));
}
