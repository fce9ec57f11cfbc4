#!/usr/bin/env node
/**
 * `gov-disclosure-server`: the reference server in one command.
 *
 *   gov-disclosure-server --bundles ./bundle --db ./data/disclosure.db --origin https://www.example.gov.cn
 *
 * PostgreSQL instead of SQLite: `--pg postgres://user:pass@host/db` (or DATABASE_URL). The staff
 * token comes from GOV_DISCLOSURE_STAFF_TOKEN, never from the command line (it would show in `ps`).
 *
 *   gov-disclosure-server user add <name> --role admin --jurisdiction 430121 [--db … | --pg …]
 *   gov-disclosure-server token add <name> [--label <what for>]
 *   gov-disclosure-server report --year 2026 --jurisdiction 430121 [--format json|html|csv|xlsx] [--out <file>] [--publish --bundles <dir>]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiServer } from './app.js';
import { proofKey } from './proof-seal.js';
import { postgresStorage } from './storage/postgres.js';
import { sqliteStorage } from './storage/sqlite.js';
import type { Storage } from './storage/storage.js';
import { addStaffToken, addStaffUser } from './staff/users.js';
import { reportCommand } from './report-command.js';

const HELP = `gov-disclosure-server — the gov-disclosure API: catalogue reads, feedback, disclosure requests

Options:
  --bundles <dir>       folder of static bundles, <dir>/<行政区划代码>/manifest.json
  --db <file>           SQLite database file (default ./gov-disclosure.db)
  --pg <url>            use PostgreSQL instead (or set DATABASE_URL)
  --port <n>            port (default 8787, or PORT)
  --host <addr>         address to listen on (default 127.0.0.1)
  --origin <url>        a portal origin allowed to call the API from browsers (repeatable; * for any)
  --rate <n>            submissions per minute per IP (default 20; 0 for no limit)
  --calendar <file>     JSON {"holidays": [...], "workdays": [...]} for the legal deadlines
  --trust-proxy         take the client IP from X-Forwarded-For
  --help                this text

Staff (with the same --db or --pg):
  user add <name> --role <registrar|handler|reviewer|admin> --jurisdiction <code> [--display-name <姓名>]
                        adds a user (roles and jurisdictions repeatable; the desk shows the display
                        name); prints their first password
  token add <name> [--label <text>]
                        adds an API token for a user's scripts (Authorization: Bearer …); prints it

The annual report (政府信息公开工作年度报告, 国办公开办函〔2021〕30号), with the same --db or --pg:
  report --year <yyyy> --jurisdiction <code> [--bundles <dir>] [--format json|html|csv|xlsx] [--out <file>]
                        the year's tables from the requests, the bundle's documents and the register of
                        appeals; refused (exit 1) if they do not balance, naming the column
  report … --publish --bundles <dir>
                        writes <dir>/<code>/reports/<year>.html and the list of years (reports/index.html)

Environment: GOV_DISCLOSURE_PROOF_KEY, the AES-256 key ID proofs are encrypted with (32 bytes, base64
or hex: openssl rand -base64 32); GOV_DISCLOSURE_STAFF_TOKEN, a token shared by all staff with every
role (for a demo).`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string', multiple: true },
      jurisdiction: { type: 'string', multiple: true },
      label: { type: 'string' },
      'display-name': { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      publish: { type: 'boolean' },
      bundles: { type: 'string' },
      db: { type: 'string' },
      pg: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      origin: { type: 'string', multiple: true },
      rate: { type: 'string' },
      calendar: { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const pgUrl = values.pg ?? process.env.DATABASE_URL;
  let storage: Storage;
  if (pgUrl) storage = await postgresStorage({ connectionString: pgUrl });
  else {
    const file = resolve(values.db ?? 'gov-disclosure.db');
    mkdirSync(dirname(file), { recursive: true });
    storage = sqliteStorage({ file });
  }
  if (positionals[0] === 'report') {
    try {
      process.exitCode = await reportCommand(storage, { ...values, bundles: values.bundles && resolve(values.bundles) });
    } finally {
      await storage.close();
    }
    return;
  }
  if (positionals.length) {
    try {
      await staffCommand(storage, positionals, values);
    } finally {
      await storage.close();
    }
    return;
  }
  const calendar = values.calendar ? JSON.parse(readFileSync(values.calendar, 'utf8')) : undefined;
  if (!calendar) console.warn('No --calendar: deadlines count Monday to Friday only; pass the State Council holiday list.');
  const rate = values.rate === undefined ? 20 : Number(values.rate);
  const key = proofKey(process.env.GOV_DISCLOSURE_PROOF_KEY);
  if (!key)
    console.warn(
      'No GOV_DISCLOSURE_PROOF_KEY: ID proofs are stored unencrypted. Set it to 32 random bytes (openssl rand -base64 32) and keep it apart from the database.',
    );
  const server = createApiServer({
    storage,
    ...(values.bundles ? { bundles: resolve(values.bundles) } : {}),
    origins: values.origin ?? [],
    rateLimit: rate > 0 ? { perMinute: rate, burst: Math.max(1, Math.ceil(rate / 2)) } : false,
    ...(process.env.GOV_DISCLOSURE_STAFF_TOKEN ? { staffToken: process.env.GOV_DISCLOSURE_STAFF_TOKEN } : {}),
    ...(calendar ? { calendar } : {}),
    trustProxy: !!values['trust-proxy'],
    proofKey: key,
  });
  const port = Number(values.port ?? process.env.PORT ?? 8787);
  const host = values.host ?? '127.0.0.1';
  server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`gov-disclosure-server on http://${host}:${actual} (${storage.kind})`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void storage.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** `user add …` and `token add …`. */
async function staffCommand(
  storage: Storage,
  args: string[],
  values: { role?: string[]; jurisdiction?: string[]; label?: string; 'display-name'?: string },
): Promise<void> {
  const [what, verb, name] = args;
  if (what === 'user' && verb === 'add' && name) {
    const { user, password } = await addStaffUser(storage, {
      name,
      displayName: values['display-name'],
      roles: values.role ?? [],
      jurisdictions: values.jurisdiction ?? [],
    });
    console.log(
      `Added ${user.name}${user.displayName ? ` ${user.displayName}` : ''} (${user.roles.join(', ')}; ${user.jurisdictions.join(', ')}). First password, shown once: ${password}`,
    );
  } else if (what === 'token' && verb === 'add' && name) {
    const { user, token } = await addStaffToken(storage, { name, ...(values.label ? { label: values.label } : {}) });
    console.log(`API token for ${user.name}, shown once (send as Authorization: Bearer …): ${token}`);
  } else throw new Error(`Unknown command: ${args.join(' ')}. Try user add <name> … or token add <name>; --help lists them.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
