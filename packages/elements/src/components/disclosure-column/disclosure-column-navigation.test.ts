/**
 * <gov-disclosure-column>'s addresses and jurisdictions: the item and entry in the URL (hash or
 * query), Back and Forward through them, an area and a policy on a page of their own, a county chosen on the map shown in place (互通联动) and
 * Back to the map, and a jurisdiction the matrix does not have.
 */
import { expect } from '@open-wc/testing';
import { $, $$, until } from '../../../../../test/support/elements.js';
import { clearColumnState, column, historyBack, inner, treeRows } from '../../../../../test/support/disclosure-column.js';
import './gov-disclosure-column.js';
import type { GovCatalogueTree } from '../catalogue-tree/catalogue-tree.js';
import type { GovItemView } from '../item-view/item-view.js';

describe('<gov-disclosure-column>', () => {
  beforeEach(clearColumnState);

  it('an area tile of the home opens that area, not the entry read before it (首页 keeps that entry to go back to)', async () => {
    history.replaceState(null, '', `${location.pathname}#gov-item=social-assistance%3A1.1&gov-entry=social-assistance%3A1.1~1`);
    const el = await column();
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot?.querySelector('.entry .meta'), 8000, 'the entry');
    ($(el, '#tab-home') as HTMLElement).click();
    await until(() => $$(el, '.areas button').length > 20, 8000, 'the home');
    ($$(el, '.areas button').find((b) => b.textContent!.includes('义务教育')) as HTMLButtonElement).click();
    await until(() => location.hash.includes('gov-area=compulsory-education'), 3000, 'the area in the address');
    expect(location.hash).to.not.contain('gov-entry').and.not.contain('gov-item');
    await until(() => !inner<GovItemView>(el, 'gov-item-view')?.shadowRoot?.querySelector('.entry .meta'), 5000, 'no entry shown');
  });

  it('puts the chosen item and entry in the URL, and Back and Forward walk through them', async () => {
    const el = await column({ section: 'catalogue' });
    const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
    await until(() => treeRows(el).length > 0, 8000, 'tree');
    await tree.reveal('social-assistance:1.1');
    treeRows(el)
      .find((r) => r.id === 'row-social-assistance:1.1')!
      .click();
    await until(() => location.hash.includes('gov-item=social-assistance%3A1.1'), 3000, 'hash');
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot, 8000, 'the item view');
    const view = inner<GovItemView>(el, 'gov-item-view')!;
    await until(() => view.shadowRoot!.querySelector('.title .name')?.textContent === '办事指南', 8000, 'item');
    await until(() => view.shadowRoot!.querySelectorAll('[role="option"] time').length > 0, 8000, 'entries');
    (view.shadowRoot!.querySelector('[role="option"]') as HTMLElement).click();
    await until(() => location.hash.includes('gov-entry='), 3000, 'entry in hash');
    await until(() => view.shadowRoot!.querySelector('.entry .meta'), 8000, 'entry open');
    await historyBack();
    await until(() => !view.shadowRoot!.querySelector('.entry .meta') && view.shadowRoot!.querySelector('[role="listbox"]'), 5000, 'back to the list');
    expect(location.hash).to.not.contain('gov-entry');
    await historyBack();
    await until(() => $(el, '.choose')?.textContent!.includes('请在目录中选择一个事项'), 5000, 'back to no item');
    history.forward();
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot!.querySelector('.title .name')?.textContent === '办事指南', 5000, 'forward');
  });

  it('an area with no item open lists its 一级 items beside the tree, each a link that opens it', async () => {
    history.replaceState(null, '', `${location.pathname}#gov-area=social-assistance`);
    const el = await column();
    await until(() => $$(el, '.area-items a').length > 0, 8000, 'the area’s items');
    expect($(el, '.area-view h2')!.textContent).to.equal('社会救助');
    expect($(el, '.choose')).to.equal(null);
    const first = $$(el, '.area-items a')[0] as HTMLAnchorElement;
    expect(first.getAttribute('href')).to.match(/#gov-item=social-assistance%3A\d+$/);
    const name = first.textContent;
    first.click();
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot?.querySelector('.title .name')?.textContent === name, 8000, 'the item');
    expect(location.hash).to.not.contain('gov-area');
    await historyBack();
    await until(() => $(el, '.area-view h2'), 5000, 'back to the area');
  });

  it('opens a policy on a page of its own at its own address; 全部政策文件 and Back return to the list, on its link', async () => {
    const el = await column({ section: 'policies' });
    await until(() => $$(el, '.policies a.policy-title').length > 1, 8000, 'the policies');
    const link = $$(el, '.policies a.policy-title')[1] as HTMLAnchorElement;
    const [id, title] = [link.dataset.policy!, link.textContent!];
    expect(link.getAttribute('href')).to.contain(`gov-policy=${id}`);
    link.click();
    await until(() => $(el, '.policy-detail h2')?.textContent === title, 5000, 'the policy');
    expect(location.hash).to.equal(`#gov-policy=${id}`);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.policy-detail h2'));
    expect($(el, '.policy-facts')!.textContent).to.contain('发文机关').and.contain('发布日期');
    expect(($(el, '.policy-detail p a') as HTMLAnchorElement).textContent).to.equal('查看原文');
    ($(el, '.policy-back') as HTMLAnchorElement).click();
    await until(() => el.shadowRoot!.activeElement === $(el, `[data-policy="${id}"]`), 5000, 'the list, on the policy read');
    expect(location.hash).to.equal('#gov-section=policies');
    await historyBack();
    await until(() => $(el, '.policy-detail h2')?.textContent === title, 5000, 'Back to the policy');
    // A link to a policy that is not there says so, over the list.
    history.replaceState(null, '', `${location.pathname}#gov-policy=policy-0`);
    const missing = await column();
    await until(() => $$(missing, '.policies a.policy-title').length > 0, 8000, 'the list');
    expect($(missing, '[role="alert"]')!.textContent).to.contain('没有找到该内容');
  });

  it('opens a deep link to an entry, in query mode too', async () => {
    history.replaceState(null, '', `${location.pathname}?x=1&gov-item=compulsory-education%3A1.1&gov-entry=compulsory-education%3A1.1~1`);
    const el = await column({ urlState: 'query' });
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot, 8000, 'the item view');
    const view = inner<GovItemView>(el, 'gov-item-view')!;
    await until(() => view.shadowRoot!.querySelector('.entry .meta'), 8000, 'entry');
    expect(view.shadowRoot!.querySelector('.title .name')!.textContent).to.equal('招生政策');
    expect(location.search).to.contain('x=1');
    expect(view.shareUrl).to.contain('gov-item=compulsory-education%3A1.1');
    expect(view.shareUrl).to.not.contain('gov-entry');
  });

  it('switches in place to a county chosen on the map (互通联动), and Back returns', async () => {
    const el = await column();
    ($$(el, '[role="tab"]')[3] as HTMLButtonElement).click();
    const map = await (async () => {
      await until(() => $(el, 'gov-disclosure-map')?.shadowRoot?.querySelectorAll('.card.county').length, 8000, 'map');
      return $(el, 'gov-disclosure-map')!;
    })();
    const furong = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.card.county')].find((c) => c.textContent!.includes('芙蓉区'))!;
    furong.click();
    await until(() => $(el, '.title')!.textContent!.startsWith('芙蓉区'), 8000, 'switched');
    expect(el.src).to.match(/430102\/manifest\.json$/);
    expect(location.hash).to.contain('gov-jurisdiction=430102');
    await historyBack();
    // Back on the map, the focus is on the county the visitor had chosen (not on the title far above).
    await until(() => ($(el, 'gov-disclosure-map')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.code === '430102', 8000, 'the county focused');
    await historyBack();
    await until(() => $(el, '.title')!.textContent!.startsWith('长沙县'), 8000, 'back home');
  });

  it("while a county's column is shown in place, says whose it is, names it before an opened item, leads back home, and Back finds the map as it was left", async () => {
    const el = await column();
    ($$(el, '[role="tab"]')[3] as HTMLButtonElement).click();
    await until(() => $(el, 'gov-disclosure-map')?.shadowRoot?.querySelector('[part="views"] button'), 8000, 'map');
    const map = () => $(el, 'gov-disclosure-map')!;
    const listButton = [...map().shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="views"] button')].find((b) => b.textContent!.trim() === '列表')!;
    listButton.click();
    await until(() => map().shadowRoot!.querySelector('.list a'), 5000, 'the list view');
    expect($(el, '.away'), 'no notice at home').to.equal(null);
    [...map().shadowRoot!.querySelectorAll<HTMLAnchorElement>('.list a')].find((a) => a.textContent!.includes('芙蓉区'))!.click();
    await until(() => $(el, '.title')!.textContent!.startsWith('芙蓉区'), 8000, 'switched');
    await until(() => $(el, '.away'), 5000, 'the notice');
    expect($(el, '.away')!.textContent!.replace(/\s+/g, '')).to.equal('当前显示：芙蓉区的专栏返回长沙县专栏');

    // An item opened there names the county before its path.
    // The county's own home first (its latest disclosures, its areas); then its catalogue.
    await until(() => $$(el, '.home .areas li').length === 26, 8000, "the county's home");
    ($$(el, '[role="tab"]')[1] as HTMLButtonElement).click();
    await until(() => inner<GovCatalogueTree>(el, 'gov-catalogue-tree'), 8000, 'the catalogue');
    inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!.dispatchEvent(
      new CustomEvent('gov-select', {
        bubbles: true,
        composed: true,
        detail: { item: { id: 'social-assistance:1.1', area: 'social-assistance', name: '办事指南', level: 2 } },
      }),
    );
    const path = () => {
      const view = inner<GovItemView>(el, 'gov-item-view');
      return view ? $(view, '.title .path')?.textContent : undefined;
    };
    await until(() => path()?.startsWith('芙蓉区 › 社会救助 › '), 8000, 'the county before the path');

    // Back (from the item, the catalogue, the county's home) finds the map in the view the visitor chose.
    await historyBack();
    await historyBack();
    await historyBack();
    await until(() => $(el, '.title')!.textContent!.startsWith('长沙县'), 8000, 'back home');
    await until(() => map()?.shadowRoot?.querySelector('[part="views"] button[aria-pressed="true"]'), 8000, 'the map again');
    expect(map().shadowRoot!.querySelector('[part="views"] button[aria-pressed="true"]')!.textContent!.trim()).to.equal('列表');
    expect($(el, '.away')).to.equal(null);

    // The notice's button leads home too, to its top.
    [...map().shadowRoot!.querySelectorAll<HTMLAnchorElement>('.list a')].find((a) => a.textContent!.includes('芙蓉区'))!.click();
    await until(() => $(el, '.away button'), 8000, 'away again');
    ($(el, '.away button') as HTMLButtonElement).click();
    await until(() => $(el, '.title')!.textContent!.startsWith('长沙县') && !$(el, '.away'), 8000, 'home by the button');
    expect(location.hash).not.to.contain('gov-jurisdiction');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.title'));
  });

  it('says so when the address names a jurisdiction the matrix does not have, and shows its own column', async () => {
    history.replaceState(null, '', `${location.pathname}#gov-jurisdiction=430999`);
    const el = await column();
    await until(() => $(el, '[role="alert"]'), 8000, 'the notice');
    expect($(el, '[role="alert"]')!.textContent).to.contain('没有找到该内容').and.to.contain('430999');
    expect($(el, '.title')!.textContent).to.equal('长沙县基层政务公开标准化规范化专栏');
    ($$(el, '[role="tab"]')[1] as HTMLButtonElement).click();
    await until(() => !$(el, '[role="alert"]'), 3000, 'gone once the visitor moves on');
  });
});
