/**
 * On a kiosk (a page with `<meta name="gov-disclosure" content="kiosk">`), 我要办 does not open the
 * service platform in a new window, out of reach of the next visitor's 返回首页, and the column's
 * links to other pages (我要办, 我要评, 依申请公开) do not leave the kiosk: each offers a QR code to
 * continue on the citizen's own phone. Loaded the first time one is used there.
 */
import '../../i18n/sections.js';
import { css, html, render } from 'lit';
import { qrPath, qrSvg } from '../../base/qr.js';
import type { LocaleController } from '../../controllers/locale.js';

const styles = css`
  dialog {
    max-width: min(32em, calc(100vw - 2em));
    padding: 1.5em;
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
    font-size: var(--_font-size);
    text-align: center;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog h2 {
    margin: 0 0 0.5em;
    font-size: var(--_font-size-large);
  }
  dialog svg {
    display: block;
    width: min(16em, 70vw);
    margin: 1em auto;
  }
`;

/** Shows the QR code of `url` (the service or page `name`) in a modal dialog, in the shadow root `root`. */
export async function offerQr(root: ShadowRoot, t: LocaleController['t'], url: string, name: string): Promise<void> {
  // Beside the element's own styles (and any it loaded since).
  if (!root.adoptedStyleSheets.includes(styles.styleSheet!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  let dialog = root.querySelector<HTMLDialogElement>('dialog.kiosk-qr');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'kiosk-qr';
    dialog.setAttribute('aria-labelledby', 'kiosk-qr-title');
    root.append(dialog);
  }
  const qr = await qrPath(url);
  render(
    html`<h2 id="kiosk-qr-title">${t('kioskQrTitle')}</h2>
      <p>${name}</p>
      ${qrSvg(qr, t('kioskQrLabel', { name }))}
      <p class="muted">${t('kioskQrHint')}</p>
      <form method="dialog"><button class="action" autofocus>${t('kioskQrClose')}</button></form>`,
    dialog,
  );
  dialog.showModal();
}
