/**
 * The API's write side: 我要评 feedback, 依申请公开 requests and their status, and the staff
 * routes (status changes; the CSV exports are in exports.ts). Bodies are validated with the SDK's own schemas, so the
 * server and the forms can never disagree about what is valid.
 */
import { createHash, randomInt } from 'node:crypto';
import * as z from 'zod/mini';
import { addWorkingDays, validate, ValidationError, type WorkCalendar } from '@gov-disclosure/sdk';
import { openProof, sealProof } from './proof-seal.js';
import { DisclosureRequest, Feedback, PROOF_TYPES, REPLY_TYPES, REQUEST_STATES, type RequestStatus } from '@gov-disclosure/sdk/forms';
import { createExports, type CatalogueOf } from './exports.js';
import { errorAnswer, type Answer } from './read-api.js';
import type { NewRequest, Storage, StoredRequest } from './storage/storage.js';
import { OfflineRequest, type RequestEvent as WorkflowStep } from '@gov-disclosure/sdk/workflow';

/** Working days the law gives to answer (条例 Art. 33), and the most one extension adds. */
export const ANSWER_DAYS = 20;
export const EXTENSION_DAYS = 20;

/** A problem with the request, answered as a JSON error. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; expected: string; message: string }[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  answer(): Answer {
    return { ...errorAnswer(this.status, this.code, this.message, this.issues), ...(this.headers ? { headers: this.headers } : {}) };
  }
}

/** A parsed write: its body, the raw bytes' hash and the idempotency key. */
export interface Write {
  body: unknown;
  fingerprint: string;
  key: string;
  /** The client's captcha answer, when the site uses one. */
  captcha?: string | undefined;
}

export interface WriteApiOptions {
  storage: Storage;
  /** Holidays and 调休 working days, for the legal deadlines. */
  calendar?: WorkCalendar;
  /** The site's captcha check; given the idempotency key too, so a retry of a write it passed can pass again. */
  verifyCaptcha?: (token: string | undefined, key: string) => boolean | Promise<boolean>;
  /** The catalogue of a jurisdiction, by its code: the feedback export names the items and entries through it. */
  catalogue?: CatalogueOf | undefined;
  /** The key ID proofs are encrypted with (see proof-seal.ts); without one they are stored as uploaded. */
  proofKey?: Buffer | undefined;
  /** The clock (tests). */
  now?: () => Date;
}

const StatusUpdate = z.object({
  state: z.enum(REQUEST_STATES.filter((s) => s !== 'registered') as [Exclude<(typeof REQUEST_STATES)[number], 'registered'>]),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  replyType: z.optional(z.enum(REPLY_TYPES)),
  /** For `extended`: how many working days the extension adds (at most 20, Art. 33). */
  extensionDays: z.optional(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= EXTENSION_DAYS, 'Expected 1 to 20 working days'))),
});

/** China has one time zone and no summer time: UTC+8. */
export function chinaTime(date: Date): { day: string; time: string } {
  const shifted = new Date(date.getTime() + 8 * 3_600_000).toISOString();
  return { day: shifted.slice(0, 10), time: `${shifted.slice(0, 19)}+08:00` };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CROCKFORD[randomInt(32)];
  return out;
}

/** Validates `value` with `schema`, or throws a 400 naming every bad field. */
export function parse<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  try {
    return validate(schema, value);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const { issues } = error;
    throw new Problem(400, 'invalid-body', `Invalid fields: ${issues.map((i) => i.path || '(body)').join(', ')}`, issues);
  }
}

const FILE_SIGNATURES: Record<(typeof PROOF_TYPES)[number], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};

export function createWriteApi(options: WriteApiOptions) {
  const { storage, calendar = {} } = options;
  const now = options.now ?? (() => new Date());

  async function captcha(write: Write): Promise<void> {
    if (options.verifyCaptcha && !(await options.verifyCaptcha(write.captcha, write.key))) {
      throw new Problem(400, 'captcha', 'The verification code is missing or wrong', [
        { path: 'captcha', expected: 'a passed captcha', message: 'Captcha not passed' },
      ]);
    }
  }

  async function feedback(jurisdiction: string, write: Write): Promise<Answer> {
    const data = parse(Feedback, write.body);
    await captcha(write);
    const { day, time } = chinaTime(now());
    const outcome = await storage.addFeedback({
      id: `FB${day.replace(/-/g, '')}${randomCode(8)}`,
      key: write.key,
      fingerprint: write.fingerprint,
      jurisdiction,
      receivedAt: time,
      feedback: data,
    });
    return created(outcome);
  }

  async function request(jurisdiction: string, write: Write): Promise<Answer> {
    const { proof, ...application } = parse(DisclosureRequest, write.body);
    let stored;
    if (proof) {
      const data = Buffer.from(proof.data, 'base64');
      const signature = FILE_SIGNATURES[proof.type];
      if (data.length !== proof.size || !signature.every((byte, i) => data[i] === byte)) {
        throw new Problem(400, 'invalid-body', 'The ID proof is not the file type it claims to be', [
          { path: 'proof.data', expected: `a ${proof.type} file of ${proof.size} bytes`, message: 'File content does not match its type or size' },
        ]);
      }
      stored = { name: proof.name, type: proof.type, data: data as Uint8Array };
    }
    await captcha(write);
    return store(jurisdiction, write, application, stored);
  }

  /** Stores a checked application, received on \`offline.receivedOn\` when staff register one received offline. */
  async function store(
    jurisdiction: string,
    write: Write,
    application: Omit<DisclosureRequest, 'proof'>,
    stored: NewRequest['proof'],
    offline?: { received: Extract<WorkflowStep, { type: 'received' }>; audit: (code: string) => NewRequest['audit'] },
  ): Promise<Answer> {
    const { time, day: today } = chinaTime(now());
    const day = offline?.received.on ?? today;
    const dueAt = addWorkingDays(day, ANSWER_DAYS, calendar);
    const code = `${jurisdiction.slice(0, 6)}-${day.replace(/-/g, '')}-${randomCode(10)}`;
    if (stored && options.proofKey) stored.data = sealProof(options.proofKey, code, stored.data);
    const outcome = await storage.addRequest({
      key: write.key,
      fingerprint: write.fingerprint,
      jurisdiction,
      receipt: {
        code,
        receivedAt: day,
        dueAt,
        latestDueAt: addWorkingDays(dueAt, EXTENSION_DAYS, calendar),
      },
      request: application,
      proof: stored,
      at: time,
      ...(offline ? { step: offline.received, audit: offline.audit(code) } : {}),
    });
    return created(outcome);
  }

  /** A request received offline, registered by staff (\`POST /staff/requests\`): its clock runs from the day it came. */
  async function registerOffline(write: Write, staffId: string): Promise<Answer> {
    const offline = parse(OfflineRequest, write.body);
    const { proof, ...application } = offline.request;
    if (proof)
      throw new Problem(400, 'invalid-body', 'Register an offline request without its proof: the paper stays in the file', [
        { path: 'request.proof', expected: 'no proof', message: 'Not taken with an offline registration' },
      ]);
    const { day, time } = chinaTime(now());
    if (offline.receivedOn > day)
      throw new Problem(400, 'invalid-body', 'The date of receipt is after today', [
        { path: 'receivedOn', expected: `a date on or before ${day}`, message: 'A request cannot be received in the future' },
      ]);
    return store(offline.jurisdiction, write, { ...application, jurisdiction: offline.jurisdiction }, undefined, {
      received: { type: 'received', on: offline.receivedOn, channel: offline.channel },
      audit: (code) => ({ at: time, actor: staffId, action: 'register', subject: code, after: { channel: offline.channel, receivedOn: offline.receivedOn } }),
    });
  }

  async function status(code: string): Promise<Answer> {
    const found = await storage.request(normaliseCode(code));
    if (!found) return errorAnswer(404, 'not-found', 'No request with this tracking code (查询码)');
    return { status: 200, body: publicStatus(found), headers: { 'cache-control': 'no-store' } };
  }

  async function update(code: string, body: unknown): Promise<Answer> {
    const change = parse(StatusUpdate, body);
    const current = await storage.request(normaliseCode(code));
    if (!current) return errorAnswer(404, 'not-found', 'No request with this tracking code (查询码)');
    if (current.state === 'archived') throw new Problem(409, 'archived', 'The request is archived; its status cannot change');
    if (change.state === 'answered' && !change.replyType) {
      throw new Problem(400, 'invalid-body', 'An answer needs its reply type (Art. 36)', [
        { path: 'replyType', expected: `one of ${REPLY_TYPES.join(', ')}`, message: 'Required when answering' },
      ]);
    }
    const { day, time } = chinaTime(now());
    let dueAt: string | undefined;
    if (change.state === 'extended') {
      if (current.timeline.some((e) => e.state === 'extended')) throw new Problem(409, 'already-extended', 'The deadline may be extended once (Art. 33)');
      dueAt = addWorkingDays(current.dueAt, change.extensionDays ?? EXTENSION_DAYS, calendar);
    } else if (current.state === 'correction-required' && change.state === 'processing') {
      // Art. 30: the time limit counts again from the receipt of the corrected application.
      dueAt = addWorkingDays(day, ANSWER_DAYS, calendar);
    }
    const updated = await storage.updateRequest(current.code, {
      state: change.state,
      at: time,
      note: change.note || undefined,
      replyType: change.replyType,
      dueAt,
    });
    return { status: 200, body: publicStatus(updated as StoredRequest) };
  }

  const { exportFeedback, exportRequests } = createExports(storage, options.catalogue);

  return {
    feedback,
    request,
    registerOffline,
    status,
    update,
    exportFeedback,
    exportRequests,
    staffRequest: (code: string) => storage.request(normaliseCode(code)),
    proof: async (code: string) => {
      const found = await storage.proof(normaliseCode(code));
      if (!found) return undefined;
      try {
        return { ...found, data: openProof(options.proofKey, normaliseCode(code), Buffer.from(found.data)) };
      } catch (error) {
        throw new Problem(500, 'proof-unreadable', `The ID proof cannot be decrypted: ${(error as Error).message}`);
      }
    },
  };
}

/** What anyone holding the 查询码 may see: the stages and dates, never the applicant's data nor the office's steps. */
export function publicStatus(request: StoredRequest): RequestStatus {
  return {
    code: request.code,
    state: request.state,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    ...(request.replyType ? { replyType: request.replyType } : {}),
    timeline: request.timeline.map(({ state, at, note }) => ({ state, at, ...(note ? { note } : {}) })),
  };
}

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

function created(outcome: Awaited<ReturnType<Storage['addFeedback']>> | Awaited<ReturnType<Storage['addRequest']>>): Answer {
  if (outcome.status === 'conflict') {
    return errorAnswer(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different submission');
  }
  return {
    status: outcome.status === 'created' ? 201 : 200,
    body: outcome.value,
    headers: outcome.status === 'replayed' ? { 'idempotent-replayed': 'true' } : {},
  };
}

/** The SHA-256 of a body, to tell a retry from a different body under a reused key. */
export function fingerprint(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}
