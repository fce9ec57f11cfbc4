import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { untilDrawn } from '../base/frames.js';
import { LazyViews } from './lazy-views.js';

type View = { styles: ReturnType<typeof css>; render: () => ReturnType<typeof html> };

class LazyHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  calls = 0;
  fail = true;
  readonly views = new LazyViews<{ part: View }>(this, {
    part: async () => {
      this.calls++;
      if (this.fail) throw new TypeError('Failed to fetch');
      return { styles: css`.late { color: rgb(1, 2, 3); }`, render: () => html`<p class="late">late</p>` };
    },
  });
  override render() {
    return this.views.loaded.part?.render() ?? html`<p class="early">early</p>`;
  }
}
customElements.define('lazy-views-host', LazyHost);

describe('LazyViews', () => {
  it('loads a view once, adopts its styles beside the element’s own, renders it, and tries again after a failure', async () => {
    const host = await fixture<LazyHost>(fixtureHtml`<lazy-views-host></lazy-views-host>`);
    let failed = false;
    await host.views.load('part').catch(() => (failed = true));
    expect(failed, 'the failure reaches the caller').to.equal(true);
    expect(host.views.loaded.part).to.equal(undefined);

    host.fail = false;
    const [a, b] = await Promise.all([host.views.load('part'), host.views.load('part')]);
    expect(a).to.equal(b);
    expect(host.calls, 'one failed load, then one for both callers').to.equal(2);
    expect(await untilDrawn(() => !!host.shadowRoot!.querySelector('.late'))).to.equal(true);
    const late = host.shadowRoot!.querySelector('.late')!;
    expect(getComputedStyle(late).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(host).display, 'the element’s own styles stay').to.equal('block');
    await host.views.load('part');
    expect(host.calls).to.equal(2);
  });
});
