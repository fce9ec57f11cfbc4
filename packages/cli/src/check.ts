/**
 * `gov-disclosure check <dir>`: the national website check's indicators for a built column (see
 * check/indicators.ts), as a report and an exit code (0 pass, 1 fail). Links are checked only
 * with `--links`, and messages' replies (互动回应) only with `--api`; without them nothing leaves the
 * machine.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CliError } from './errors.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { blankAndStale, DEFAULT_THRESHOLDS, undatedPages, unmarkedRepeals, type Finding, type Indicator } from './check/indicators.js';
import { deadLinks } from './check/links.js';
import { unansweredMessages } from './check/replies.js';
import { readBuilt } from './check/read-built.js';
import { formatHtml, formatText, makeReport } from './check/report.js';

const whole = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`check: --${name} must be a whole number of days ≥ 1`);
  return n;
};

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      out: { type: 'string', short: 'o' },
      today: { type: 'string' },
      links: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      api: { type: 'string' },
      token: { type: 'string' },
      'news-days': { type: 'string' },
      'notice-days': { type: 'string' },
      'other-days': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (io.stdout(HELP.check), 0);
  if (!positionals[0]) throw new CliError('check: name the folder gov-disclosure build --out wrote (see gov-disclosure check --help)');
  if (!['text', 'json', 'html'].includes(values.format!)) throw new CliError('check: --format must be text, json or html');
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new CliError('check: --today must be YYYY-MM-DD');
  if (values['base-url'] && !/^https?:\/\/\S+\/$/.test(values['base-url'])) throw new CliError('check: --base-url must be an absolute http(s) URL ending in /');
  const otherDays = whole('other-days', values['other-days']);
  const thresholds = {
    today: values.today ?? new Date().toISOString().slice(0, 10),
    newsDays: whole('news-days', values['news-days']) ?? DEFAULT_THRESHOLDS.newsDays,
    noticeDays: whole('notice-days', values['notice-days']) ?? DEFAULT_THRESHOLDS.noticeDays,
    ...(otherDays ? { otherDays } : {}),
  };
  if (values.api && !/^https?:\/\/\S+\/$/.test(values.api))
    throw new CliError("check: --api must be the server API's absolute http(s) URL, ending in / (https://…/api/)");
  const token = values.token ?? process.env.GOV_DISCLOSURE_TOKEN;
  if (values.api && !token) throw new CliError('check --api: give a staff token with --token or GOV_DISCLOSURE_TOKEN');
  const column = await readBuilt(positionals[0]);
  const checked: Indicator[] = ['no-pages', 'blank', 'stale', 'no-date', 'unmarked-repeal'];
  const findings: Finding[] = [...blankAndStale(column, thresholds), ...unmarkedRepeals(column)];
  if (column.pages) findings.push(...(await undatedPages(column)));
  else findings.push({ indicator: 'no-pages', area: '', message: `${column.dir} has no static pages: a crawler sees the column blank (build it with --html)` });
  if (values.links) {
    checked.push('broken-link');
    findings.push(...(await deadLinks(column, values['base-url'] ? { baseUrl: values['base-url'] } : {})));
  }
  if (values.api) {
    checked.push('unanswered');
    findings.push(...(await unansweredMessages({ api: values.api, token: token!, jurisdiction: column.manifest.jurisdiction.code, today: thresholds.today })));
  }
  const report = makeReport(column.manifest.jurisdiction, thresholds.today, checked, findings, column.manifest.areas);
  const text = values.format === 'json' ? JSON.stringify(report, null, 2) : values.format === 'html' ? formatHtml(report) : formatText(report);
  if (values.out) await writeFile(values.out, text);
  else io.stdout(text);
  return report.passed ? 0 : 1;
}
