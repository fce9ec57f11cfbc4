import { css } from 'lit';

export const feedbackStyles = css`
  .base {
    background: transparent;
  }
  .useful .options {
    gap: 0.75em;
  }
  .useful button[aria-pressed='true'] {
    background: var(--gov-color-primary, #b3261e);
    border-color: var(--gov-color-primary, #b3261e);
    color: var(--gov-color-on-primary, #fff);
  }
  .indicators {
    display: grid;
    gap: 0.5em;
  }
  .indicator {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 14em);
    align-items: center;
    gap: 0.75em;
    font-weight: 400;
  }
  .contact {
    display: grid;
    gap: 0.75em;
  }
  .privacy {
    font-size: var(--_font-size-small);
  }
`;
