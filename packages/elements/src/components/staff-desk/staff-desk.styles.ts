import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    /* A wide table scrolls inside its frame: it does not widen the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em 1em;
    border-bottom: 2px solid var(--gov-color-primary, #b3261e);
    padding-bottom: 0.5em;
  }
  h1 {
    margin: 0;
    font-size: var(--_font-size-large);
    color: var(--gov-color-primary, #b3261e);
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: var(--_font-size-large);
  }
  h3 {
    margin: 1em 0 0.5em;
    font-size: var(--_font-size);
  }
  .views {
    display: flex;
    gap: 0.5em;
  }
  .views [aria-current='page'] {
    font-weight: 700;
    box-shadow: inset 0 -3px 0 var(--gov-color-primary, #b3261e);
  }
  .user {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--gov-color-focus, #1a5fb4);
    background: var(--gov-color-surface-subtle, #f3f6fa);
  }
  .error {
    margin: 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--gov-color-error, #b3261e);
    color: var(--gov-color-error, #b3261e);
  }
  .login {
    max-width: 24em;
  }
  .register {
    max-width: 36em;
  }
  .queue-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5em 1em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  .filters .field {
    min-width: 10em;
    flex: 1 1 10em;
  }
  .rows {
    height: min(32rem, calc(100vh - 16em));
    min-height: 12rem;
  }
  .row {
    display: grid;
    grid-template-columns: 16em minmax(0, 1fr) 11em 11em;
    gap: 0 1em;
    align-items: center;
    height: calc(var(--_target) * var(--_font-scale) * var(--_row-lines, 1));
    box-sizing: border-box;
    padding: 0 0.75em;
    border-bottom: 1px solid var(--gov-color-border-subtle, #e6e6e6);
    cursor: pointer;
    overflow: hidden;
  }
  .row > span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row.active {
    background: var(--gov-color-surface-subtle, #f3f6fa);
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .due.overdue {
    color: var(--gov-color-error, #b3261e);
    font-weight: 700;
  }
  .due.soon {
    color: #8a4b00;
    font-weight: 600;
  }
  .due.muted,
  .muted {
    color: var(--gov-color-muted, #595959);
  }
  /* Narrower, each row takes three lines: what was sought; the deadline, the state and its 承办人; the code. */
  @media (max-width: 60em) {
    :host {
      --_row-lines: 3;
    }
    .row {
      grid-template-columns: auto minmax(0, 1fr);
      align-content: center;
    }
    .row .subject {
      grid-row: 1;
      grid-column: 1 / -1;
      font-weight: 600;
    }
    .row .due {
      grid-row: 2;
    }
    .row .phase {
      grid-row: 2;
      text-align: right;
    }
    .row .code {
      grid-row: 3;
      grid-column: 1 / -1;
    }
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.3em 1em;
    margin: 0;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .timeline {
    margin: 0;
    padding-left: 1.25em;
  }
  .timeline li {
    margin-bottom: 0.4em;
    overflow-wrap: anywhere;
  }
  .timeline time {
    margin-right: 0.5em;
    color: var(--gov-color-muted, #595959);
  }
  .timeline strong {
    margin-right: 0.5em;
  }
  .actions,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .step-form {
    margin-top: 1em;
    padding: 1em;
    border: 1px solid var(--gov-color-border-subtle, #d0d0d0);
    border-radius: var(--gov-radius, 4px);
    max-width: 40em;
  }
  .step-form h3 {
    margin-top: 0;
  }
  .back {
    margin-bottom: 0.5em;
  }
  .paper {
    max-width: 40em;
    padding: 1.5em 2em;
    border: 1px solid var(--gov-color-border-subtle, #d0d0d0);
    background: #fff;
    line-height: 1.8;
  }
  .paper p {
    margin: 0;
    text-indent: 2em;
    overflow-wrap: anywhere;
  }
  .paper .letter-head {
    text-indent: 0;
    text-align: center;
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .paper .letter-number {
    text-indent: 0;
    text-align: center;
    margin-bottom: 1em;
  }
  .paper .to {
    text-indent: 0;
  }
  .paper .sign {
    text-indent: 0;
    text-align: right;
  }
  .print {
    margin-top: 0.5em;
  }
  /* Printed, the desk is the letter alone: the office's paper. */
  @media print {
    .header,
    .notice,
    .back,
    .deadline,
    #request-title,
    .request > section:not(.letter),
    .letter > h3,
    .print {
      display: none;
    }
    .paper {
      border: 0;
      padding: 0;
      max-width: none;
      font-size: 14pt;
    }
  }
`;
