import { expect } from '@open-wc/testing';
import * as sdk from '@gov-disclosure/sdk';
import { DisclosureRequest, Feedback, isCreditCode, isLuhn, isResidentId } from '@gov-disclosure/sdk/forms';
import { normaliseItem, parseDeadline, resolveArea, validate, ValidationError } from '@gov-disclosure/sdk';
import type * as z from 'zod/mini';

/** Each schema: one valid sample, and bad samples with the path that must be reported. */
const item = { id: 'health:1.1', area: 'health', level: 2, parent: 'health:1', name: '办事指南' };
const entry = { id: 'health:1.1~1', item: 'health:1.1', title: '标题', publishedAt: '2026-10-01' };
const jurisdiction = { code: '430121', name: '长沙县', level: 'county' };
const citizen = { type: 'citizen', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13800138000', email: 'zhang@example.com' };
const organisation = {
  type: 'organisation',
  kind: 'commercial',
  name: '某某公司',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '李四',
  contactName: '王五',
  phone: '0731-12345678',
};
const request = { applicant: citizen, sought: { title: '2025年低保资金发放明细' }, delivery: { form: 'electronic', channel: 'email' } };

const CASES: [name: string, schema: z.ZodMiniType, valid: unknown, bad: [sample: unknown, path: string][]][] = [
  [
    'Area',
    sdk.Area,
    { id: 'health', name: '卫生健康' },
    [
      [{ id: 'health' }, 'name'],
      [{ id: 'h', name: '', itemCount: -1 }, 'name'],
      [{ id: 'h', name: 'x', itemCount: 1.5 }, 'itemCount'],
    ],
  ],
  [
    'CatalogueItem',
    sdk.CatalogueItem,
    { ...item, deadline: { text: '20个工作日内', days: 20, unit: 'working' }, channels: ['website'] },
    [
      [{ ...item, level: 4 }, 'level'],
      [{ ...item, name: 42 }, 'name'],
      [{ ...item, channels: ['telegraph'] }, 'channels[0]'],
      [{ ...item, audience: 'public' }, 'audience'],
      [{ ...item, service: { url: 'javascript:alert(1)' } }, 'service.url'],
      [{ ...item, deadline: { days: 20 } }, 'deadline.text'],
      [{ ...item, elements: [{ name: '办理事项' }] }, 'elements[0].required'],
      [{ ...item, id: 'has space' }, 'id'],
      [{ ...item, latestEntryAt: '2026-13-01' }, 'latestEntryAt'],
    ],
  ],
  [
    'DisclosureEntry',
    sdk.DisclosureEntry,
    { ...entry, validity: 'repealed', attachments: [{ name: 'a.pdf', url: 'files/a.pdf' }] },
    [
      [{ ...entry, publishedAt: '2026/10/01' }, 'publishedAt'],
      [{ ...entry, validity: 'expired' }, 'validity'],
      [{ ...entry, stage: 'planning' }, 'stage'],
      [{ ...entry, attachments: [{ name: 'x', url: 'data:text/html,<script>' }] }, 'attachments[0].url'],
      [{ ...entry, url: ' javascript:alert(1)' }, 'url'],
      [{ ...entry, title: undefined }, 'title'],
    ],
  ],
  [
    'EntryPage',
    sdk.EntryPage,
    { item: 'health:1.1', total: 1, offset: 0, limit: 20, entries: [entry] },
    [
      [{ item: 'health:1.1', total: -1, offset: 0, limit: 20, entries: [] }, 'total'],
      [{ item: 'health:1.1', total: 1, offset: 0, limit: 0, entries: [] }, 'limit'],
      [{ item: 'health:1.1', total: 1, offset: 0, limit: 20, entries: [{ ...entry, id: 7 }] }, 'entries[0].id'],
    ],
  ],
  [
    'Jurisdiction',
    sdk.Jurisdiction,
    { ...jurisdiction, data: { src: '../430121/manifest.json' } },
    [
      [{ ...jurisdiction, code: '43012' }, 'code'],
      [{ ...jurisdiction, level: 'village' }, 'level'],
      [{ ...jurisdiction, columnUrl: 'vbscript:x' }, 'columnUrl'],
    ],
  ],
  [
    'PolicyDocument',
    sdk.PolicyDocument,
    { id: 'p1', title: '通知', level: 'national', publishedAt: '2020-01-01', url: 'p1.html', interpretation: { title: '解读', url: 'p1-jd.html' } },
    [
      [{ id: 'p1', title: '通知', level: 'town', publishedAt: '2020-01-01', url: 'p1.html' }, 'level'],
      [{ id: 'p1', title: '通知', level: 'national', publishedAt: '2020-01-01', url: 'p1.html', interpretation: { title: '解读' } }, 'interpretation.url'],
    ],
  ],
  [
    'BundleManifest',
    sdk.BundleManifest,
    { format: 'gov-disclosure-bundle', version: 1, generatedAt: '2026-11-01T00:00:00+08:00', jurisdiction, areas: [], chunkSize: 500 },
    [
      [{ format: 'other', version: 1, generatedAt: '2026-11-01T00:00:00Z', jurisdiction, areas: [], chunkSize: 500 }, 'format'],
      [{ format: 'gov-disclosure-bundle', version: 2, generatedAt: '2026-11-01T00:00:00Z', jurisdiction, areas: [], chunkSize: 500 }, 'version'],
      [{ format: 'gov-disclosure-bundle', version: 1, generatedAt: 'yesterday', jurisdiction, areas: [], chunkSize: 500 }, 'generatedAt'],
      [
        {
          format: 'gov-disclosure-bundle',
          version: 1,
          generatedAt: '2026-11-01T00:00:00Z',
          jurisdiction,
          areas: [{ id: 'health', name: '卫生健康' }],
          chunkSize: 500,
        },
        'areas[0].shard',
      ],
    ],
  ],
  [
    'AreaShard',
    sdk.AreaShard,
    { area: 'health', items: [{ ...item, entryChunks: ['entries/x.json'] }] },
    [[{ area: 'health', items: [{ ...item, entryChunks: 'x' }] }, 'items[0].entryChunks']],
  ],
  [
    'EntryChunk',
    sdk.EntryChunk,
    { item: 'health:1.1', entries: [entry] },
    [[{ item: 'health:1.1', entries: [{ ...entry, publishedAt: undefined }] }, 'entries[0].publishedAt']],
  ],
  ['ColumnInfo', sdk.ColumnInfo, { jurisdiction }, [[{ jurisdiction: { ...jurisdiction, name: '' } }, 'jurisdiction.name']]],
  ['Catalogue', sdk.Catalogue, { jurisdiction, items: [item] }, [[{ jurisdiction, items: [{ ...item, area: '' }] }, 'items[0].area']]],
  [
    'Feedback',
    Feedback,
    { kind: 'rating', target: { item: 'health:1.1' }, grade: 2, reason: '等待时间太长', indicators: { efficiency: 2 } },
    [
      [{ kind: 'rating', target: {}, grade: 1 }, 'reason'],
      [{ kind: 'rating', target: {}, grade: 6, reason: 'x' }, 'grade'],
      [{ kind: 'rating', target: {}, grade: 5, indicators: { efficiency: 0 } }, 'indicators.efficiency'],
      [{ kind: 'message', target: {}, topic: 'complaint' }, 'comment'],
      [{ kind: 'message', target: {}, topic: 'complaint', comment: 'x', contact: { email: 'not-an-email' } }, 'contact.email'],
      [{ kind: 'page', target: {}, useful: 'yes' }, 'useful'],
      [{ kind: 'spam', target: {} }, 'kind'],
    ],
  ],
  [
    'DisclosureRequest',
    DisclosureRequest,
    request,
    [
      [{ ...request, applicant: { ...citizen, idNumber: '110105194912310021' } }, 'applicant.idNumber'],
      [{ ...request, applicant: { ...organisation, creditCode: '91350100M000100Y44' } }, 'applicant.creditCode'],
      [{ ...request, applicant: { ...organisation, legalRepresentative: undefined } }, 'applicant.legalRepresentative'],
      // The annual report counts organisations by kind: it is asked.
      [{ ...request, applicant: { ...organisation, kind: undefined } }, 'applicant.kind'],
      [{ ...request, applicant: { ...organisation, kind: 'company' } }, 'applicant.kind'],
      [{ ...request, sought: {} }, 'sought'],
      [{ ...request, delivery: { form: 'electronic', channel: 'pigeon' } }, 'delivery.channel'],
      [{ ...request, applicant: { ...citizen, phone: 'call me' } }, 'applicant.phone'],
      [{ ...request, applicant: { ...citizen, phone: '1380013800' } }, 'applicant.phone'],
      [{ ...request, applicant: { ...citizen, phone: '12345' } }, 'applicant.phone'],
      [{ ...request, applicant: { ...citizen, email: undefined } }, 'applicant.email'],
      [{ ...request, delivery: { form: 'paper', channel: 'post' } }, 'applicant.address'],
    ],
  ],
  [
    'RequestReceipt',
    sdk.RequestReceipt,
    { code: 'Q1234ABCD', receivedAt: '2026-11-02', dueAt: '2026-11-30', latestDueAt: '2026-12-28' },
    [[{ code: 'q1', receivedAt: '2026-11-02', dueAt: '2026-11-30', latestDueAt: '2026-12-28' }, 'code']],
  ],
  [
    'RequestStatus',
    sdk.RequestStatus,
    { code: 'Q1234ABCD', state: 'answered', receivedAt: '2026-11-02', dueAt: '2026-11-30', replyType: 'disclosable', timeline: [] },
    [
      [{ code: 'Q1234ABCD', state: 'lost', receivedAt: '2026-11-02', dueAt: '2026-11-30', timeline: [] }, 'state'],
      [
        { code: 'Q1234ABCD', state: 'answered', receivedAt: '2026-11-02', dueAt: '2026-11-30', timeline: [{ state: 'registered', at: 'now' }] },
        'timeline[0].at',
      ],
    ],
  ],
  ['FeedbackReceipt', sdk.FeedbackReceipt, { id: 'f1', receivedAt: '2026-11-02T10:00:00Z' }, [[{ id: 'f1' }, 'receivedAt']]],
];

describe('schemas', () => {
  for (const [name, schema, valid, bad] of CASES) {
    describe(name, () => {
      it('accepts a valid sample, and tolerates unknown fields', () => {
        expect(() => validate(schema, valid)).to.not.throw();
        expect(() => validate(schema, { ...(valid as object), addedInAFutureVersion: { x: 1 } })).to.not.throw();
      });
      for (const [sample, path] of bad) {
        it(`rejects a bad ${path || 'document'} with its exact path`, () => {
          let error: ValidationError | undefined;
          try {
            validate(schema, sample, 'https://example.gov.cn/data.json');
          } catch (e) {
            error = e as ValidationError;
          }
          expect(error, `${name} accepted a bad ${path}`).to.be.instanceOf(ValidationError);
          expect(error!.issues.map((i) => i.path)).to.include(path);
          expect(error!.url).to.equal('https://example.gov.cn/data.json');
          expect(error!.issues.every((i) => i.expected.length > 0)).to.equal(true);
        });
      }
    });
  }
});

describe('the standard as data', () => {
  it('lands area name variants in the standard area', () => {
    expect(resolveArea('医疗卫生')).to.equal('health');
    expect(resolveArea('卫生健康')).to.equal('health');
    expect(resolveArea('环境保护领域')).to.equal('ecology-environment');
    expect(resolveArea('统计')).to.equal(undefined);
    expect(normaliseItem({ id: 'health:1', area: '医疗卫生', level: 1, name: 'x' }).area).to.equal('health');
  });

  it('parses 公开时限 texts', () => {
    expect(parseDeadline('信息形成或者变更之日起20个工作日内')).to.deep.equal({ days: 20, unit: 'working', trigger: '信息形成或者变更' });
    expect(parseDeadline('10个工作日内，公示7个工作日')).to.deep.equal({ days: 10, unit: 'working', publicityDays: 7 });
    expect(parseDeadline('自批准之日起二十个工作日内')).to.include({ days: 20, unit: 'working' });
    expect(parseDeadline('3日内')).to.deep.equal({ days: 3, unit: 'calendar' });
    expect(parseDeadline('实时公开')).to.equal(undefined);
    expect(parseDeadline('每年3月31日前')).to.equal(undefined);
    expect(normaliseItem({ id: 'h:1', area: 'health', level: 2, name: 'x', deadline: '制定或获取信息之日起10个工作日内' }).deadline).to.deep.equal({
      text: '制定或获取信息之日起10个工作日内',
      days: 10,
      unit: 'working',
      trigger: '制定或获取信息',
    });
  });

  it('reads printed vocabularies, variants included', () => {
    expect(sdk.matchTerms(sdk.LEVELS, '乡、村级')).to.have.members(['township', 'village']);
    expect(sdk.matchTerms(sdk.LEVELS, '市级/县级/乡级')).to.have.members(['city', 'county', 'township']);
    expect(sdk.matchTerms(sdk.AUDIENCES, '特定群众')).to.deep.equal(['specific']);
    expect(sdk.matchTerms(sdk.DISCLOSURE_MODES, '依申请公开')).to.deep.equal(['on-request']);
    expect(sdk.matchTerms(sdk.CHANNELS, '社区/企事业单位/村公示栏(电子屏)')).to.deep.equal(['notice-board']);
  });

  it('checks identity numbers', () => {
    expect(isResidentId('11010519491231002X')).to.equal(true);
    expect(isResidentId('11010519491231002x')).to.equal(true);
    expect(isResidentId('110105194912310021')).to.equal(false);
    expect(isResidentId('110105194902300020')).to.equal(false); // 30 February
    expect(isCreditCode('91350100M000100Y43')).to.equal(true);
    expect(isCreditCode('91350100M000100Y44')).to.equal(false);
    expect(isCreditCode('91350100M000100YI3')).to.equal(false); // I is not in the alphabet
    expect(isLuhn('6222020200112233445')).to.equal(false);
    expect(isLuhn('4111111111111111')).to.equal(true);
  });

  it('treats only http(s) and relative URLs as safe', () => {
    for (const url of ['https://a.gov.cn/x', 'http://a.gov.cn', 'files/a.pdf', '/x', '//cdn.gov.cn/a.js', '?q=1'])
      expect(sdk.isSafeUrl(url), url).to.equal(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ])
      expect(sdk.isSafeUrl(url), url).to.equal(false);
  });
});
