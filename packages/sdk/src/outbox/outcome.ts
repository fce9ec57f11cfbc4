/**
 * What a server's answer to a submission means for its record: sent (with its receipt, checked
 * against its schema), refused for good (with what the server said), or worth another attempt
 * (with the reason, and how long the server asked us to wait).
 */
import { answerError, readBody } from '../attempt.js';
import type { ValidationIssue } from '../errors.js';
import type { OutboxRecord } from './record.js';

/** Another attempt later: why, and at the earliest in how many milliseconds. */
export interface Retry {
  retry: string;
  wait?: number;
}

/** The record's final state, to keep. */
export type Settled = Pick<OutboxRecord, 'state' | 'receipt' | 'receiptIssues' | 'rejection'>;

/** The outcome of one answer to `record`; `retryable` says which statuses are worth another attempt. */
export async function outcomeOf(record: OutboxRecord, response: Response, retryable: (status: number) => boolean): Promise<Retry | Settled> {
  const body = await readBody(response);
  if (response.ok) {
    // A 2xx without a readable receipt is retried: the retry gets the stored answer back.
    if (body === undefined || typeof body === 'string') return { retry: 'bad-response' };
    // The submission is in; a receipt that does not read as its schema says is not shown as one.
    let issues: ValidationIssue[] | undefined;
    try {
      issues = await receiptIssues(record.kind, body);
    } catch {
      // The schemas could not load (the network went as the answer came): the retry gets the stored answer back.
      return { retry: 'network' };
    }
    return { state: 'sent', ...(issues ? { receiptIssues: issues } : { receipt: body }) };
  }
  // The SDK's error for the answer, as a read would get it: what the server said, and how long to
  // wait. Its code loads with the first error answer (a form that only sends never ships it).
  let error: Awaited<ReturnType<typeof answerError>>;
  try {
    error = await answerError(record.url, response, body);
  } catch {
    return { retry: 'network' };
  }
  if (retryable(error.status)) return { retry: `http-${error.status}`, ...(error.retryAfter === undefined ? {} : { wait: error.retryAfter * 1000 }) };
  const said = error.error;
  return {
    state: 'rejected',
    rejection: {
      status: error.status,
      ...(said ? { code: said.code } : {}),
      message: said?.message ?? response.statusText,
      ...(said?.issues ? { issues: said.issues } : {}),
    },
  };
}

/**
 * What is wrong with the receipt of a `feedback` or `request` (an app's own kinds are not
 * checked), or undefined when it reads as its schema says. The schemas load with the first answer.
 */
async function receiptIssues(kind: string, receipt: unknown): Promise<ValidationIssue[] | undefined> {
  if (kind !== 'feedback' && kind !== 'request') return undefined;
  const [schemas, { toIssues }] = await Promise.all([import('../schemas/receipts.js'), import('../validate.js')]);
  const result = (kind === 'feedback' ? schemas.FeedbackReceipt : schemas.RequestReceipt).safeParse(receipt);
  return result.success ? undefined : toIssues(result.error.issues);
}
