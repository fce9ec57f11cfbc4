/**
 * gov-disclosure build: a bundle the SDK reads, written incrementally, a county merged into a city's
 * search index with --matrix, every command's --help; and the README's import | lint lines run as
 * written. Import and lint alone are in cli-import*.test.ts and cli-lint.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createClient, type Catalogue } from '@gov-disclosure/sdk';
import { fileFetch } from '@gov-disclosure/server';
import { examples, run } from '../support/cli.js';

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gov-disclosure build', { skip: !existsSync(examples) && 'shared/ is not beside this checkout' }, () => {
  test('writes a bundle the SDK reads, incrementally, and every command has --help', async () => {
    const catalogueFile = join(dir, 'catalogue.json');
    assert.equal((await run(['import', examples, '-o', catalogueFile])).code, 0);
    const out = join(dir, 'bundle');
    const first = await run(['build', catalogueFile, '--out', out]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /Wrote .*bundle: \d+ files/);
    const files = await readdir(out, { recursive: true });
    assert.ok(files.some((f) => /^search\/meta\.[0-9a-f]{12}\.json$/.test(String(f))));
    assert.ok(files.some((f) => /^search\/p\/0\.[\w-]{4}\.json$/.test(String(f))));
    const client = createClient({ src: `file://${out}/manifest.json`, fetch: fileFetch });
    const manifest = (await client.column()).jurisdiction;
    assert.equal(manifest.code, '000000');
    const items = await client.items('social-assistance');
    assert.equal(items[0]!.name, '最低生活保障');
    const again = await run(['build', catalogueFile, '--out', out]);
    assert.match(again.err, /1 written, \d+ unchanged, 0 removed/);
    for (const command of ['import', 'lint', 'build']) {
      const help = await run([command, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.out, new RegExp(`gov-disclosure ${command}`));
    }
    assert.match((await run(['build', catalogueFile])).err, /--out <dir>/);
    assert.match((await run(['build', '--help'])).out, /--matrix <catalogue.json>/);
  });

  test("--matrix merges a county into a city's search index: one search, hits named by jurisdiction", async () => {
    const catalogueFile = join(dir, 'catalogue.json');
    assert.equal((await run(['import', examples, '-o', catalogueFile])).code, 0);
    const catalogue = JSON.parse(await readFile(catalogueFile, 'utf8')) as Catalogue;
    const city = join(dir, 'city.json');
    const county = join(dir, 'county.json');
    await writeFile(city, JSON.stringify({ ...catalogue, jurisdiction: { code: '430100', name: '长沙市', level: 'city' } }));
    await writeFile(county, JSON.stringify({ ...catalogue, jurisdiction: { code: '430121', name: '长沙县', level: 'county' } }));
    const out = join(dir, 'city-bundle');
    const built = await run(['build', city, '--matrix', county, '--out', out]);
    assert.equal(built.code, 0, built.err);
    const { search } = await import('@gov-disclosure/sdk/search');
    const results = await search(createClient({ src: `file://${out}/manifest.json`, fetch: fileFetch }), '低保');
    assert.deepEqual(results.facets!.jurisdiction!.map((f) => f.label).sort(), ['长沙县', '长沙市']);
    assert.equal(results.hits[0]!.itemName, '最低生活保障');
    assert.deepEqual(new Set(results.hits.map((h) => h.jurisdiction!.name)), new Set(['长沙市', '长沙县']));
    assert.match((await run(['frobnicate'])).err, /unknown command "frobnicate"/);
  });
});

test(
  "the README's import | lint lines run as written: the partial example passes with --only-areas and fails without, saying why",
  { skip: !existsSync(examples) && 'shared/ is not beside this checkout' },
  async () => {
    const { execFile } = await import('node:child_process');
    const { readFile } = await import('node:fs/promises');
    const { resolve } = await import('node:path');
    const root = resolve(import.meta.dirname, '../..');
    const lines = (await readFile(join(root, 'README.md'), 'utf8')).split('\n').filter((line) => line.startsWith('npx gov-disclosure import ../shared/'));
    assert.equal(lines.length, 2, lines.join('\n'));
    const shell = (command: string) =>
      new Promise<{ code: number; out: string }>((done) =>
        execFile('sh', ['-c', command], { cwd: root }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, out: stdout + stderr })),
      );
    const clean = await shell(lines[0]!);
    assert.equal(clean.code, 0, clean.out);
    assert.match(clean.out, /0 errors, 0 warnings/);
    const failing = await shell(lines[1]!);
    assert.equal(failing.code, 1, failing.out);
    assert.match(failing.out, /24 of the 26 areas have no items\. A county's catalogue covers all 26/);
    assert.match(failing.out, /--only-areas/);
  },
);
