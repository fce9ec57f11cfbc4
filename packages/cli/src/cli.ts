/**
 * `gov-disclosure import | lint | build`: from the tables counties publish to a checked, live
 * column. `main` is the whole program; it returns the exit code instead of exiting, for tests.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildBundle, writeBundle } from '@gov-disclosure/sdk/bundle';
import {
  Catalogue,
  LATER_AREAS,
  normaliseItem,
  resolveArea,
  normalisePolicy,
  validate,
  ValidationError,
  type RawCatalogue,
  type WorkCalendar,
} from '@gov-disclosure/sdk';
import { CliError, formatIssue } from './errors.js';
import { formatReport, lint } from './lint/lint.js';
import { progress } from './progress.js';
import { readCatalogue } from './read/catalogue.js';
import { readTables, type Table } from './read/tables.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
}

const HELP = {
  main: `gov-disclosure — from published catalogue tables to a live disclosure column

Usage:
  gov-disclosure import <files…> [options]    read CSV/XLSX catalogue tables, print the catalogue (JSON)
  gov-disclosure lint [catalogue.json]        check a catalogue against the standard (reads stdin without a file)
  gov-disclosure build <catalogue.json> --out <dir>   write the static bundle the column reads

  gov-disclosure <command> --help             options of one command

Example:
  gov-disclosure import 目录.xlsx 信息.csv --jurisdiction 430121 --name 长沙县 > catalogue.json
  gov-disclosure lint catalogue.json && gov-disclosure build catalogue.json --out public/gkzl`,
  import: `gov-disclosure import <files…> [options]

Reads the standard catalogue tables as counties publish them (CSV in UTF-8 or GBK/GB18030, XLSX)
and prints the catalogue as JSON. Headers over one or two rows, merged cells, ■/□ and √ marks,
●必选/〇可选 elements, and the usual header variants are understood. Tables with 标题 and 发布日期
columns are read as published entries. Every row that cannot be read is reported on stderr as
file:row: reason; the exit code is then 1. Notes under a table (注：…, 说明：…, 备注) and header
columns that are not catalogue fields are reported as file[sheet]:row: note: … and leave the exit
code 0.

Options:
  --area <id or name>        the area (领域) of every table, when neither a 领域 column nor the
                             sheet or file name says it: social-assistance, 社会救助, 社会救助领域
  --jurisdiction <code>      行政区划代码 of the jurisdiction (default 000000)
  --name <name>              its name (default 未命名)
  --level <level>            county (default), city, township or province
  -o, --out <file>           write the catalogue there instead of stdout
  -h, --help`,
  lint: `gov-disclosure lint [catalogue.json] [options]

Checks a catalogue (a file, or stdin) against the standard: the 26 areas are present or declared
not applicable; every item has the minimum elements of 54号 (名称, 内容, 依据, 时限, 主体, 方式,
渠道, 对象); values come from the known vocabularies. With entries, it checks freshness too:
entries published past their 公开时限, items with fewer than 4 entries, a latest entry older than
90 days, and gaps of 90 days or more (僵尸栏目).

Exit code: 0 without errors, 1 with errors (or with warnings under --strict), 2 when the input
cannot be read.

Options:
  --format <text|json>       text for people (default), JSON for machines
  --today <YYYY-MM-DD>       the day freshness is measured from (default today)
  --strict                   warnings fail too
  --only-areas <areas>       the areas (ids or names, comma-separated) a partial catalogue is
                             meant to hold; the others are not reported missing
  --holidays <file.json>     public holidays and 调休 working days for working-day deadlines:
                             {"holidays": ["2026-10-01", …], "workdays": ["2026-09-27", …]}
  -h, --help`,
  build: `gov-disclosure build <catalogue.json> --out <dir> [options]

Writes the static bundle the SDK and <gov-disclosure-column> read: the manifest, one shard per
area, each item's entries in chunks, and the prebuilt search index. Files are named by a hash of
their content, so they can be cached for a year on any host; a rebuild writes only what changed
and removes what is no longer named.

Options:
  -o, --out <dir>            where to write (required)
  --chunk-size <n>           entries per chunk file (default 500)
  --matrix <catalogue.json>  a neighbour's catalogue (a city's county) to merge into this
                             bundle's search index, so that one search covers the "1+N"
                             matrix; repeat it for each county
  -h, --help`,
};

async function readCatalogueJson(path: string | undefined, io: Io): Promise<Catalogue> {
  let text: string;
  if (!path || path === '-') text = await io.stdin();
  else {
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new CliError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  const where = path && path !== '-' ? path : 'stdin';
  if (!text.trim()) throw new CliError(`${where}: empty; expected a catalogue as written by gov-disclosure import`);
  let raw: RawCatalogue;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CliError(`${where}: not JSON; expected a catalogue as written by gov-disclosure import`);
  }
  try {
    return validate(Catalogue, {
      ...raw,
      items: (raw.items ?? []).map(normaliseItem),
      ...(raw.policies ? { policies: raw.policies.map(normalisePolicy) } : {}),
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new CliError(
        `${where}: not a valid catalogue:\n${error.issues
          .slice(0, 10)
          .map((i) => `  ${i.path || '(root)'}: expected ${i.expected}`)
          .join('\n')}`,
      );
    }
    throw error;
  }
}

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

async function runBuild(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'chunk-size': { type: 'string', default: '500' },
      matrix: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (io.stdout(HELP.build), 0);
  if (!values.out) throw new CliError('build: say where to write the bundle with --out <dir>');
  const chunkSize = Number(values['chunk-size']);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new CliError('build: --chunk-size must be a whole number ≥ 1');
  const started = performance.now();
  const catalogue = await readCatalogueJson(positionals[0], io);
  const bar = progress('Building', 2);
  const matrix = await Promise.all((values.matrix ?? []).map((file) => readCatalogueJson(file, io)));
  const bundle = buildBundle(catalogue, { chunkSize, matrix });
  bar.tick();
  const result = await writeBundle(bundle, values.out);
  bar.tick();
  bar.stop();
  io.stderr(
    `Wrote ${values.out}: ${bundle.files.size} files, ${(result.bytes / 1e6).toFixed(1)} MB (${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed) in ${((performance.now() - started) / 1000).toFixed(1)} s. Serve ${values.out}/manifest.json as the column's src.`,
  );
  return 0;
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
        throw new CliError(`unknown command "${command}": use import, lint or build (see gov-disclosure --help)`);
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
