import { css } from 'lit';

/** The styles of <gov-actions>. */
export const styles = css`
  .base {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    background: transparent;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_target);
    min-width: calc(var(--_target) * 1.6);
    padding: 0 1em;
    border-radius: var(--gov-radius, 4px);
    border: 1px solid var(--gov-color-primary, #b3261e);
    background: var(--gov-color-surface, #fff);
    color: var(--gov-color-primary, #b3261e);
    font-weight: 600;
    text-decoration: none;
  }
  .action.do {
    background: var(--gov-color-primary, #b3261e);
    color: var(--gov-color-on-primary, #fff);
  }
  .no-service {
    font-size: var(--_font-size-small);
    color: var(--gov-color-muted, #595959);
    max-width: 24em;
  }
  @media print {
    .base {
      display: none;
    }
  }
`;
