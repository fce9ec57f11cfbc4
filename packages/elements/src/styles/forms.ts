import { css } from 'lit';

/** The forms' look: stacked fields, large targets, errors in red with a bar, like GOV.UK's. */
export const formStyles = css`
  form {
    display: grid;
    gap: 1em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group {
    display: grid;
    gap: 1em;
    margin: 0.5em 0 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group > legend {
    font-size: var(--_font-size-large);
    margin-bottom: 0.5em;
  }
  .group > legend + * {
    margin-top: 0;
  }
  .hint {
    margin: 0;
  }
  .field.invalid {
    border-inline-start: 4px solid var(--gov-color-error, #a1160a);
    padding-inline-start: 0.75em;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 400;
    min-height: var(--_target);
  }
  .option input {
    min-width: 1.25em;
    min-height: 1.25em;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--gov-color-primary, #b3261e);
  }
  .choices.inline .options {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5em;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  input[type='file'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    width: 100%;
    max-width: 36em;
    padding: 0.4em 0.6em;
    border: 2px solid var(--gov-color-border-strong, #595959);
    border-radius: var(--gov-radius, 4px);
    background: var(--gov-color-surface, #fff);
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--gov-color-error, #a1160a);
  }
  .hint,
  .counter {
    font-size: var(--_font-size-small);
  }
  .counter.over,
  .error {
    color: var(--gov-color-error, #a1160a);
    font-weight: 600;
  }
  .error-summary {
    border: 3px solid var(--gov-color-error, #a1160a);
    padding: 0.75em 1em;
  }
  .error-summary p {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--gov-color-error, #a1160a);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  .notice {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--gov-color-primary, #b3261e);
    background: var(--gov-color-surface-alt, #f6f6f6);
  }
  .notice.ok {
    border-color: var(--gov-color-success, #0f7b3f);
  }
  .notice.error {
    border-color: var(--gov-color-error, #a1160a);
    background: var(--gov-color-error-surface, #fdecea);
    color: var(--gov-color-text, #1f1f1f);
    font-weight: 400;
  }
  .notice p {
    margin: 0.25em 0;
  }
  .pii {
    border: 2px solid var(--gov-color-warning, #8a5a00);
    background: var(--gov-color-warning-surface, #fff4ce);
    padding: 0.75em 1em;
  }
  .pii pre {
    white-space: pre-wrap;
    font: inherit;
    background: var(--gov-color-surface, #fff);
    padding: 0.5em;
    margin: 0.5em 0;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  h2,
  h3 {
    font-size: var(--_font-size-large);
    margin: 0 0 0.5em;
  }
`;
