/**
 * <gov-catalogue-tree>'s filters: by 公开方式 and by text, keeping the path to each match and
 * highlighting it, in the citizen's words as search has them (低保 finds 最低生活保障, 繁體 finds 简体).
 */
import { expect } from '@open-wc/testing';
import { $, $$, until } from '../../../../../test/support/elements.js';
import { rows, tree } from '../../../../../test/support/catalogue-tree.js';
import './gov-catalogue-tree.js';

describe('<gov-catalogue-tree>', () => {
  it('filters by 公开方式 and text, keeping the path to each match, and highlights the text', async () => {
    const el = await tree();
    el.filter = { mode: 'on-request' };
    await until(() => $(el, '[role="status"]')!.textContent!.includes('找到'), 8000, 'filter');
    const matched = Number(/找到 (\d+)/.exec($(el, '[role="status"]')!.textContent!)![1]);
    expect(matched).to.be.greaterThan(10).and.lessThan(400);
    const matching = rows(el).filter((r) => r.classList.contains('match'));
    expect(matching.length).to.be.greaterThan(0);
    expect(matching.every((r) => r.getAttribute('aria-level') !== '1')).to.equal(true);
    el.filter = { text: '办事指南' };
    await el.updateComplete;
    await until(() => $$(el, 'mark').length > 0, 5000, 'marks');
    expect($$(el, 'mark')[0]!.textContent).to.equal('办事指南');
    expect(rows(el)[0]!.getAttribute('aria-level')).to.equal('1');
  });

  it("filters in the citizen's words, as search does: 低保 finds 最低生活保障, 繁體 finds 简体", async () => {
    const el = await tree();
    const matchedNames = () =>
      rows(el)
        .filter((r) => r.classList.contains('match'))
        .map((r) => r.textContent!.trim());
    el.filter = { text: '低保' };
    await until(() => matchedNames().some((n) => n.includes('最低生活保障')), 8000, '低保 → 最低生活保障');
    expect(Number(/找到 (\d+)/.exec($(el, '[role="status"]')!.textContent!)![1])).to.be.greaterThan(0);
    el.filter = { text: '醫療救助' };
    await until(() => matchedNames().some((n) => n.includes('医疗救助')), 8000, '醫療救助 → 医疗救助');
  });
});
