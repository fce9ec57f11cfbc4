/**
 * Journeys 7 and 8 of ../shared/journeys.md, 我要评 as a citizen makes it on the demo (`npm start`), and
 * what the staff then read: in three engines and two sizes, as test/node/journeys.test.ts (see there
 * and test/support/journey.ts). Each ends with a screenshot,
 * test/screenshots/journeys/<nn>-<name>-<engine>-<size>.png, and the layout checked.
 *
 * 7. Rate it: 我要评 on an item → 非常满意 → sent; the staff export names the item and the grade in Chinese.
 * 8. Say a page is out of date: 没用 → 内容过时 on an entry; the stored record names that entry and its item.
 *
 * `GOV_ENGINES=chromium` runs one engine.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { parseCsv } from '../support/api-server.js';
import { SHOTS } from '../support/demo-browser.js';
import { deep, enginesToRun, type Engine, type EngineName, type Tab } from '../support/engines.js';
import {
  arrive,
  assertChinese,
  assertFits,
  assertTargets,
  COLUMN,
  elderly,
  finish,
  SIZES,
  texts,
  useDemoServer,
  useEngine,
  type Size,
} from '../support/journey.js';

const STAFF_TOKEN = process.env.GOV_DISCLOSURE_STAFF_TOKEN ?? 'demo-staff-token';
const ITEM = 'social-assistance:1.1';
const ENTRY = 'social-assistance:1.1~7';
const VIEW = `${COLUMN} >>> gov-item-view`;

const demo = useDemoServer();

/**
 * Opens the column at `path` on a device that has sent nothing from it yet: a form remembers on the
 * device what it sent (and shows its confirmation again), and the journeys of the other size ran in
 * the same browser. On the phone, 关怀模式 and the largest font are then turned on.
 */
async function start(engine: Engine, size: Size, path: string): Promise<Tab> {
  const tab = await engine.open(size.viewport);
  await arrive(tab);
  await tab.evaluate('(localStorage.clear(), true)');
  await arrive(tab, path);
  if (size.elderly) await elderly(tab);
  return tab;
}

/** What a `<gov-feedback>` shows: sent (with its number), questioned as too quick, refused, or nothing yet. */
const state = (form: string) =>
  `(() => { const root = ${deep(form)}[0]?.shadowRoot; if (!root) return ''; const status = root.querySelector('[part="status"]'); if (status?.classList.contains('ok')) return 'sent'; if (status?.classList.contains('error')) return 'refused: ' + status.textContent.trim(); return root.querySelector('.error-summary')?.textContent.includes('太快') ? 'too-fast' : ''; })()`;

/**
 * Presses 提交 as a person does, and again when the form asks whether it was sent too quickly (a
 * first press within its minimum time is questioned once); gives the number the form confirms.
 */
async function send(tab: Tab, form: string): Promise<string> {
  await tab.tap(`${form} >>> button[type="submit"]`);
  await tab.waitFor(state(form));
  if ((await tab.evaluate<string>(state(form))) === 'too-fast') {
    await tab.tap(`${form} >>> button[type="submit"]`);
    await tab.waitFor(`${state(form)} && ${state(form)} !== 'too-fast'`);
  }
  assert.equal(await tab.evaluate<string>(state(form)), 'sent');
  // The confirmation is on screen, the whole of it, where the form was; and it has the focus.
  await tab.waitFor(
    `(() => { const f = ${deep(form)}[0]; const s = f.shadowRoot.querySelector('[part="status"]'); const r = s.getBoundingClientRect(); return f.shadowRoot.activeElement === s && r.top >= -1 && r.bottom <= innerHeight + 1; })()`,
  );
  const status = (await texts(tab, `${form} >>> [part="status"]`))[0]!;
  const number = /编号：(FB[0-9A-Z]+)/.exec(status)?.[1];
  assert.ok(number, status);
  // The confirmation is in Chinese; its number is a code of Latin letters and digits, not English
  // (assertChinese would take its random letters, QFSSCPM say, for a word).
  assert.deepEqual(status.replace(number, '').match(/[A-Za-z]{2,}/g) ?? [], [], status);
  assert.match(status, /感谢您的反馈/);
  return number;
}

/** The staff export (as the README tells staff to fetch it), as records by its headers. */
async function staffExport(): Promise<Map<string, Record<string, string>>> {
  const response = await fetch(`${demo.base}/api/staff/feedback.csv`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
  assert.equal(response.status, 200);
  const [head, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  return new Map(rows.map((cells) => [cells[0]!, Object.fromEntries(head!.map((name, i) => [name, cells[i] ?? '']))]));
}

/** The feedback as the demo server stored it (its SQLite database, read-only). */
function stored(id: string): { kind: string; target: Record<string, string>; useful?: boolean; problems?: string[] } {
  const db = new Database(demo.database, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare<[string], { payload: string }>('SELECT payload FROM feedback WHERE id = ?').get(id);
    assert.ok(row, `no feedback ${id} in the database`);
    return JSON.parse(row.payload);
  } finally {
    db.close();
  }
}

const engines: EngineName[] = enginesToRun();

for (const name of engines) {
  describe(`feedback journeys in ${name}`, () => {
    const engine = useEngine(name);

    for (const size of SIZES) {
      describe(`on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}`, () => {
        test('7. Rate it', async () => {
          const tab = await start(engine, size, `/examples/column/#gov-item=${encodeURIComponent(ITEM)}`);
          await tab.waitFor(`${deep(`${VIEW} >>> .title .name`)}[0]?.textContent === '办事指南'`, 30_000);
          // 我要评, in the item's actions bar.
          const actions = `${VIEW} >>> gov-actions >>> .action`;
          const rate = (await texts(tab, actions)).indexOf('我要评');
          assert.ok(rate >= 0, 'the actions bar offers 我要评');
          await tab.tap(actions, rate);
          const form = `${VIEW} >>> gov-feedback[kind="rating"]`;
          await tab.waitFor(
            `(() => { const f = ${deep(form)}[0]; return !!f && !f.hidden && f.shadowRoot.querySelectorAll('#grade .option').length === 5; })()`,
          );
          assert.deepEqual(await texts(tab, `${form} >>> h2`), ['我要评：办事指南']);
          // 非常满意, the first grade: the person taps its label.
          const grades = await texts(tab, `${form} >>> #grade .option`);
          assert.deepEqual(grades, ['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
          await tab.tap(`${form} >>> #grade .option`, 0);
          await tab.waitFor(`${deep(`${form} >>> #grade input`)}[0].checked`);
          // The form filled in, as the person sees it before sending.
          if (size.elderly) await assertTargets(tab, `${form} >>> .option, ${form} >>> select, ${form} >>> textarea, ${form} >>> button`);
          await assertChinese(tab);
          await assertFits(tab);
          await tab.screenshot(join(SHOTS, 'journeys', `07-rate-form-${tab.engine}-${size.name}.png`));
          const id = await send(tab, form);
          // The staff export names the item and says the grade in Chinese.
          const row = (await staffExport()).get(id);
          assert.ok(row, `${id} in the staff export`);
          assert.deepEqual(
            { 类型名称: row['类型名称'], 事项: row['事项'], 事项名称: row['事项名称'], 评价等级: row['评价等级'], 评价等级名称: row['评价等级名称'] },
            { 类型名称: '评价', 事项: ITEM, 事项名称: '社会救助 › 最低生活保障 › 办事指南', 评价等级: '5', 评价等级名称: '非常满意' },
          );
          await finish(tab, '07-rate', size);
          await tab.close();
        });

        test('8. Say a page is out of date', async () => {
          const tab = await start(engine, size, `/examples/column/#gov-item=${encodeURIComponent(ITEM)}&gov-entry=${encodeURIComponent(ENTRY)}`);
          await tab.waitFor(`${deep(`${VIEW} >>> #entry-title`)}[0]?.textContent.trim().length > 0`, 30_000);
          const title = (await texts(tab, `${VIEW} >>> #entry-title`))[0]!;
          // The page's own question, under the entry: 没用.
          const form = `${COLUMN} >>> gov-feedback[kind="page"]`;
          await tab.waitFor(`${deep(`${form} >>> .useful button`)}.length === 2`);
          assert.deepEqual(await texts(tab, `${form} >>> .useful button`), ['有用', '没用']);
          await tab.tap(`${form} >>> .useful button`, 1);
          await tab.waitFor(`${deep(`${form} >>> #problems .option`)}.length > 0`);
          // 内容过时.
          const problems = await texts(tab, `${form} >>> #problems .option`);
          const outdated = problems.indexOf('内容过时');
          assert.ok(outdated >= 0, problems.join(' | '));
          await tab.tap(`${form} >>> #problems .option`, outdated);
          await tab.waitFor(`${deep(`${form} >>> #problems input`)}[${outdated}].checked`);
          if (size.elderly) await assertTargets(tab, `${form} >>> .option, ${form} >>> textarea, ${form} >>> button`);
          await assertChinese(tab);
          await assertFits(tab);
          await tab.screenshot(join(SHOTS, 'journeys', `08-outdated-form-${tab.engine}-${size.name}.png`));
          const id = await send(tab, form);
          await finish(tab, '08-outdated', size);
          // The stored record names the entry, its item and the address the citizen was at.
          const record = stored(id);
          assert.deepEqual({ kind: record.kind, useful: record.useful, problems: record.problems }, { kind: 'page', useful: false, problems: ['outdated'] });
          assert.match(decodeURIComponent(record.target.pageUrl ?? ''), new RegExp(`/examples/column/#.*gov-entry=${ENTRY.replace(/[.~]/g, '\\$&')}`));
          assert.deepEqual(
            { item: record.target.item, entry: record.target.entry },
            { item: ITEM, entry: ENTRY },
            'the column passes the item and entry open to its page feedback',
          );
          // And the staff export says which, by name.
          const row = (await staffExport()).get(id)!;
          assert.deepEqual(
            { 事项: row['事项'], 事项名称: row['事项名称'], 信息: row['信息'], 信息标题: row['信息标题'], 问题名称: row['问题名称'] },
            { 事项: ITEM, 事项名称: '社会救助 › 最低生活保障 › 办事指南', 信息: ENTRY, 信息标题: title, 问题名称: '内容过时' },
          );
          await tab.close();
        });
      });
    }
  });
}
