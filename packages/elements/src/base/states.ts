import '../i18n/core.js';
import { DisclosureError, HttpError } from '@gov-disclosure/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Loadable } from '../controllers/resource.js';
import type { LocaleController } from '../controllers/locale.js';
import type { MessageKey } from '../i18n/index.js';

const CODES: Record<string, MessageKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  'not-found': 'errorNotFound',
  validation: 'errorValidation',
  http: 'errorHttp',
  'rate-limited': 'errorRateLimited',
  config: 'errorConfig',
};

/** The localised message for an error, by kind. */
export function errorMessage(locale: LocaleController, error: unknown): string {
  if (error instanceof DisclosureError) {
    return locale.t(CODES[error.code] ?? 'errorUnknown', { status: error instanceof HttpError ? error.status : '', message: error.message });
  }
  return locale.t('errorUnknown');
}

/**
 * A localised error with a retry button; `subject` names what failed (a branch of the tree). What
 * is not there is not retried: `back` (a label and an action) offers the way back instead.
 */
export function renderError(locale: LocaleController, error: unknown, retry: () => unknown, subject?: string, back?: [string, () => unknown]): TemplateResult {
  const missing = error instanceof DisclosureError && error.code === 'not-found';
  return html`<div class="state" role="alert" part="error">
    ${subject ? `${subject}：` : ''}${errorMessage(locale, error)}${missing ? (back ? html`<button @click=${back[1]}>${back[0]}</button>` : nothing) : html`<button @click=${retry}>${locale.t('retry')}</button>`}
  </div>`;
}

/**
 * The states an element shows around its data: a skeleton while loading, a localised error with
 * a retry button, or the data (marked stale when a refresh failed and the last good data is shown).
 * `render` is called with the value when there is one.
 */
export function renderResource<T>(
  locale: LocaleController,
  resource: Loadable<T>,
  render: (value: T) => unknown,
  options: { skeletonRows?: number; back?: [string, () => unknown] } = {},
): TemplateResult | typeof nothing {
  if (resource.value !== undefined) {
    return html`${
      resource.stale
        ? html`<div class="stale" role="status" part="stale">${locale.t('stale')} <button @click=${() => resource.run()}>${locale.t('retry')}</button></div>`
        : nothing
    }${render(resource.value)}`;
  }
  if (resource.status === 'error') return renderError(locale, resource.error, () => resource.run(), undefined, options.back);
  if (resource.status === 'loading') {
    return html`<div class="state" role="status" aria-busy="true" part="loading">
      <span class="visually-hidden">${locale.t('loading')}</span>
      ${Array.from({ length: options.skeletonRows ?? 3 }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}
    </div>`;
  }
  return nothing;
}

/** Wraps the matches of `needle` in `<mark>`, as text (never as HTML). */
export function highlight(text: string, needle: string | undefined): unknown {
  if (!needle) return text;
  const parts: unknown[] = [];
  const lower = text.toLowerCase();
  const target = needle.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(target); at !== -1 && target; at = lower.indexOf(target, from)) {
    parts.push(text.slice(from, at), html`<mark>${text.slice(at, at + target.length)}</mark>`);
    from = at + target.length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** A link from data, resolved against where the data came from (`src` may itself be relative). */
export function resolveUrl(url: string, src: string | undefined): string {
  return new URL(url, new URL(src ?? '', location.href)).href;
}
