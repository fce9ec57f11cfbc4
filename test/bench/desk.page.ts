// Runs in the bench page: <gov-staff-desk> over a queue of `count` requests, from a desk client in memory (what a
// loaded queue gives), so that the figures are the desk's own rendering, sorting and filtering.
import '../../packages/elements/src/components/staff-desk/gov-staff-desk.js';
import type { DeskClient, QueueItem } from '@gov-disclosure/sdk/workflow';

declare global {
  interface Window {
    benchReady: boolean;
    bench: Record<string, (...args: never[]) => unknown>;
  }
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
const PHASES: QueueItem['phase'][] = ['registered', 'assigned', 'processing', 'consulting', 'awaiting-fee', 'reply-drafted', 'answered', 'archived'];
const DEPARTMENTS = ['县民政局', '县财政局', '县自然资源局', '县住房和城乡建设局', '县教育局', '县卫生健康局'];

function queue(count: number): QueueItem[] {
  return Array.from({ length: count }, (_, i) => {
    const phase = PHASES[i % PHASES.length]!;
    const day = new Date(Date.UTC(2026, 0, 1) + (i % 330) * 86_400_000).toISOString().slice(0, 10);
    return {
      code: `430121-${day.replaceAll('-', '')}-${String(i).padStart(10, '0')}`,
      jurisdiction: '430121',
      receivedAt: day,
      dueAt: day,
      phase,
      state: 'processing',
      ...(phase === 'consulting' ? { paused: 'consultation' as const } : ['answered', 'archived'].includes(phase) ? {} : { daysLeft: ((i * 7919) % 45) - 10 }),
      ...(phase === 'registered' ? {} : { department: DEPARTMENTS[i % DEPARTMENTS.length]!, handler: `承办人${i % 40}` }),
      applicant: i % 3 ? 'citizen' : 'organisation',
      subject: `关于第${i}号事项的政府信息公开申请`,
    } as QueueItem;
  });
}

function client(requests: QueueItem[]): DeskClient {
  const session = {
    user: { id: 'u', name: 'wang', roles: ['handler' as const], jurisdictions: ['430121'] },
    csrf: 'x',
    expiresAt: '2026-12-01T00:00:00+08:00',
  };
  return {
    session: async () => session,
    queue: async () => ({ today: '2026-11-30', requests }),
  } as unknown as DeskClient;
}

window.bench = {
  /** From the desk put on the page (signed in, its queue read) to the frame that shows its first rows. */
  async firstRender(count: number) {
    document.body.replaceChildren();
    const requests = queue(count);
    await frame();
    const start = performance.now();
    const desk = document.createElement('gov-staff-desk');
    desk.client = client(requests);
    document.body.append(desk);
    while (!desk.shadowRoot?.querySelector('.rows [role="option"]')) await new Promise((r) => setTimeout(r, 0));
    const end = await frame();
    return { ms: end - start, rows: desk.shadowRoot!.querySelectorAll('.rows [role="option"]').length };
  },
  /** From a filter chosen (a 承办人, then a typed code) to the frame that shows what it keeps. */
  async filter() {
    const root = document.querySelector('gov-staff-desk')!.shadowRoot!;
    const times: number[] = [];
    for (const [selector, value, event] of [
      ['.filters .field:nth-child(3) select', '承办人1', 'change'],
      ['.filters input', '0000000041', 'input'],
      ['.filters input', '', 'input'],
      ['.filters .field:nth-child(3) select', '', 'change'],
    ] as const) {
      const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      const before = root.querySelector('#queue-title small')!.textContent;
      const start = performance.now();
      control.value = value;
      control.dispatchEvent(new Event(event));
      while (root.querySelector('#queue-title small')!.textContent === before) await new Promise((r) => setTimeout(r, 0));
      times.push((await frame()) - start);
    }
    return times;
  },
};
window.benchReady = true;
