/**
 * One entry (公开信息) as its page: the tools (back to the list, print), its title, 信息索引 (索引号,
 * 文号, 发布机构, dates, 主题分类, 有效性, 五公开), an empty body for the sanitised HTML the item
 * view puts in, the original's link and the attachments; with its styles. Loaded when an entry is
 * first opened, beside the entry's data: a visitor who reads only lists never ships it.
 */
import { isSafeUrl, type DisclosureEntry } from '@gov-disclosure/sdk';
import { css, html, nothing } from 'lit';
import { fileSize } from '../../base/file-size.js';
import { resolveUrl } from '../../base/states.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';

export interface EntryView {
  entry: DisclosureEntry;
  locale: Pick<LocaleController, 't' | 'data'>;
  /** What relative links are relative to (the bundle). */
  base: string | undefined;
  /** Back to the list. */
  close: () => void;
}

export function renderEntry(v: EntryView) {
  const { entry } = v;
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const data = (text: string | undefined) => v.locale.data(text);
  const meta: [MessageKey, string | undefined][] = [
    ['entryIndexNo', entry.indexNo],
    // A document without a 文号 says so, as the standard's 信息索引 does, rather than leaving the line out.
    ['entryDocNo', entry.docNo || t('entryDocNoNone')],
    ['entryPublisher', data(entry.publisher)],
    ['entryWrittenAt', entry.writtenAt],
    ['entryPublishedAt', entry.publishedAt],
    ['entryTopic', data(entry.topic)],
    ['entryValidity', entry.validity ? t(`validity_${entry.validity}`) : t('validity_valid')],
    ['entryStage', entry.stage ? t(`stage_${entry.stage}`) : undefined],
  ];
  const attachments = (entry.attachments ?? []).filter((a) => isSafeUrl(a.url));
  return html`<article class="entry" part="entry" aria-labelledby="entry-title">
    <div class="entry-tools">
      <button @click=${v.close}>← ${t('entryBack')}</button>
      <button @click=${() => window.print()}>${t('print')}</button>
    </div>
    <h4 id="entry-title" class="entry-heading">${data(entry.title)}</h4>
    ${entry.validity === 'repealed' ? html`<p class="repealed-notice" role="note"><strong>${t('validity_repealed')}</strong> ${t('entryRepealedNotice')}</p>` : nothing}
    <dl class="meta">
      ${meta.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${t(k)}</dt><dd>${v}</dd></div>`)}
    </dl>
    <div class="body" part="body"></div>
    ${entry.url && isSafeUrl(entry.url) ? html`<p><a href=${entry.url} target="_blank" rel="noopener noreferrer">${t('entryOriginal')}</a></p>` : nothing}
    ${
      attachments.length
        ? html`<h5 class="attachments-heading">${t('entryAttachments')}</h5>
          <ul class="attachments">
            ${attachments.map((a) => html`<li><a href=${resolveUrl(a.url, v.base)} download=${a.name} rel="noopener">${data(a.name)}</a>${a.size ? html` <span class="muted">(${fileSize(a.size)})</span>` : nothing}</li>`)}
          </ul>`
        : nothing
    }
  </article>`;
}

/** The entry page's styles, adopted beside the item view's own when this view loads. */
export const styles = css`
  .entry-tools {
    display: flex;
    gap: 0.5em;
  }
  .entry-heading {
    font-size: var(--_font-size-large);
  }
  .repealed-notice {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--gov-color-error, #a1160a);
    background: var(--gov-color-error-surface, #fdecea);
    color: var(--gov-color-error, #a1160a);
  }
  .meta {
    display: grid;
    /* One column where 16em does not fit (a phone in 关怀模式 at the largest font). */
    grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr));
    gap: 0.25em 1em;
    margin: 0.5em 0 1em;
    padding: 0.75em;
    background: var(--gov-color-surface-alt, #f5f5f5);
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .meta dt {
    font-weight: 600;
    flex: none;
  }
  /* A value goes under its name rather than break (索引号 430121-652-03-2026-3909 whole), and breaks only when longer than a line. */
  .meta dd {
    flex: 1 0 auto;
    max-width: 100%;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .body {
    overflow-wrap: anywhere;
  }
  .body table {
    border-collapse: collapse;
    max-width: 100%;
  }
  .body td,
  .body th {
    border: 1px solid var(--gov-color-border-subtle, #d0d0d0);
    padding: 0.25em 0.5em;
  }
  .body img {
    max-width: 100%;
    height: auto;
  }
  /* 附件 as large as the body text around it (an h5 is smaller by default). */
  .attachments-heading {
    font-size: 1em;
  }
  .attachments {
    padding-inline-start: 1.25em;
  }
  .attachments a {
    /* A target as tall as a button (60 px in 关怀模式), on its own line. */
    display: inline-flex;
    align-items: center;
    min-height: calc(var(--_target) * var(--_font-scale));
  }
  @media print {
    .entry-tools {
      display: none;
    }
    .body a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 9pt;
    }
  }
`;
