/** Valid sample submissions for server, outbox and chaos tests. */
export const VALID_ID = '11010519491231002X';
export const VALID_CREDIT_CODE = '91350100M000100Y43';

export const pageFeedback = (n = 0) => ({
  kind: 'page',
  target: { jurisdiction: '430121', item: 'social-assistance:1.1', pageUrl: `/column/${n}` },
  useful: n % 2 === 0,
});

export const rating = () => ({
  kind: 'rating',
  target: { item: 'social-assistance:1.1', serviceCode: '11430121MB1234567X-001' },
  grade: 2,
  indicators: { efficiency: 2, convenience: 3 },
  evaluator: 'person',
  reason: '办理时间太长',
  contact: { name: '张三', phone: '13800138000' },
});

export const citizenRequest = () => ({
  jurisdiction: '430121',
  applicant: { type: 'citizen', name: '张三', idType: 'resident-id', idNumber: VALID_ID, phone: '13800138000', email: 'zhang@example.com' },
  sought: { title: '2025年星沙街道低保资金发放明细', docNo: '长县民发〔2025〕3号' },
  delivery: { form: 'electronic', channel: 'email' },
});

export const organisationRequest = () => ({
  applicant: {
    type: 'organisation',
    kind: 'research',
    name: '长沙某某科技有限公司',
    creditCode: VALID_CREDIT_CODE,
    legalRepresentative: '李四',
    contactName: '王五',
    phone: '0731-84000000',
    address: '湖南省长沙县星沙街道开元东路1号',
    postcode: '410100',
  },
  sought: { description: '2025年度县级政府采购项目清单' },
  delivery: { form: 'paper', channel: 'post' },
});

/** The smallest PNG: an 8-byte signature and nothing more (the server checks the signature and size). */
export const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
