/**
 * `gov-disclosure import | lint | build | check`: from the tables counties publish to a checked, live
 * column. `main` is the whole program; it returns the exit code instead of exiting, for tests.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Catalogue, LATER_AREAS, normaliseItem, resolveArea, validate, ValidationError, type RawCatalogue, type WorkCalendar } from '@gov-disclosure/sdk';
import { CliError, formatIssue } from './errors.js';
import { formatReport, lint } from './lint/lint.js';
import { HELP } from './help.js';
import { progress } from './progress.js';
import { readCatalogue } from './read/catalogue.js';
import { readTables, type Table } from './read/tables.js';
import { readCatalogueJson } from './read/catalogue-json.js';
import { runBuild } from './build.js';
import { runCheck } from './check.js';
import type { Io } from './io.js';

export type { Io } from './io.js';

async function runImport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      area: { type: 'string' },
      jurisdiction: { type: 'string', default: '000000' },
      name: { type: 'string', default: '未命名' },
      level: { type: 'string', default: 'county' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (io.stdout(HELP.import), 0);
  if (!positionals.length) throw new CliError('import: name at least one CSV or XLSX file (see gov-disclosure import --help)');
  if (!/^\d{6}(\d{3}){0,2}$/.test(values.jurisdiction!))
    throw new CliError(`import: --jurisdiction must be a 行政区划代码 (6, 9 or 12 digits), not "${values.jurisdiction}"`);
  if (!['county', 'city', 'township', 'province'].includes(values.level!)) throw new CliError(`import: --level must be county, city, township or province`);
  const bar = progress('Reading', positionals.length);
  const tables: Table[] = [];
  for (const file of positionals) {
    tables.push(...(await readTables(file)));
    bar.tick();
  }
  bar.stop();
  // An id, a name or a name variant (社会救助, 社会救助领域, 医疗卫生 for 卫生健康); a later national area by its name.
  const area = values.area
    ? (resolveArea(values.area) ?? (LATER_AREAS.some((name) => name === values.area!.replace(/领域$/, '')) ? values.area.replace(/领域$/, '') : undefined))
    : undefined;
  if (values.area && !area)
    throw new CliError(`import: --area "${values.area}" is not one of the 26 standard areas (an id such as social-assistance, or a name such as 社会救助)`);
  const result = readCatalogue(tables, area ? { area } : {});
  for (const issue of result.issues) io.stderr(formatIssue(issue));
  if (!result.items.length) throw new CliError(`import: no catalogue rows could be read from ${positionals.join(', ')}`);
  const catalogue: RawCatalogue = {
    jurisdiction: { code: values.jurisdiction!, name: values.name!, level: values.level as 'county' },
    items: result.items,
    ...(result.entries.length ? { entries: result.entries } : {}),
  };
  // What is written must be what the SDK accepts: check it the same way.
  try {
    validate(Catalogue, { ...catalogue, items: catalogue.items.map(normaliseItem) });
  } catch (error) {
    if (error instanceof ValidationError)
      throw new CliError(
        `import: the tables gave an invalid catalogue at ${error.issues
          .map((i) => i.path)
          .slice(0, 5)
          .join(', ')}: ${error.issues[0]!.expected}`,
      );
    throw error;
  }
  const json = `${JSON.stringify(catalogue, null, 2)}\n`;
  if (values.out) await writeFile(values.out, json);
  else io.stdout(json.trimEnd());
  const unreadable = result.issues.filter((i) => !i.warning && !i.info).length;
  const warnings = result.issues.filter((i) => i.warning).length;
  io.stderr(
    `Read ${result.counts.items} catalogue rows (${result.items.length} items) and ${result.counts.entries} entries from ${tables.length} table(s); ${unreadable} row(s) could not be read${warnings ? `, ${warnings} value(s) were not understood` : ''}.`,
  );
  return unreadable ? 1 : 0;
}

async function runLint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      today: { type: 'string' },
      strict: { type: 'boolean', default: false },
      holidays: { type: 'string' },
      'only-areas': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (io.stdout(HELP.lint), 0);
  const onlyAreas = values['only-areas']
    ?.split(/[,，、\s]+/)
    .filter(Boolean)
    .map((name) => {
      const id = resolveArea(name);
      if (!id) throw new CliError(`lint: --only-areas: "${name}" is not one of the 26 standard areas`);
      return id;
    });
  let calendar: WorkCalendar | undefined;
  if (values.holidays) {
    try {
      calendar = JSON.parse(await readFile(values.holidays, 'utf8')) as WorkCalendar;
    } catch (error) {
      throw new CliError(
        `lint: --holidays ${values.holidays}: expected JSON like {"holidays": ["2026-10-01"], "workdays": ["2026-09-27"]} (${(error as Error).message})`,
      );
    }
  }
  if (!['text', 'json'].includes(values.format!)) throw new CliError(`lint: --format must be text or json`);
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new CliError(`lint: --today must be YYYY-MM-DD`);
  const catalogue = await readCatalogueJson(positionals[0], io);
  const report = lint(catalogue, { ...(values.today ? { today: values.today } : {}), ...(calendar ? { calendar } : {}), ...(onlyAreas ? { onlyAreas } : {}) });
  io.stdout(values.format === 'json' ? JSON.stringify(report, null, 2) : formatReport(report));
  return report.errors || (values.strict && report.warnings) ? 1 : 0;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        return await runImport(rest, io);
      case 'lint':
        return await runLint(rest, io);
      case 'build':
        return await runBuild(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(HELP.main);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.stdout(JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version);
        return 0;
      default:
        throw new CliError(`unknown command "${command}": use import, lint, build or check (see gov-disclosure --help)`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`gov-disclosure: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`gov-disclosure: ${error.message} (see gov-disclosure ${command} --help)`);
      return 2;
    }
    throw error;
  }
}
