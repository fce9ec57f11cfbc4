/**
 * What <gov-disclosure-column> puts on screen, on a desktop (the tree beside the item, held in view)
 * and on a phone (an area's drill-down from a tile; what a shared link or a tap leads to, on
 * screen and focused).
 */
import { expect } from '@open-wc/testing';
import { $, $$, atWidth, until } from '../../../../../test/support/elements.js';
import { clearColumnState, column, inner, treeRows } from '../../../../../test/support/disclosure-column.js';
import './gov-disclosure-column.js';
import type { GovCatalogueTree } from '../catalogue-tree/catalogue-tree.js';
import type { GovItemView } from '../item-view/item-view.js';

describe('<gov-disclosure-column>', () => {
  beforeEach(clearColumnState);

  describe('on a desktop', () => {
    atWidth(1280);

    it('the tree stays on screen beside the item while its entries are read, and shades the edge beyond which it holds more', async () => {
      history.replaceState(null, '', `${location.pathname}#gov-item=social-assistance:1.1&gov-entry=social-assistance:1.1~7`);
      const el = await column();
      const view = () => inner<GovItemView>(el, 'gov-item-view');
      await until(() => view()?.shadowRoot?.querySelector('.entry .body p'), 8000, 'the entry');
      const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
      await until(() => treeRows(el).length > 5, 8000, 'the tree');
      // The item view reads through the column's one client, from context: no source of its own, no second client.
      expect(view()!.hasAttribute('src') || view()!.hasAttribute('api')).to.equal(false);
      expect(view()!.client).to.equal(tree.client);
      // A page long enough to scroll the column's top well away.
      const below = document.createElement('div');
      below.style.height = '3000px';
      el.after(below);
      try {
        // The link opened on the entry; the reader's own scrolling (a wheel) takes over from there.
        await until(() => view()!.shadowRoot!.activeElement?.id === 'entry-title', 5000, 'the entry shown');
        window.dispatchEvent(new Event('wheel'));
        // Read on, past the tree's own top (the entry beside it is longer than the tree).
        expect(view()!.getBoundingClientRect().height).to.be.greaterThan(tree.getBoundingClientRect().height + 150);
        // From where the tree starts (beside the item, whose top is not sticky), 150 px on.
        window.scrollTo(0, view()!.getBoundingClientRect().top + window.scrollY + 150);
        await until(() => tree.getBoundingClientRect().top >= -1 && tree.getBoundingClientRect().top < 5, 3000, 'the tree at the top of the screen');
        expect(tree.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight + 1);
        // Its box holds more rows than it shows: the shades say so.
        const box = tree.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
        expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
        expect(getComputedStyle(box).backgroundImage.match(/radial-gradient/g)?.length).to.equal(2);
        expect(getComputedStyle(box).backgroundAttachment).to.match(/local, local, scroll, scroll/);
      } finally {
        below.remove();
        window.scrollTo(0, 0);
      }
    });
  });

  describe('on a phone', () => {
    atWidth();

    it('an area tile opens that area of the drill-down, on screen from its top, focused, and named in the address; Back and the link return to it', async () => {
      const el = await column();
      await until(() => $$(el, '.areas button').length > 20, 8000, 'the tiles');
      const tile = $$(el, '.areas button').find((b) => b.textContent!.includes('社会救助')) as HTMLButtonElement;
      tile.scrollIntoView({ block: 'center' });
      tile.click();
      const tree = () => inner<GovCatalogueTree>(el, 'gov-catalogue-tree');
      const here = () => tree()?.shadowRoot?.querySelector<HTMLElement>('.drill .here');
      await until(() => here()?.textContent?.trim() === '社会救助' && tree()!.shadowRoot!.activeElement === here(), 8000, 'the area, focused');
      expect(location.hash).to.contain('gov-area=social-assistance');
      // The level's name is on screen, and its first row below it: the list from its start, not from its middle.
      const first = tree()!.shadowRoot!.querySelector('.drill .level')!.getBoundingClientRect();
      expect(here()!.getBoundingClientRect().top).to.be.at.least(0);
      expect(first.bottom).to.be.at.most(window.innerHeight);
      // The link, opened afresh, shows the same level.
      const link = location.href;
      el.remove();
      history.replaceState(null, '', link);
      const again = await column();
      await until(
        () => {
          const t = inner<GovCatalogueTree>(again, 'gov-catalogue-tree');
          return t?.shadowRoot?.querySelector('.drill .here')?.textContent?.trim() === '社会救助';
        },
        8000,
        'the area from the link',
      );
      again.remove();
    });
  });

  describe('on a phone, what a link or a tap leads to is on screen', () => {
    atWidth();
    const onScreen = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return !!r && r.top >= -1 && r.top < window.innerHeight * 0.8;
    };

    it('a shared link to an entry opens on the entry, focused, not on the catalogue above it', async () => {
      history.replaceState(null, '', `${location.pathname}#gov-item=social-assistance:1.1&gov-entry=social-assistance:1.1~7`);
      const el = await column();
      const view = () => inner<GovItemView>(el, 'gov-item-view');
      await until(
        () => {
          const title = view()?.shadowRoot?.querySelector('#entry-title');
          return onScreen(title) && view()!.shadowRoot!.activeElement === title;
        },
        8000,
        'the entry on screen and focused',
      );
    });

    it("我要看 brings the item's 公开信息 up; 搜索 brings the results up", async () => {
      history.replaceState(null, '', `${location.pathname}#gov-item=social-assistance:1.1`);
      const el = await column();
      const view = () => inner<GovItemView>(el, 'gov-item-view');
      await until(() => view()?.shadowRoot?.querySelector('gov-actions')?.shadowRoot?.querySelector('.action'), 8000, 'the actions');
      // The link opened on the item (its name focused); a tap (its pointerdown) takes over from there.
      await until(() => view()!.shadowRoot!.activeElement?.classList.contains('title'), 5000, 'the item shown');
      window.dispatchEvent(new Event('pointerdown'));
      window.scrollTo(0, 0);
      (view()!.shadowRoot!.querySelector('gov-actions')!.shadowRoot!.querySelector('.action') as HTMLButtonElement).click();
      await until(() => onScreen(view()!.shadowRoot!.querySelector('#entries-heading')), 5000, '公开信息 on screen');
      // 搜索: the results start below the screen on a phone; they come up.
      window.scrollTo(0, 0);
      const search = $(el, 'gov-search')!;
      const input = search.shadowRoot!.querySelector('input')!;
      input.value = '低保';
      input.dispatchEvent(new Event('input'));
      // A tap: its pointerdown, then the click.
      window.dispatchEvent(new Event('pointerdown'));
      (search.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await until(() => onScreen(search.shadowRoot!.querySelector('.summary')), 8000, 'the results on screen');
    });
  });
});
