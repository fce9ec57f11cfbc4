import * as z from 'zod/mini';
import { DOCUMENT_KIND_IDS, JURISDICTION_LEVEL_IDS, POLICY_LEVEL_IDS } from '../standard/vocabulary.js';
import { AreaRef } from './catalogue.js';
import { Id, isoDate, safeUrl, text } from './common.js';

/** 行政区划代码: 6 digits, or 9/12 for townships and villages. */
export const DivisionCode = z.string().check(z.regex(/^\d{6}(\d{3}){0,2}$/));

/**
 * A jurisdiction (行政区划) with a disclosure column of its own: one node of the "1+N" matrix
 * that the disclosure map (公开地图) draws.
 */
export const Jurisdiction = z.object({
  code: DivisionCode,
  name: text(100),
  level: z.enum(JURISDICTION_LEVEL_IDS),
  parent: z.optional(DivisionCode),
  /** The URL of its disclosure column page. */
  columnUrl: z.optional(safeUrl()),
  /** Where its data lives: a static bundle manifest and/or an API base URL. */
  data: z.optional(
    z.object({
      src: z.optional(safeUrl()),
      api: z.optional(safeUrl()),
    }),
  ),
});

/** A policy document (政策文件) listed in the column, with its interpretation (政策解读). */
export const PolicyDocument = z.object({
  id: Id,
  title: text(500),
  level: z.enum(POLICY_LEVEL_IDS),
  area: z.optional(AreaRef),
  /** 发文机关. */
  issuer: z.optional(text(200)),
  docNo: z.optional(text(100)),
  publishedAt: isoDate(),
  /** 废止日期, for a repealed document (the annual report counts it in that year's 本年废止件数). */
  repealedAt: z.optional(isoDate()),
  /** 规章, 行政规范性文件 or another document, as the annual report counts them. */
  documentKind: z.optional(z.enum(DOCUMENT_KIND_IDS)),
  url: safeUrl(),
  /** 政策解读. */
  interpretation: z.optional(z.object({ title: text(500), url: safeUrl() })),
});

export type DivisionCode = z.infer<typeof DivisionCode>;
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type PolicyDocument = z.infer<typeof PolicyDocument>;
