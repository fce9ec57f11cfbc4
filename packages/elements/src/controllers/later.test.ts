import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { LazyViews, untilDrawn } from './later.js';

type View = { styles: ReturnType<typeof css>; render: () => ReturnType<typeof html> };

class LazyHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  fail = true;
  /** One module, as import() gives the same one each time. */
  readonly module: View = { styles: css`.late { color: rgb(1, 2, 3); }`, render: () => html`<p class="late">late</p>` };
  renders = 0;
  readonly views = new LazyViews<{ part: View }>(this, {
    part: async () => {
      if (this.fail) throw new TypeError('Failed to fetch');
      return this.module;
    },
  });
  override render() {
    this.renders++;
    return this.views.loaded.part?.render() ?? html`<p class="early">early</p>`;
  }
}
customElements.define('lazy-views-host', LazyHost);

describe('LazyViews', () => {
  it('adopts a view’s styles beside the element’s own and renders it once it arrives, and tries again after a failure', async () => {
    const host = await fixture<LazyHost>(fixtureHtml`<lazy-views-host></lazy-views-host>`);
    let failed = false;
    await host.views.load('part').catch(() => (failed = true));
    expect(failed, 'the failure reaches the caller').to.equal(true);
    expect(host.views.loaded.part).to.equal(undefined);

    host.fail = false;
    const [a, b] = await Promise.all([host.views.load('part'), host.views.load('part')]);
    expect(a).to.equal(host.module);
    expect(b).to.equal(host.module);
    expect(await untilDrawn(() => !!host.shadowRoot!.querySelector('.late'))).to.equal(true);
    const late = host.shadowRoot!.querySelector('.late')!;
    expect(getComputedStyle(late).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(host).display, 'the element’s own styles stay').to.equal('block');
    const renders = host.renders;
    await host.views.load('part');
    await host.updateComplete;
    expect(host.renders, 'a view already here is not adopted and rendered again').to.equal(renders);
    expect(host.shadowRoot!.adoptedStyleSheets.length, 'its styles once').to.equal(2);
  });
});
