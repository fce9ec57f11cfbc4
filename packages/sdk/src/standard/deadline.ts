/**
 * Parsing 公开时限, the disclosure deadline column of the standard table. The text is kept as
 * printed; where it names a period ("信息形成或者变更之日起20个工作日内", "10个工作日内，公示7个工作日")
 * the period is parsed so that late publications can be flagged.
 */

/** What a 公开时限 text says, where it says a period. */
export interface ParsedDeadline {
  /** The period after the trigger event. */
  days: number;
  /** 工作日 (working days) or 日/天 (calendar days). */
  unit: 'working' | 'calendar';
  /** The event the clock starts from, e.g. 信息形成或者变更. */
  trigger?: string;
  /** How long the information stays posted (公示N个工作日), where the text says so. */
  publicityDays?: number;
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads an Arabic or Chinese numeral up to 99 (二十, 十五, 三十). */
function readNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.split('十') as [string, string | undefined];
  if (ones === undefined) return DIGITS[tens] ?? NaN;
  return (tens ? (DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (DIGITS[ones] ?? NaN) : 0);
}

const NUMBER = '(\\d+|[〇零一二两三四五六七八九十]+)';
// A date such as 3月31日 is not a period; "日前" (before a date) is not either.
const PERIOD = new RegExp(`(?<![月\\d])${NUMBER}\\s*个?\\s*(工作日|日|天)(?!前)(?:内|以内)?`);
const PUBLICITY = new RegExp(`公示(?:期)?(?:不少于)?${NUMBER}\\s*个?\\s*(工作日|日|天)`);
const TRIGGER = /^(.*?)(?:之日起|后|起)/;

/** Parses a 公开时限 text; `undefined` where it names no period (实时, 长期, 每年3月底前 …). */
export function parseDeadline(text: string): ParsedDeadline | undefined {
  const withoutPublicity = text.replace(PUBLICITY, '');
  const period = PERIOD.exec(withoutPublicity);
  if (!period) return undefined;
  const days = readNumber(period[1]!);
  if (!Number.isFinite(days)) return undefined;
  const parsed: ParsedDeadline = { days, unit: period[2] === '工作日' ? 'working' : 'calendar' };
  const trigger = TRIGGER.exec(withoutPublicity.slice(0, period.index));
  if (trigger?.[1]) parsed.trigger = trigger[1].replace(/^自/, '');
  const publicity = PUBLICITY.exec(text);
  if (publicity) parsed.publicityDays = readNumber(publicity[1]!);
  return parsed;
}
