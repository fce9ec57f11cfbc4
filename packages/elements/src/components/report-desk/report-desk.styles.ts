import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    /* A wide table scrolls inside its frame: it does not widen the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  h3 {
    margin: 1em 0 0.25em;
    font-size: var(--_font-size);
  }
  h4 {
    margin: 1em 0 0.25em;
    font-size: 1em;
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1.5em;
  }
  .toolbar .field {
    min-width: 8em;
  }
  .downloads {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
  }
  a {
    color: var(--gov-color-link, #1a5fb4);
    min-height: var(--_target);
    display: inline-flex;
    align-items: center;
  }
  .balance {
    margin: 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--gov-color-success, #1e7b34);
    background: var(--gov-color-surface-subtle, #f3f6fa);
  }
  .balance.error,
  .notice.error {
    border-left-color: var(--gov-color-error, #b3261e);
    color: var(--gov-color-error, #b3261e);
  }
  .balance p,
  .notice p {
    margin: 0;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--gov-color-focus, #1a5fb4);
    background: var(--gov-color-surface-subtle, #f3f6fa);
  }
  .frame {
    overflow-x: auto;
    margin: 0.5em 0;
  }
  .frame:focus-visible {
    outline: 3px solid var(--gov-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
    line-height: 1.4;
  }
  table.wide {
    min-width: 46rem;
  }
  th,
  td {
    border: 1px solid var(--gov-color-border, #8c8c8c);
    padding: 0.3em 0.5em;
  }
  th {
    font-weight: normal;
    text-align: left;
    background: var(--gov-color-surface-subtle, #f3f6fa);
  }
  th[scope='col'],
  th[scope='colgroup'] {
    text-align: center;
  }
  td {
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  /* Said where a table is wider than the screen. */
  .swipe {
    display: none;
    margin: 0;
    color: var(--gov-color-muted, #595959);
  }
  @media (max-width: 46rem) {
    .swipe {
      display: block;
    }
  }
  table.appeals {
    min-width: 36rem;
  }
  table.appeals th,
  table.appeals td {
    white-space: nowrap;
  }
  .fee-line {
    margin: 0.5em 0 0;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
  }
  .report-inputs,
  .appeal-form {
    display: grid;
    gap: 0.25em;
    max-width: 48em;
  }
  .ok {
    color: var(--gov-color-success, #1e7b34);
  }
  .error {
    margin: 0;
    color: var(--gov-color-error, #b3261e);
  }
  .muted {
    color: var(--gov-color-muted, #595959);
  }
  .code {
    font-family: ui-monospace, monospace;
  }
`;
