import { css } from 'lit';

/** The scrolling viewport of a virtual list (`VirtualList`): tree rows, entry rows. */
export const virtualStyles = css`
  .viewport {
    position: relative;
    overflow: auto;
    border: 1px solid var(--gov-color-border-subtle, #d0d0d0);
    border-radius: var(--gov-radius, 4px);
    overscroll-behavior: contain;
  }
  .viewport:focus {
    outline: none;
  }
  /*
   * Focus stays on the viewport (aria-activedescendant): the active row shows it, however the
   * focus came (a tap, then Back on a phone, gives no :focus-visible, and the row must still show).
   */
  .viewport:focus .active {
    outline: 3px solid var(--gov-color-focus, #1a5fb4);
    outline-offset: -3px;
  }
  .spacer {
    position: relative;
  }
  .window {
    position: absolute;
    inset: 0 0 auto 0;
  }
`;
