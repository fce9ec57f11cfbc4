import { css } from 'lit';

export const styles = css`
  @media print {
    .print-item {
      display: none;
    }
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .title,
  .entry-heading {
    /* Opened from a search result or a link: not flush against the window's edge. */
    scroll-margin-top: 0.75em;
  }
  .title {
    margin: 0.25em 0;
    font-size: var(--_font-size-large);
    color: var(--gov-color-heading, #1f1f1f);
  }
  h3,
  h4,
  h5 {
    margin: 1em 0 0.5em;
  }
  .elements {
    width: 100%;
    border-collapse: collapse;
    margin: 0.5em 0;
    font-size: inherit;
  }
  .elements th,
  .elements td {
    border: 1px solid var(--gov-color-border-subtle, #d0d0d0);
    padding: 0.4em 0.6em;
    vertical-align: top;
    text-align: start;
  }
  .elements th {
    width: 9em;
    background: var(--gov-color-surface-alt, #f5f5f5);
    font-weight: 600;
  }
  /* On a narrow screen each element's name sits above its content (a definition list), not beside it. */
  @media (max-width: 32em) {
    .elements > *,
    .elements tr,
    .elements th,
    .elements td {
      display: block;
      width: auto;
    }
  }
  .marks {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .toolbar {
    margin-bottom: 0.5em;
  }
  /* A box no taller than its rows (plus its border): a short list is read on the page, not scrolled inside a box. */
  .entries {
    --_rows-height: calc(var(--_rows, 1) * var(--_target) * var(--_font-scale) * var(--_row-lines, 1) + 2px);
    height: min(var(--gov-entries-height, 28rem), var(--_rows-height));
  }
  .entries.short {
    height: var(--_rows-height);
  }
  /* What ● and 〇 mean, under the list of 公开内容. */
  .elements .legend {
    margin: 0.25em 0 0;
    font-size: var(--_font-size-small);
  }
  /* On a phone the list box is nearly the screen's height, so that it shows more than a few entries. */
  @media (max-width: 40em) {
    .entries {
      height: min(var(--gov-entries-height, max(20rem, calc(100vh - 7em))), var(--_rows-height));
    }
    .entries.short {
      height: var(--_rows-height);
    }
    /* A QR code to open the item on a phone, on the phone itself, helps no one. */
    figure.qr {
      display: none;
    }
  }
  .entry-row {
    display: flex;
    gap: 1em;
    align-items: center;
    height: calc(var(--_target) * var(--_font-scale) * var(--_row-lines, 1));
    padding: 0 0.75em;
    border-bottom: 1px solid var(--gov-color-border-subtle, #e6e6e6);
    white-space: nowrap;
    overflow: hidden;
    cursor: pointer;
  }
  @media (hover: hover) {
    .entry-row:hover {
      background: var(--gov-color-hover, #f2f2f2);
    }
  }
  .entry-row time {
    flex: none;
    color: var(--gov-color-muted, #595959);
    font-variant-numeric: tabular-nums;
  }
  /* A title longer than its row wraps to a second line (two fit a row at 1.25), not cut to one. */
  .entry-title {
    overflow: hidden;
    white-space: normal;
    line-height: 1.25;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  /* On a phone a title is not cut to one line: rows are twice as tall, the title wraps over up to three lines, the date below it. */
  @media (max-width: 32em) {
    :host {
      --_row-lines: 2;
    }
    .entry-row {
      flex-wrap: wrap;
      align-content: center;
      gap: 0 0.75em;
      white-space: normal;
      line-height: 1.35;
    }
    .entry-title {
      order: -1;
      flex-basis: 100%;
      line-height: inherit;
      -webkit-line-clamp: 3;
    }
    .entry-row time,
    .badge {
      font-size: var(--_font-size-small);
    }
  }
  .entry-row.repealed .entry-title {
    text-decoration: line-through;
  }
  .entry-row .skeleton {
    flex: 1;
    margin: 0;
  }
  .badge {
    flex: none;
    font-size: var(--_font-size-small);
    padding: 0 0.4em;
    border: 1px solid var(--gov-color-error, #a1160a);
    color: var(--gov-color-error, #a1160a);
    border-radius: 3px;
  }
  .qr {
    display: flex;
    align-items: center;
    gap: 1em;
    margin: 1em 0 0;
  }
  .qr svg {
    width: 7.5em;
    height: 7.5em;
    flex: none;
  }
  .qr figcaption {
    font-size: var(--_font-size-small);
    color: var(--gov-color-muted, #595959);
  }

  @media print {
    .toolbar,
    .entries {
      display: none;
    }
    .base {
      color: #000;
      font-size: 12pt;
    }
    .elements th {
      background: none;
    }
    .qr {
      break-inside: avoid;
    }
  }
`;
