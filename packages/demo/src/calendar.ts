/**
 * The State Council's holidays and 调休 working days of 2025 and 2026 (国办发明电〔2024〕12号 and
 * 〔2025〕7号), for the demo's legal deadlines: a holiday never counts as a working day, a weekend
 * day worked does. A site passes its own with `gov-disclosure-server --calendar <file>`, and adds
 * each year's when the State Council publishes it (each November).
 */
import type { WorkCalendar } from '@gov-disclosure/sdk';

/** Every day from `from` to `to`, inclusive (YYYY-MM-DD). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export const DEMO_CALENDAR: WorkCalendar = {
  holidays: [
    // 2025: 元旦, 春节, 清明节, 劳动节, 端午节, 国庆节和中秋节.
    '2025-01-01',
    ...days('2025-01-28', '2025-02-04'),
    ...days('2025-04-04', '2025-04-06'),
    ...days('2025-05-01', '2025-05-05'),
    ...days('2025-05-31', '2025-06-02'),
    ...days('2025-10-01', '2025-10-08'),
    // 2026: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节.
    ...days('2026-01-01', '2026-01-03'),
    ...days('2026-02-15', '2026-02-23'),
    ...days('2026-04-04', '2026-04-06'),
    ...days('2026-05-01', '2026-05-05'),
    ...days('2026-06-19', '2026-06-21'),
    ...days('2026-09-25', '2026-09-27'),
    ...days('2026-10-01', '2026-10-07'),
  ],
  workdays: [
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ],
};
