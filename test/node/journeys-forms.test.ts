/**
 * Journeys 9 (Ask for information) and 10 (Lose the network) of ../shared/journeys.md, on the demo's
 * forms page (/examples/forms/): real taps and keys in three engines (Chromium, Firefox, WebKit; see
 * test/support/engines.ts) and two sizes, a phone (390×844, touch, 关怀模式, the largest font) and a
 * desktop (1280×900). Each ends with the layout checked (no horizontal scroll, 60×60 px targets in
 * 关怀模式, no English, axe clean) and a screenshot, test/screenshots/journeys/<nn>-<name>-<engine>-<size>.png.
 *
 * The browser reaches the demo server through a cable (test/support/cable.ts) that the tests cut and
 * mend: to the page, a cut network is what it is in every engine, requests that fail.
 *
 * `GOV_ENGINES=chromium` runs one engine.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { addWorkingDays, chinaDay } from '@gov-disclosure/sdk';
import { DEMO_CALENDAR } from '../../packages/demo/src/calendar.js';
import { cable, type Cable } from '../support/cable.js';
import { SHOTS } from '../support/demo-browser.js';
import { deep, enginesToRun, type EngineName, type Tab } from '../support/engines.js';
import { assertChinese, assertFits, assertTargets, finish, SIZES, texts, useDemoServer, useEngine, type Size } from '../support/journey.js';
import { VALID_ID } from '../support/submissions.js';

const REQUEST = 'gov-disclosure-request';
const STATUS = 'gov-request-status';
const MESSAGE = 'gov-feedback[kind="message"]';
const FORMS = 'gov-feedback, gov-disclosure-request, gov-request-status';
/** The demo server's staff token (README), unless the environment sets one. */
const STAFF_TOKEN = process.env.GOV_DISCLOSURE_STAFF_TOKEN ?? 'demo-staff-token';

let net: Cable;
const demo = useDemoServer({
  started: async (server) => (net = await cable(server.base)),
  stopping: async () => net?.close(),
});

/** Opens the forms page afresh: without what another journey sent from this browser's profile. */
async function openForms(tab: Tab, size: Size): Promise<void> {
  await tab.goto(`${net.base}/examples/forms/`);
  await tab.evaluate('(localStorage.clear(), true)');
  await tab.reload();
  await tab.waitFor(`${deep(`${REQUEST} >>> form`)}.length === 1 && ${deep(`${STATUS} >>> form`)}.length === 1 && ${deep(`${MESSAGE} >>> form`)}.length === 1`);
  if (size.elderly) await careMode(tab);
}

/** 关怀模式 with the largest font (×1.2, the column's 大): the forms page has no switch of its own, so the site sets them on its forms. */
async function careMode(tab: Tab): Promise<void> {
  await tab.evaluate(
    `(document.querySelectorAll('${FORMS}').forEach((el) => { el.setAttribute('mode', 'elderly'); el.style.setProperty('--gov-font-scale', '1.2'); }), true)`,
  );
  await tab.waitFor(`[...document.querySelectorAll('${FORMS}')].every((el) => getComputedStyle(el.shadowRoot.querySelector('.base')).fontSize === '24px')`);
}

/** Taps a field and types into it as a person does, replacing what it held. */
async function fill(tab: Tab, selector: string, text: string): Promise<void> {
  await tab.tap(selector);
  await tab.evaluate(`(${deep(selector)}[0].select(), true)`);
  await tab.type(text);
  await tab.waitFor(`${deep(selector)}[0].value === ${JSON.stringify(text)}`);
}

const value = (tab: Tab, selector: string) => tab.evaluate<string>(`${deep(selector)}[0].value`);

/** A definition list as the page shows it: each <dt>'s text → its <dd>'s, without the notes under it. */
const definitions = (tab: Tab, selector: string) =>
  tab.evaluate<Record<string, string>>(
    `Object.fromEntries(${deep(`${selector} dt`)}.map((dt) => { const dd = dt.nextElementSibling.cloneNode(true); dd.querySelectorAll('.muted').forEach((note) => note.remove()); return [dt.textContent.trim(), dd.textContent.trim()]; }))`,
  );

/** The controls a person taps in the forms, as 关怀模式 asks of them: 60×60 px. */
const controls = (host: string) =>
  ['button', 'input:not([type="radio"]):not([type="checkbox"]):not([tabindex="-1"])', 'select', 'textarea', 'label.option', '.error-summary a']
    .map((css) => `${host} >>> ${css}`)
    .join(', ');

/** The staff export of feedback, as rows of cells (the demo's cells hold no commas). */
async function staffFeedback(): Promise<string[][]> {
  const response = await fetch(`${demo.base}/api/staff/feedback.csv`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
  assert.equal(response.status, 200);
  return (await response.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));
}

let sent = 0;

const engines: EngineName[] = enginesToRun();

for (const name of engines) {
  describe(`journeys with forms in ${name}`, () => {
    const engine = useEngine(name);

    for (const size of SIZES) {
      describe(`on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}`, () => {
        test('9. Ask for information', async () => {
          const tab = await engine.open(size.viewport);
          try {
            await openForms(tab, size);
            const R = (css: string) => `${REQUEST} >>> ${css}`;
            // A citizen's application, with a 身份证 number one digit wrong (its check digit does not match).
            await fill(tab, R('#name'), '张三');
            await fill(tab, R('#idNumber'), '110105194912310021');
            await fill(tab, R('#phone'), '13800138000');
            await fill(tab, R('#email'), 'zhangsan@example.com');
            await fill(tab, R('#title'), '2025年星沙街道最低生活保障资金发放明细');
            await tab.tap(R('#form input[value="electronic"]'));
            await tab.tap(R('#channel input[value="email"]'));
            await tab.tap(R('button[type="submit"]'));
            // It says what is wrong, at the field and in the summary, and keeps what was typed.
            const wrongId = '身份证号码有误，请核对（共 18 位，最后一位是校验码）';
            await tab.waitFor(`${deep(R('#idNumber-error'))}[0]?.textContent.trim() === ${JSON.stringify(wrongId)}`);
            assert.deepEqual(await texts(tab, R('.error-summary li')), [wrongId]);
            assert.equal(await value(tab, R('#idNumber')), '110105194912310021');
            assert.equal(await value(tab, R('#title')), '2025年星沙街道最低生活保障资金发放明细');
            if (size.elderly) await assertTargets(tab, controls(REQUEST));
            await assertFits(tab);
            await assertChinese(tab, FORMS, { codes: true });
            await tab.evaluate(`(${deep(R('#idNumber'))}[0].parentElement.scrollIntoView({ block: 'center' }), true)`);
            await tab.screenshot(join(SHOTS, 'journeys', `09-request-error-${tab.engine}-${size.name}.png`));

            // Corrected, it gives a receipt with the 查询码 and the deadline: 20 working days from today (China time), on the demo's calendar of holidays.
            await fill(tab, R('#idNumber'), VALID_ID);
            await tab.tap(R('button[type="submit"]'));
            await tab.waitFor(`${deep(R('[part="receipt"] .code'))}.length === 1`, 30_000).catch(async (error) => {
              throw new Error(
                `${error.message}\n${await tab.evaluate<string>(`document.querySelector('${REQUEST}').shadowRoot.textContent.replace(/\\s+/g, ' ').slice(0, 400)`)}`,
              );
            });
            const receipt = await definitions(tab, R('[part="receipt"]'));
            const today = chinaDay();
            assert.match(receipt['查询码']!, /^430121-\d{8}-[0-9A-Z]{10}$/);
            assert.equal(receipt['收到申请日期'], today);
            assert.equal(receipt['答复期限'], addWorkingDays(today, 20, DEMO_CALENDAR));
            assert.ok((await texts(tab, R('[part="receipt"]')))[0]!.includes('20 个工作日'));

            // The status lookup on the same page: 已登记, and the same deadline.
            await fill(tab, `${STATUS} >>> #code`, receipt['查询码']!);
            await tab.press('Enter');
            await tab.waitFor(`${deep(`${STATUS} >>> .current`)}[0]?.textContent.trim() === '已登记'`, 30_000);
            const status = await definitions(tab, `${STATUS} >>> dl`);
            assert.equal(status['查询码'], receipt['查询码']);
            assert.equal(status['答复期限'], receipt['答复期限']);
            assert.deepEqual(await texts(tab, `${STATUS} >>> .timeline .state-name`), ['已登记']);

            if (size.elderly) await assertTargets(tab, `${controls(STATUS)}, ${REQUEST} >>> button`);
            await assertChinese(tab, FORMS, { codes: true });
            // The screenshot: the status (and on a desktop, the receipt above it).
            await tab.evaluate(`(${deep(`${STATUS} >>> .timeline`)}[0].scrollIntoView({ block: 'end' }), true)`);
            await finish(tab, '09-request', size);
          } finally {
            await tab.close();
          }
        });

        test('10. Lose the network', async () => {
          const tab = await engine.open(size.viewport);
          try {
            await openForms(tab, size);
            const M = (css: string) => `${MESSAGE} >>> ${css}`;
            const comment = `请问申请最低生活保障需要带哪些材料？（第${Date.now() % 100_000}${++sent}条）`;
            await tab.tap(M('#topic input[value="enquiry"]'));
            await fill(tab, M('#comment'), comment);
            if (size.elderly) await assertTargets(tab, controls(MESSAGE));

            // Offline, the message is sent: it says it is kept and goes when the network is back.
            await net.cut();
            try {
              await tab.tap(M('button[type="submit"]'));
              const saved = `${deep(M('[part="status"]'))}[0]?.textContent.includes('已保存，联网后自动发送')`;
              // A press within the form's first seconds is questioned once (您提交得太快了): a person presses again.
              await tab.waitFor(`${saved} || ${deep(M('.error-summary'))}.length === 1`);
              if (!(await tab.evaluate<boolean>(saved))) await tab.tap(M('button[type="submit"]'));
              await tab.waitFor(saved);
              assert.ok((await texts(tab, M('[part="status"]')))[0]!.includes('您可以关闭本页，下次打开时将继续发送'));
              assert.deepEqual(
                (await staffFeedback()).filter((row) => row.includes(comment)),
                [],
                'nothing reached the server',
              );
              await assertChinese(tab, FORMS, { codes: true });
              await tab.evaluate(`(${deep(MESSAGE)}[0].scrollIntoView({ block: 'start' }), true)`);
              await tab.screenshot(join(SHOTS, 'journeys', `10-offline-saved-${tab.engine}-${size.name}.png`));
            } finally {
              await net.mend();
            }

            // Back online, as the browser tells the page when its connection returns: it is sent, once.
            await tab.evaluate(`(dispatchEvent(new Event('online')), true)`);
            await tab.waitFor(`${deep(M('[part="status"]'))}[0]?.textContent.includes('感谢您的反馈')`, 30_000);
            const shown = /编号：(\S+)/.exec((await texts(tab, M('[part="status"]')))[0]!)?.[1];
            assert.match(shown ?? '', /^FB\d{8}[0-9A-Z]{8}$/);
            // The staff export holds it once, under the number shown.
            const rows = (await staffFeedback()).filter((row) => row.includes(comment));
            assert.equal(rows.length, 1, `sent once: ${JSON.stringify(rows)}`);
            assert.equal(rows[0]![0], shown);
            // Reloaded, the page still says it was sent, with the same number, and sends nothing more.
            await tab.reload();
            await tab.waitFor(`${deep(M('[part="status"]'))}[0]?.textContent.includes(${JSON.stringify(`编号：${shown}`)})`);
            if (size.elderly) await careMode(tab);
            assert.equal((await staffFeedback()).filter((row) => row.includes(comment)).length, 1);

            if (size.elderly) await assertTargets(tab, `${MESSAGE} >>> button`);
            await assertChinese(tab, FORMS, { codes: true });
            await tab.evaluate(`(${deep(MESSAGE)}[0].scrollIntoView({ block: 'start' }), true)`);
            await finish(tab, '10-offline', size);
          } finally {
            await tab.close();
          }
        });
      });
    }
  });
}
