/**
 * A request received offline — in person (当面), by letter (信函), fax (传真) or e-mail (电子邮件) —
 * as a 登记员 registers it: how and on which day it came (the clock counts from that day, Art. 31),
 * and the application, checked as the citizen's form checks it.
 */
import * as z from 'zod/mini';
import { isoDate } from '../schemas/common.js';
import { DisclosureRequest } from '../schemas/request.js';

export const OFFLINE_CHANNELS = ['in-person', 'letter', 'fax', 'email'] as const;

export const OfflineRequest = z.object({
  /** The jurisdiction whose office received it (行政区划代码). */
  jurisdiction: z.string().check(z.regex(/^\d{6,12}$/)),
  channel: z.enum(OFFLINE_CHANNELS),
  /** The date of receipt (YYYY-MM-DD): a letter's is the day it was signed for, not the day it is registered. */
  receivedOn: isoDate(),
  request: DisclosureRequest,
});

export type OfflineRequest = z.infer<typeof OfflineRequest>;
