/**
 * The HTTP API's contract, generated from the same zod schemas the SDK validates with. The
 * committed `openapi.json` is this document; a test fails when the two drift apart.
 */
import * as z from 'zod/mini';
import { AreaList, ColumnInfo, ItemList, LatestDigest, PolicyList } from './schemas/bundle.js';
import { CatalogueItem } from './schemas/catalogue.js';
import { ApiError } from './schemas/api-error.js';
import { isCount, isPositiveInt } from './schemas/common.js';
import { Lexicon, SEARCH_KINDS, SearchResults } from './search/schema.js';
import { DisclosureEntry, EntryPage } from './schemas/entry.js';
import { DisclosureRequest, Feedback } from './forms.js';
import { FeedbackReceipt, RequestReceipt, RequestStatus } from './schemas/receipts.js';
import { POLICY_LEVEL_IDS, STAGE_IDS } from './standard/vocabulary.js';

const COMPONENTS = {
  ColumnInfo: [ColumnInfo, 'Whose column it is, the 1+N jurisdiction matrix, and the sub-column links.'],
  AreaList: [AreaList, 'The areas (领域) of the catalogue.'],
  ItemList: [ItemList, 'Catalogue items (公开事项) of one level.'],
  CatalogueItem: [CatalogueItem, 'A 一级, 二级 or 三级 事项 with the elements of the standard table.'],
  EntryPage: [EntryPage, "A page of an item's entries, newest first."],
  DisclosureEntry: [DisclosureEntry, 'A disclosed content entry (信息条目). `body` is untrusted HTML.'],
  PolicyList: [PolicyList, 'Policy documents (政策文件) with their interpretations (政策解读).'],
  LatestDigest: [LatestDigest, 'The latest disclosures: per-day counts for 31 days, area counts, the newest entries (for LED boards and kiosks).'],
  Feedback: [Feedback, '我要评: page feedback, a 好差评 rating, or a message.'],
  FeedbackReceipt: [FeedbackReceipt, 'The receipt of a feedback submission.'],
  DisclosureRequest: [DisclosureRequest, 'An application for disclosure on request (依申请公开, Art. 29).'],
  RequestReceipt: [RequestReceipt, 'The 查询码 and legal deadlines of a new request.'],
  RequestStatus: [RequestStatus, 'The status and timeline of a request.'],
  SearchResults: [SearchResults, '我要查: one page of ranked hits, their total, facets, and suggestions when nothing matched.'],
  Lexicon: [Lexicon, "The citizen's words: synonym groups, and a 繁→简 character table as pairs."],
  ApiError: [ApiError, 'Every error answer.'],
} as const;

type ComponentName = keyof typeof COMPONENTS;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
const errors = {
  '400': json('ApiError', 'Invalid parameters or body, with field paths'),
  '404': json('ApiError', 'Not found'),
  '429': { ...json('ApiError', 'Too many requests'), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } },
  '5XX': json('ApiError', 'Server error; safe to retry reads, and writes with the same Idempotency-Key'),
};
const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const queryParam = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, description, schema });
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'A unique key per submission: a repeated request with the same key returns the first answer and stores nothing twice.',
  schema: { type: 'string', minLength: 8, maxLength: 100 },
};
const read = (operationId: string, summary: string, name: ComponentName, parameters: object[] = []) => ({
  get: { operationId, summary, parameters, responses: { '200': json(name, 'OK'), '304': { description: 'Not modified (If-None-Match)' }, ...errors } },
});
const write = (operationId: string, summary: string, body: ComponentName, answer: ComponentName) => ({
  post: {
    operationId,
    summary,
    parameters: [idempotencyKey],
    requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } },
    responses: {
      '201': json(answer, 'Stored'),
      '200': json(answer, 'Already stored under this Idempotency-Key'),
      '413': json('ApiError', 'Body too large'),
      '415': json('ApiError', 'Not JSON'),
      '422': json('ApiError', 'The Idempotency-Key was used for a different body'),
      ...errors,
    },
  },
});

/** Whole numbers are checked with refinements (see `int()` in schemas/common.ts): say so. */
function integers(context: { zodSchema: z.core.$ZodTypes; jsonSchema: Record<string, unknown> }): void {
  const checks = (context.zodSchema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  for (const check of checks) {
    const fn = (check._zod.def as { fn?: unknown }).fn;
    if (fn === Number.isInteger || fn === isCount || fn === isPositiveInt) context.jsonSchema.type = 'integer';
    if (fn === isCount) context.jsonSchema.minimum = 0;
    if (fn === isPositiveInt) context.jsonSchema.minimum = 1;
  }
}

/** The OpenAPI 3.1 document of the disclosure API. */
export function openApiDocument(): Record<string, unknown> {
  const registry = z.registry<{ id: string; description: string }>();
  for (const [id, [schema, description]] of Object.entries(COMPONENTS)) registry.add(schema, { id, description });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    override: integers,
  }) as { schemas: Record<string, Record<string, unknown>> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'gov-disclosure API',
      version: '1.0.0',
      description:
        'Read a grassroots disclosure column (基层政务公开专栏) and send 我要评 feedback and 依申请公开 requests. Lists and items are the standard catalogue of 国办发〔2019〕54号.',
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    paths: {
      '/column': read('getColumn', 'The column: jurisdiction, matrix and links', 'ColumnInfo'),
      '/areas': read('listAreas', 'The areas of the catalogue', 'AreaList'),
      '/areas/{area}/items': read('listItems', 'Items of an area, one level at a time', 'ItemList', [
        pathParam('area', 'Area id'),
        queryParam('parent', { type: 'string' }, 'Parent item id; without it, the 一级 items'),
      ]),
      '/items/{item}': read('getItem', 'One catalogue item', 'CatalogueItem', [pathParam('item', 'Item id')]),
      '/items/{item}/entries': read('listEntries', "An item's entries, newest first", 'EntryPage', [
        pathParam('item', 'Item id'),
        queryParam('offset', { type: 'integer', minimum: 0, default: 0 }, 'Entries to skip'),
        queryParam('limit', { type: 'integer', minimum: 1, maximum: 500, default: 20 }, 'Entries to return'),
        queryParam('stage', { type: 'string', enum: STAGE_IDS }, '五公开 stage'),
        queryParam('q', { type: 'string', maxLength: 200 }, 'Text in the title, 文号 or 索引号'),
      ]),
      '/entries/{entry}': read('getEntry', 'One entry', 'DisclosureEntry', [pathParam('entry', 'Entry id')]),
      '/policies': read('listPolicies', 'Policy documents', 'PolicyList', [
        queryParam('level', { type: 'string', enum: POLICY_LEVEL_IDS }, 'National, province, city or county'),
        queryParam('area', { type: 'string' }, 'Area id'),
      ]),
      '/latest': read('getLatest', 'The latest disclosures, for hall displays; poll it with If-None-Match', 'LatestDigest'),
      '/search': read(
        'search',
        "Full-text search of item names, their place, element text and entry titles, ranked by the SDK's own engine (the same answer a static column gives); facets are counted before narrowing",
        'SearchResults',
        [
          {
            name: 'q',
            in: 'query',
            required: true,
            description: "What to search for, in the citizen's words (低保 finds 最低生活保障; 繁體 finds 简体)",
            schema: { type: 'string', minLength: 1, maxLength: 100 },
          },
          queryParam('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Hits to return'),
          queryParam('offset', { type: 'integer', minimum: 0, default: 0 }, 'Hits to skip (paging)'),
          queryParam('kind', { type: 'string', enum: SEARCH_KINDS }, 'Only items, elements or entries'),
          queryParam('area', { type: 'string' }, 'Only this area (领域) id'),
          queryParam('year', { type: 'string', pattern: '^\\d{4}$' }, 'Only entries published in this year'),
          queryParam('jurisdiction', { type: 'string' }, "Only this jurisdiction (a city's merged index)"),
        ],
      ),
      '/lexicon': read('getLexicon', 'The words search understands: synonym groups and the 繁→简 table (a tree filter uses them)', 'Lexicon'),
      '/feedback': write('submitFeedback', 'Send feedback (我要评)', 'Feedback', 'FeedbackReceipt'),
      '/requests': write('submitRequest', 'Apply for disclosure (依申请公开)', 'DisclosureRequest', 'RequestReceipt'),
      '/requests/{code}': read('getRequestStatus', 'A request by its 查询码', 'RequestStatus', [pathParam('code', '查询码')]),
    },
    components: { schemas },
  };
}
