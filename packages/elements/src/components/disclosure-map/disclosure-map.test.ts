import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovJurisdictionChangeEvent } from '../../events/index.js';
import { $, $$, demoClient, fixtureSrc, until } from '../../../../../test/support/elements.js';
import './gov-disclosure-map.js';
import type { GovDisclosureMap } from './disclosure-map.js';

async function map(template = html`<gov-disclosure-map .client=${demoClient()}></gov-disclosure-map>`): Promise<GovDisclosureMap> {
  const el = await fixture<GovDisclosureMap>(template);
  await until(() => $$(el, '.card, .list a, .region').length > 0, 5000, 'map');
  return el;
}

describe('<gov-disclosure-map>', () => {
  it('draws the 1+9 matrix as a schematic: the city, nine counties, the current county’s townships', async () => {
    const el = await map();
    expect($(el, '.card.city')!.textContent).to.contain('长沙市');
    expect($$(el, '.card.county')).to.have.length(9);
    const current = $(el, '[aria-current="true"]')!;
    expect(current.textContent).to.contain('长沙县');
    expect($$(el, '.card.township').length).to.equal(17);
    expect($(el, '.sub')!.textContent).to.contain('长沙县下辖乡镇');
    expect(($(el, '.card.county') as HTMLAnchorElement).getAttribute('href')).to.contain('/examples/column/#gov-jurisdiction=');
  });

  it('is one tab stop, walked with the arrow keys', async () => {
    const el = await map();
    const cards = $$(el, '[data-roving]');
    expect(cards.filter((c) => c.tabIndex === 0)).to.have.length(1);
    cards[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(cards[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(cards.at(-1));
    expect(cards.filter((c) => c.tabIndex === 0)).to.deep.equal([cards.at(-1)]);
    await expect(el).to.be.accessible();
  });

  it('switches the column in place when navigate="switch"', async () => {
    const el = await map(html`<gov-disclosure-map .client=${demoClient()} navigate="switch"></gov-disclosure-map>`);
    const chosen = new Promise<GovJurisdictionChangeEvent>((resolve) => el.addEventListener('gov-jurisdiction-change', resolve, { once: true }));
    const before = location.href;
    const furong = $$(el, '.card.county').find((c) => c.textContent!.includes('芙蓉区'))!;
    furong.click();
    const { detail } = await chosen;
    expect(detail.jurisdiction.code).to.equal('430102');
    expect(detail.jurisdiction.data!.src).to.match(/430102\/manifest\.json$/);
    expect(location.href).to.equal(before);
  });

  it('offers a plain list of every column', async () => {
    const el = await map();
    (($$(el, '.views button')[1]) as HTMLButtonElement).click();
    await until(() => $(el, '.list'), 3000, 'list');
    const links = $$(el, '.list a');
    expect(links.length).to.equal(1 + 9 + 17);
    expect(links[0]!.textContent).to.equal('长沙市');
    await expect(el).to.be.accessible();
  });

  it('draws site-supplied boundaries with the 审图号, keyboard-operable', async () => {
    const el = await map(html`<gov-disclosure-map .client=${demoClient()} geojson=${fixtureSrc('counties.geojson')} review-number="湘S(2025)001号" view="geographic"></gov-disclosure-map>`);
    await until(() => $$(el, '.region path').length === 9, 8000, 'regions');
    expect($(el, 'figcaption')!.textContent).to.equal('审图号：湘S(2025)001号');
    expect($(el, '.region.current')!.getAttribute('aria-label')).to.equal('长沙县');
    const regions = $$(el, '[data-roving]');
    regions[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(regions[1]);
  });
});
