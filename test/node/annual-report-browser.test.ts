/**
 * The demo's 年报 (issue 15): on the column's 专栏导航, 政府信息公开工作年度报告 opens the list of the
 * years the server published, and the year opens its report — the template's tables with the
 * figures the API computes — readable on a phone without scrolling the page sideways, axe-clean.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chinaDay } from '@gov-disclosure/sdk';
import type { AnnualReport } from '@gov-disclosure/sdk/report';
import { axe, DESKTOP, open, PHONE, shot, startDemo, waitIn, type Demo } from '../support/demo-browser.js';

let demo: Demo;
const YEAR = Number(chinaDay().slice(0, 4));

before(async () => {
  demo = await startDemo({ desk: 'year' });
  await demo.printed('the 年报: ', 90_000);
});
after(() => demo?.stop());

for (const [size, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`on a ${size}: the column's 年报 link opens the list of years, and this year's report with the API's figures`, async () => {
    const { page, errors } = await open(demo, '/examples/column/', viewport);
    const COLUMN = `document.querySelector('gov-disclosure-column').shadowRoot`;
    await waitIn(page, `[...${COLUMN}?.querySelectorAll('[role="tab"]') ?? []].some((t) => t.textContent.trim() === '专栏导航')`, 20_000);
    await page.evaluate(`[...${COLUMN}.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim() === '专栏导航').click()`);
    await waitIn(page, `[...${COLUMN}.querySelectorAll('.nav a')].some((a) => a.textContent.trim() === '政府信息公开工作年度报告')`);
    await Promise.all([
      page.waitForNavigation(),
      page.evaluate(`[...${COLUMN}.querySelectorAll('.nav a')].find((a) => a.textContent.trim() === '政府信息公开工作年度报告').click()`),
    ]);
    assert.match(page.url(), /\/bundle\/430121\/reports\/index\.html$/);
    assert.equal(await page.title(), '长沙县人民政府政府信息公开工作年度报告');
    const years = (await page.evaluate(`[...document.querySelectorAll('main li a')].map((a) => a.textContent)`)) as string[];
    assert.deepEqual(years, [`长沙县人民政府${YEAR}年政府信息公开工作年度报告`, `长沙县人民政府${YEAR - 1}年政府信息公开工作年度报告`], 'newest first');
    await Promise.all([page.waitForNavigation(), page.click('main li a')]);
    assert.equal(await page.$eval('h1', (h) => h.textContent), `长沙县人民政府${YEAR}年政府信息公开工作年度报告`);

    // The figures are the API's: 一 and 四's 总计 (the last cell of their rows), and 三's 商业企业 under （七）总计.
    const report = (await (
      await fetch(`${demo.base}/api/staff/report?jurisdiction=430121&year=${YEAR}`, { headers: { authorization: 'Bearer demo-staff-token' } })
    ).json()) as AnnualReport;
    /** The figures of the row a header ends with `label`. */
    const row = (label: string) =>
      page.evaluate((label) => {
        const tr = [...document.querySelectorAll('tr')].find((r) => r.querySelector('th:last-of-type')?.textContent === label);
        return [...(tr?.querySelectorAll('td') ?? [])].map((td) => Number(td.textContent));
      }, label);
    assert.deepEqual(await row('一、本年新收政府信息公开申请数量'), report.requests.new);
    assert.deepEqual(await row('（七）总计'), report.requests.total);
    assert.deepEqual(await row('四、结转下年度继续办理'), report.requests['carried-out']);
    assert.ok(report.requests.new![6]! > 0, 'the demo year has requests');
    assert.match((await page.evaluate(`document.body.innerText`)) as string, /收取信息处理费 \d+ 件/);

    assert.ok(((await page.evaluate(`document.documentElement.scrollWidth`)) as number) <= viewport.width, 'the page does not scroll sideways');
    assert.deepEqual(await axe(page), []);
    await shot(page, `annual-report/${YEAR}-${size}`, { screen: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the report prints: the tables whole, no scrolling frame, no hint to swipe', async () => {
  const { page } = await open(demo, `/bundle/430121/reports/${YEAR}.html`, PHONE);
  await page.emulateMediaType('print');
  assert.deepEqual(
    await page.evaluate(`[getComputedStyle(document.querySelector('.frame')).overflowX, getComputedStyle(document.querySelector('.hint')).display]`),
    ['visible', 'none'],
  );
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'a PDF of the report');
  await page.close();
});

/** Signs in on the desk by typing, as staff do (signing out whoever was signed in). */
async function signIn(page: import('puppeteer-core').Page, name: string): Promise<void> {
  await waitIn(page, `!!${DESK}?.querySelector('form.login, .user')`, 15_000);
  // Signed in from a test before (the browser keeps its cookie): sign out first.
  if (await page.evaluate(`!!${DESK}.querySelector('.user')`)) {
    await page.click('gov-staff-desk >>> .user button');
    await waitIn(page, `!!${DESK}.querySelector('form.login')`);
  }
  await page.type('gov-staff-desk >>> input[name="username"]', name);
  await page.type('gov-staff-desk >>> input[name="password"]', 'demo-desk-2026');
  await page.click('gov-staff-desk >>> form.login button[type="submit"]');
  await waitIn(page, `!!${DESK}.querySelector('.views')`, 15_000);
}
const DESK = `document.querySelector('gov-staff-desk').shadowRoot`;
const REPORT = `${DESK}.querySelector('gov-report-desk')?.shadowRoot`;

test('on the desk, a 审核人 opens 年度报告: the year’s tables, balanced; writes 五, registers an appeal, publishes; the page has them', async () => {
  const { page, errors } = await open(demo, '/examples/desk/', DESKTOP);
  await signIn(page, 'zhao');
  await page.click('gov-staff-desk >>> .views button:nth-of-type(2)');
  await waitIn(page, `${REPORT}?.querySelectorAll('table').length >= 3`, 15_000);
  assert.match((await page.evaluate(`${REPORT}.querySelector('.balance').textContent`)) as string, /第三部分表格平衡/);
  const api = async () =>
    (await (
      await fetch(`${demo.base}/api/staff/report?jurisdiction=430121&year=${YEAR}`, { headers: { authorization: 'Bearer demo-staff-token' } })
    ).json()) as AnnualReport;
  const before = await api();
  const cells = (await page.evaluate(
    `[...[...${REPORT}.querySelectorAll('tr')].find((tr) => tr.querySelector('th:last-of-type')?.textContent === '（七）总计').querySelectorAll('td')].map((td) => Number(td.textContent))`,
  )) as number[];
  assert.deepEqual(cells, before.requests.total);

  // 五: written over and saved.
  await page.evaluate(`(() => { const t = ${REPORT}.querySelector('#report-problems'); t.value = ''; t.dispatchEvent(new Event('input')); })()`);
  await page.type('pierce/#report-problems', '一是部分镇（街道）专栏更新不够及时。');
  await page.click('pierce/.report-inputs button[type="submit"]');
  await waitIn(page, `${REPORT}.querySelector('.report-inputs [role="status"]')?.textContent === '已保存。'`);
  // An administrative review, decided: section 四 counts it.
  await page.select('pierce/#appeal-kind', 'review');
  await page.evaluate(`(() => { const d = ${REPORT}.querySelector('#appeal-filedOn'); d.value = '${YEAR}-09-01'; d.dispatchEvent(new Event('input')); })()`);
  await page.select('pierce/#appeal-result', 'other');
  await page.evaluate(`(() => { const d = ${REPORT}.querySelector('#appeal-decidedOn'); d.value = '${YEAR}-10-20'; d.dispatchEvent(new Event('input')); })()`);
  await page.click('pierce/.appeal-form button[type="submit"]');
  await waitIn(page, `${REPORT}.querySelector('.appeal-form [role="status"]')?.textContent === '已登记。'`);
  const after = await api();
  assert.equal(after.appeals.review[2], before.appeals.review[2]! + 1, '其他结果 counted');
  assert.deepEqual(await axe(page), []);
  await shot(page, `annual-report/desk-desktop`);

  // This year is not over: publishing it is asked twice.
  await page.click('pierce/.publish');
  await waitIn(page, `!!${REPORT}.querySelector('.confirm')`);
  await page.click('pierce/.confirm button.primary');
  await waitIn(page, `${REPORT}.querySelector('.notice')?.textContent.includes('已发布：${YEAR} 年报告')`);
  const published = await (await fetch(`${demo.base}/bundle/430121/reports/${YEAR}.html`)).text();
  assert.match(published, /一是部分镇（街道）专栏更新不够及时。/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone, in 关怀模式, the desk’s report page reads without scrolling sideways; a 承办人 reads it', async () => {
  const { page, errors } = await open(demo, '/examples/desk/', PHONE);
  await page.evaluate(`document.querySelector('gov-staff-desk').setAttribute('mode', 'elderly')`);
  await signIn(page, 'wang');
  await page.click('gov-staff-desk >>> .views button:nth-of-type(2)');
  await waitIn(page, `${REPORT}?.querySelectorAll('table').length >= 3`, 15_000);
  assert.equal(await page.evaluate(`${REPORT}.querySelector('#report-overview').readOnly`), true);
  assert.equal(await page.evaluate(`!!${REPORT}.querySelector('.publish')`), false);
  assert.ok(((await page.evaluate(`document.documentElement.scrollWidth`)) as number) <= 390, 'no sideways scroll');
  assert.deepEqual(await axe(page), []);
  await shot(page, `annual-report/desk-phone`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on the column’s own pages, the 年报 link leads to the list of years from whichever page the visitor moved on to', async () => {
  const { page, errors } = await open(demo, '/bundle/430121/', PHONE);
  const COLUMN = `document.querySelector('gov-disclosure-column')?.shadowRoot`;
  await waitIn(page, `!!${COLUMN}?.querySelector('#tab-policies')`, 20_000);
  // The address moves on (path mode): the links must not follow it.
  await page.evaluate(`${COLUMN}.querySelector('#tab-policies').click()`);
  await waitIn(page, `location.pathname === '/bundle/430121/policies/'`);
  await page.evaluate(`${COLUMN}.querySelector('#tab-nav').click()`);
  await waitIn(page, `location.pathname === '/bundle/430121/nav/' && [...${COLUMN}.querySelectorAll('.nav a')].length === 4`);
  const links = (await page.evaluate(`Object.fromEntries([...${COLUMN}.querySelectorAll('.nav a')].map((a) => [a.textContent.trim(), a.href]))`)) as Record<
    string,
    string
  >;
  assert.equal(links['政府信息公开工作年度报告'], `${demo.base}/bundle/430121/reports/index.html`);
  assert.equal(links['政府信息公开指南'], `${demo.base}/bundle/430121/guide/430121.html`);
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(`[...${COLUMN}.querySelectorAll('.nav a')].find((a) => a.textContent.trim() === '政府信息公开工作年度报告').click()`),
  ]);
  assert.equal(await page.title(), '长沙县人民政府政府信息公开工作年度报告');
  assert.deepEqual(errors, []);
  await page.close();
});
