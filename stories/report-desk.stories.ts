import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { buildReport, type Appeal, type ReportInputs, type ReportRequest } from '@gov-disclosure/sdk/report';
import type { DeskClient, StaffRole } from '@gov-disclosure/sdk/workflow';
import '../packages/elements/src/components/report-desk/gov-report-desk.js';

type Story = StoryObj;

/** A year of a county's requests, as the server would count them: every kind of applicant, carried over in and out. */
const requests: ReportRequest[] = [
  ...Array.from({ length: 40 }, (_, i): ReportRequest => ({
    receivedAt: `2026-0${1 + (i % 9)}-10`,
    applicant: 'citizen',
    answeredAt: `2026-${String(2 + (i % 9)).padStart(2, '0')}-05`,
    outcome: { kind: i % 3 ? 'disclosed' : 'partly-disclosed' },
    fees: [],
  })),
  { receivedAt: '2025-12-22', applicant: 'commercial', answeredAt: '2026-01-12', outcome: { kind: 'withheld', ground: 'third-party' }, fees: [] },
  {
    receivedAt: '2026-04-02',
    applicant: 'research',
    answeredAt: '2026-04-28',
    outcome: { kind: 'unavailable', ground: 'not-held' },
    fees: [{ amount: 100, paidOn: '2026-04-10' }],
  },
  { receivedAt: '2026-12-28', applicant: 'legal-services', fees: [] },
];

/** A desk client in memory: what the story shows needs no server. */
function client(role: StaffRole): DeskClient {
  let inputs: ReportInputs = {
    overview: '2026年，本县坚持以公开为常态、不公开为例外……',
    decisions: { licensing: 1520, penalties: 318, enforcement: 12, fees: 56.78 },
  };
  const appeals: Appeal[] = [{ jurisdiction: '430121', kind: 'review', filedOn: '2026-04-08', result: 'upheld', decidedOn: '2026-06-30' }];
  return {
    session: async () => ({ user: { id: 'u', name: 'zhao', roles: [role], jurisdictions: ['430121'] }, csrf: '', expiresAt: '2026-12-31T00:00:00+08:00' }),
    report: async (jurisdiction: string, year: number) => buildReport({ year, jurisdiction, body: '长沙县人民政府', requests, documents: [], appeals, inputs }),
    reportUrl: () => '#',
    reportInputs: async () => inputs,
    saveReportInputs: async (_j: string, _y: number, saved: ReportInputs) => (inputs = saved),
    appeals: async () => [...appeals],
    saveAppeal: async (appeal: Appeal) => (appeals.push(appeal), appeal),
    publishReport: async (_j: string, year: number) => ({ published: `reports/${year}.html` }),
  } as unknown as DeskClient;
}

/** The annual report's page of the staff desk (in the desk under 年度报告), here over a client in memory. */
export default { title: 'Staff/Annual report (政府信息公开工作年度报告)', component: 'gov-report-desk' } satisfies Meta;

export const Reviewer: Story = { name: '审核人', render: () => html`<gov-report-desk year="2026" .client=${client('reviewer')}></gov-report-desk>` };
export const Handler: Story = { name: '承办人 (read only)', render: () => html`<gov-report-desk year="2026" .client=${client('handler')}></gov-report-desk>` };
export const English: Story = { render: () => html`<gov-report-desk year="2026" lang="en" .client=${client('reviewer')}></gov-report-desk>` };
