import { css } from 'lit';

/** The styles of <gov-request-status>. */
export const styles = css`
  .lookup {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .lookup .field {
    flex: 0 1 24em;
  }
  .timeline {
    list-style: none;
    margin: 1em 0 0;
    padding: 0;
    border-inline-start: 3px solid var(--gov-color-border, #d9d9d9);
  }
  .timeline li {
    position: relative;
    padding: 0 0 1em 1.25em;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.5em - 1.5px);
    top: 0.45em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    background: var(--gov-color-primary, #b3261e);
  }
  .timeline .state-name {
    font-weight: 700;
  }
  .timeline time {
    margin-inline-start: 0.75em;
    color: var(--gov-color-muted, #595959);
  }
  .timeline p {
    margin: 0.25em 0 0;
  }
  .current {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
`;
