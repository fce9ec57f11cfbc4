import * as z from 'zod/mini';
import { DOCUMENT_KIND_IDS, VALIDITY_IDS } from '../standard/vocabulary.js';
import { count, Id, isoDate, positiveInt, safeUrl, Stage, text } from './common.js';

/** A downloadable attachment (附件) of an entry. */
export const Attachment = z.object({
  name: text(300),
  url: safeUrl(),
  /** Size in bytes. */
  size: z.optional(count()),
  /** Media type, e.g. `application/pdf`. */
  type: z.optional(text(100)),
});

/**
 * A disclosed content entry (信息条目) under a catalogue item, with the usual disclosure metadata.
 * `body` is HTML from the publisher and is untrusted: elements sanitise it before showing it.
 */
export const DisclosureEntry = z.object({
  id: Id,
  /** The catalogue item the entry belongs to. */
  item: Id,
  title: text(500),
  /** 索引号. */
  indexNo: z.optional(text(100)),
  /** 发布机构. */
  publisher: z.optional(text(200)),
  /** 成文日期. */
  writtenAt: z.optional(isoDate()),
  /** 发布日期. */
  publishedAt: isoDate(),
  /** 文号. */
  docNo: z.optional(text(100)),
  /** 主题分类. */
  topic: z.optional(text(100)),
  /** 有效性: repealed documents must be marked. Absent means valid. */
  validity: z.optional(z.enum(VALIDITY_IDS)),
  /** 废止日期: when it was repealed (the annual report counts it in that year's 本年废止件数). */
  repealedAt: z.optional(isoDate()),
  /** 规章, 行政规范性文件 or another document, as the annual report counts them. */
  documentKind: z.optional(z.enum(DOCUMENT_KIND_IDS)),
  /** 五公开 stage. */
  stage: z.optional(Stage),
  /** The body as (untrusted) HTML. */
  body: z.optional(z.string().check(z.maxLength(500_000))),
  /** Where the body lives instead, when it is not inline. */
  url: z.optional(safeUrl()),
  attachments: z.optional(z.array(Attachment)),
});

/** A page of an item's entries, newest first. */
export const EntryPage = z.object({
  item: Id,
  /** How many entries match the filter in all. */
  total: count(),
  offset: count(),
  limit: positiveInt(),
  entries: z.array(DisclosureEntry),
});

export type Attachment = z.infer<typeof Attachment>;
export type DisclosureEntry = z.infer<typeof DisclosureEntry>;
export type DisclosureEntryInput = z.input<typeof DisclosureEntry>;
export type EntryPage = z.infer<typeof EntryPage>;
