import * as z from 'zod/mini';
import { AUDIENCE_IDS, CHANNEL_IDS, DISCLOSURE_MODE_IDS, LEVEL_IDS } from '../standard/vocabulary.js';
import { count, httpUrl, Id, int, isoDate, positiveInt, Stage, text } from './common.js';

/**
 * A reference to an area (领域) by id: a standard id such as `health`, or a custom area's own id.
 * Printed names and variants (医疗卫生) are mapped to ids where data enters: see `normaliseItem`.
 */
export const AreaRef = Id;

/** An area (领域) of the catalogue, as a bundle or the API lists it. */
export const Area = z.object({
  id: Id,
  name: text(100),
  aliases: z.optional(z.array(text(100))),
  /** False where the jurisdiction declares the area not applicable (不涉及), with the reason. */
  applicable: z.optional(z.boolean()),
  notApplicableReason: z.optional(text(500)),
  /** How many catalogue items and entries the area holds. */
  itemCount: z.optional(count()),
  entryCount: z.optional(count()),
});

/** One element of 公开内容（要素）, marked ●必选 (required) or 〇可选 (optional). */
export const ContentElement = z.object({
  name: text(200),
  required: z.boolean(),
});

/**
 * 公开时限: the printed text plus the parsed period where the text has one ("信息形成或者变更之日起
 * 20个工作日内" → 20 working days). `normaliseItem` turns a plain string into this.
 */
export const Deadline = z.object({
  /** 公开时限 as printed. */
  text: text(500),
  days: z.optional(positiveInt()),
  unit: z.optional(z.enum(['working', 'calendar'])),
  trigger: z.optional(text(200)),
  publicityDays: z.optional(positiveInt()),
});

/** The item's service on the government-service platform, for 我要办. */
export const ServiceLink = z.object({
  /** 事项编码 on the integrated platform. */
  code: z.optional(text(100)),
  name: z.optional(text(200)),
  url: httpUrl(),
});

/**
 * A catalogue item (公开事项): a 一级, 二级 or 三级 事项 with the elements (要素) of the
 * standard table. Items are grouped by area and nest by `parent`. Ids are `area:local`.
 */
export const CatalogueItem = z.object({
  id: Id,
  area: AreaRef,
  /** 1 = 一级事项, 2 = 二级事项, 3 = 三级事项. */
  level: z.literal([1, 2, 3]),
  parent: z.optional(Id),
  name: text(200),
  /** 序号 in the published table. */
  seq: z.optional(int()),
  /** 公开内容（要素）. */
  elements: z.optional(z.array(ContentElement)),
  /** 公开依据. */
  basis: z.optional(text(4000)),
  /** 公开时限. */
  deadline: z.optional(Deadline),
  /** 公开主体: the responsible body. */
  responsible: z.optional(text(500)),
  /** 公开渠道和载体: ticked standard channels. */
  channels: z.optional(z.array(z.enum(CHANNEL_IDS))),
  /** Channels under 其他, as free text. */
  otherChannels: z.optional(text(500)),
  /** 公开对象. */
  audience: z.optional(z.array(z.enum(AUDIENCE_IDS))),
  /** 公开方式. */
  mode: z.optional(z.array(z.enum(DISCLOSURE_MODE_IDS))),
  /** 公开层级. */
  levels: z.optional(z.array(z.enum(LEVEL_IDS))),
  /** 五公开 stages the item belongs to. */
  stages: z.optional(z.array(Stage)),
  /** 事项类型, where the table has it. */
  itemType: z.optional(text(100)),
  /** 公开内容标题, where the table has it. */
  contentTitle: z.optional(text(200)),
  /** 公开时长, where the table has it. */
  duration: z.optional(text(200)),
  /** 我要办: the online service. */
  service: z.optional(ServiceLink),
  /** Child items and entries, as counted by the source. */
  childCount: z.optional(count()),
  entryCount: z.optional(count()),
  /** Date of the newest entry, for freshness checks. */
  latestEntryAt: z.optional(isoDate()),
});

export type Area = z.infer<typeof Area>;
export type ContentElement = z.infer<typeof ContentElement>;
export type Deadline = z.infer<typeof Deadline>;
export type ServiceLink = z.infer<typeof ServiceLink>;
export type CatalogueItem = z.infer<typeof CatalogueItem>;
/** A catalogue item as written by hand or by an importer, before normalisation. */
export type CatalogueItemInput = z.input<typeof CatalogueItem>;
