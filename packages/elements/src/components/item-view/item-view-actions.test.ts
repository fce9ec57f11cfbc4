/**
 * What <gov-item-view> offers to do with an item: 我要办 where there is an online service (and says so
 * where there is none), 我要评 opening the page's <gov-feedback> for it, and a QR code of its
 * share URL that a phone's camera reads back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { GovFeedback } from '../feedback/feedback.js';
import type { GovActionEvent } from '../../events/index.js';
import { $, demoClient, until } from '../../../../../test/support/elements.js';
import { view } from '../../../../../test/support/item-view.js';
import './gov-item-view.js';
import type { GovItemView } from './item-view.js';

/** What a QR code drawn as SVG says, read by jsQR (a test-only decoder) from its pixels on a white canvas. */
async function decodeQr(svg: SVGSVGElement): Promise<string | undefined> {
  const w = window as unknown as { jsQR?: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null };
  if (!w.jsQR) {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/node_modules/jsqr/dist/jsQR.js', onload: resolve, onerror: reject });
      document.head.append(script);
    });
  }
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', '400');
  clone.setAttribute('height', '400');
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: 440, height: 440 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 440, 440);
  context.drawImage(image, 20, 20, 400, 400);
  return w.jsQR!(context.getImageData(0, 0, 440, 440).data, 440, 440)?.data;
}

describe('<gov-item-view>', () => {
  it('offers 我要办 in one click where there is a service, and says so where there is none', async () => {
    const el = await view('social-assistance:1.1');
    const actions = $(el, 'gov-actions')!;
    await until(() => actions.shadowRoot?.querySelector('a.do'), 3000, 'service link');
    const link = actions.shadowRoot!.querySelector<HTMLAnchorElement>('a.do')!;
    expect(link.href).to.match(/^https:\/\/zwfw\.hunan\.gov\.cn\/.+code=430121-MZ-001/);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    el.item = 'compulsory-education:1.1';
    await until(() => $(el, '.title .name')?.textContent === '招生政策', 5000, 'other item');
    const other = $(el, 'gov-actions')!;
    await until(() => other.shadowRoot?.querySelector('[part="no-service"]'), 3000, 'no-service note');
    expect(other.shadowRoot!.querySelector('a.do')).to.equal(null);
    expect(other.shadowRoot!.querySelector('[part="no-service"]')!.textContent).to.contain('暂无在线办理服务');
  });

  it('我要评 opens the <gov-feedback> on the page for the item, after a cancelable gov-action', async () => {
    const feedback = document.createElement('gov-feedback');
    feedback.setAttribute('kind', 'rating');
    feedback.setAttribute('api', `${window.TEST_SERVER}/t/rate-${Date.now()}/ok/api/430121`);
    feedback.hidden = true;
    document.body.append(feedback);
    try {
      const el = await view('social-assistance:1.1');
      const actions = $(el, 'gov-actions')!;
      await until(() => actions.shadowRoot?.querySelectorAll('button').length === 3, 3000, 'buttons');
      const seen = new Promise<GovActionEvent>((resolve) => el.addEventListener('gov-action', resolve, { once: true }));
      actions.shadowRoot!.querySelectorAll('button')[2]!.click();
      expect((await seen).detail.action).to.equal('rate');
      // The form's code loads on first use; then it shows, for this item, with focus in it.
      await until(() => !feedback.hidden && document.activeElement === feedback, 5000, 'the open form');
      expect((feedback as GovFeedback).target.item).to.equal('social-assistance:1.1');
    } finally {
      feedback.remove();
    }
  });

  it('draws a QR code of the share URL', async () => {
    const el = await fixture<GovItemView>(
      html`<gov-item-view .client=${demoClient()} item="social-assistance:1.1" share-url="https://www.example.gov.cn/gkzl/#item=social-assistance:1.1"></gov-item-view>`,
    );
    await until(() => $(el, '.qr svg path'), 5000, 'qr');
    expect($(el, '.qr svg')!.getAttribute('aria-label')).to.contain('扫一扫');
    // A phone's camera reads the address back.
    expect(await decodeQr($(el, '.qr svg')! as unknown as SVGSVGElement)).to.equal('https://www.example.gov.cn/gkzl/#item=social-assistance:1.1');
  });
});
