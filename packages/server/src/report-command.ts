/**
 * `gov-disclosure-server report --year 2026 --jurisdiction 430121`: the annual report from the
 * database and the bundles, as JSON, HTML or CSV on stdout, XLSX into a file; `--publish` writes
 * its page into the bundle (`<bundles>/<code>/reports/<year>.html` and the list of years). A
 * report that does not balance is refused, naming the column and the numbers that differ.
 */
import { writeFile } from 'node:fs/promises';
import { assertBalanced, reportCsv, reportHtml, ReportBalanceError } from '@gov-disclosure/sdk/report';
import { bundleClients } from './read-api.js';
import { reportXlsx } from './report-xlsx.js';
import { createReports } from './staff/reports.js';
import type { Storage } from './storage/storage.js';

export interface ReportCommand {
  year?: string | undefined;
  jurisdiction?: string[] | undefined;
  format?: string | undefined;
  out?: string | undefined;
  publish?: boolean | undefined;
  bundles?: string | undefined;
}

/** Runs the command; answers the process's exit code (1 when the report does not balance). */
export async function reportCommand(storage: Storage, o: ReportCommand, print: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const year = Number(o.year);
  const [jurisdiction] = o.jurisdiction ?? [];
  if (!Number.isInteger(year) || !jurisdiction) throw new Error('report needs --year <yyyy> and --jurisdiction <code>');
  if (o.publish && !o.bundles) throw new Error('report --publish needs --bundles <dir>, the folder of the bundles to publish into');
  if (!o.bundles) console.error('No --bundles: section 二 counts no 规章 or 行政规范性文件 (they are read from the bundle).');
  const reports = createReports({ storage, bundles: o.bundles, clients: o.bundles ? bundleClients(o.bundles) : undefined, now: () => new Date() });
  try {
    if (o.publish) {
      const { file } = await reports.publish(jurisdiction, year);
      print(`Published ${file}\n`);
      return 0;
    }
    const report = await reports.report(jurisdiction, year);
    assertBalanced(report.requests);
    const format = o.format ?? 'json';
    if (format === 'xlsx') {
      const file = o.out ?? `${jurisdiction}-${year}-report.xlsx`;
      await writeFile(file, await reportXlsx(report));
      print(`Wrote ${file}\n`);
      return 0;
    }
    const text =
      format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? reportHtml(report) : format === 'csv' ? reportCsv(report) : undefined;
    if (text === undefined) throw new Error(`--format is json, html, csv or xlsx, not ${format}`);
    if (o.out) {
      await writeFile(o.out, text);
      print(`Wrote ${o.out}\n`);
    } else print(text);
    return 0;
  } catch (error) {
    if (!(error instanceof ReportBalanceError)) throw error;
    console.error(`The ${year} report of ${jurisdiction} does not balance; nothing was written:`);
    for (const i of error.imbalances) console.error(`  ${i.where}: ${i.check} — ${i.left} ≠ ${i.right}`);
    return 1;
  }
}
