/**
 * <gov-catalogue-tree> on a phone: a drill-down (area → 一级 → 二级) with its path, a step back and
 * focus that follows, opening at a revealed item, and a filter's matches shown as a tree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { GovSelectEvent } from '../../events/index.js';
import { $, $$, demoClient, atWidth, until } from '../../../../../test/support/elements.js';
import './gov-catalogue-tree.js';
import type { GovCatalogueTree } from './catalogue-tree.js';

describe('<gov-catalogue-tree>', () => {
  describe('on a phone', () => {
    atWidth();

    const levels = (el: GovCatalogueTree) => $$(el, '.drill .level');
    const level = (el: GovCatalogueTree, name: string) => levels(el).find((b) => b.querySelector('.name')!.textContent === name)!;
    const here = (el: GovCatalogueTree) => $(el, '.drill .here')?.textContent?.trim();
    const focused = (el: GovCatalogueTree) => el.shadowRoot!.activeElement as HTMLElement | null;

    it('is a drill-down: area → 一级 → 二级, with the path, a step back and focus that follows', async () => {
      const el = await fixture<GovCatalogueTree>(html`<gov-catalogue-tree mode="elderly"></gov-catalogue-tree>`);
      el.client = demoClient();
      await until(() => levels(el).length === 26, 8000, 'the 26 areas as a list');
      expect($(el, '[role="tree"]'), 'no scroll box').to.equal(null);
      expect(here(el)).to.equal('全部领域');
      expect($(el, '.drill .back')).to.equal(null);
      // Every row is a full-width target of at least 60 px in 关怀模式, and nothing is wider than the phone.
      for (const row of levels(el).slice(0, 5)) expect(row.getBoundingClientRect().height).to.be.at.least(60);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);

      level(el, '社会救助').click();
      await until(() => here(el) === '社会救助' && levels(el).length > 3, 8000, 'the 一级 items of 社会救助');
      expect(focused(el)?.classList.contains('here'), 'focus on the level name').to.equal(true);
      expect($$(el, '.drill .crumb').map((c) => c.textContent)).to.deep.equal(['全部领域']);
      const minimum = level(el, '最低生活保障');
      expect(minimum.querySelector('.next'), '› on a row with children').to.exist;
      minimum.click();
      await until(() => here(el) === '最低生活保障' && levels(el).length > 1, 8000, 'the 二级 items of 最低生活保障');
      expect($$(el, '.drill .crumb').map((c) => c.textContent)).to.deep.equal(['全部领域', '社会救助']);

      const chosen = new Promise<GovSelectEvent>((resolve) => el.addEventListener('gov-select', resolve, { once: true }));
      const leaf = levels(el)[0]!;
      leaf.click();
      const event = await chosen;
      expect(event.detail.item.id).to.equal(leaf.dataset['id']);
      await el.updateComplete;
      expect(levels(el)[0]!.getAttribute('aria-current')).to.equal('true');

      // Back: one level up, focus on the row we came down through.
      $(el, '.drill .back')!.click();
      await until(() => here(el) === '社会救助', 5000, 'back to 社会救助');
      expect(focused(el)?.dataset['id']).to.equal(minimum.dataset['id']);
      // The path: straight to every area.
      $$(el, '.drill .crumb')[0]!.click();
      await until(() => levels(el).length === 26, 5000, 'back to the areas');
      expect(focused(el)?.dataset['id']).to.equal('area:social-assistance');
    });

    it("opens at a revealed item among its siblings, and shows a filter's matches as a tree", async () => {
      const el = await fixture<GovCatalogueTree>(html`<gov-catalogue-tree selected="social-assistance:1.1"></gov-catalogue-tree>`);
      el.client = demoClient();
      await until(() => here(el) === '最低生活保障', 8000, 'the level of the revealed item');
      expect(levels(el).find((b) => b.getAttribute('aria-current') === 'true')?.dataset['id']).to.equal('social-assistance:1.1');
      el.filter = { text: '低保' };
      await until(() => $(el, '[role="tree"]') && $$(el, '.row.match').length > 0, 8000, 'the matches as a tree');
      el.filter = {};
      await until(() => $(el, '.drill'), 5000, 'the drill-down again');
    });
  });
});
