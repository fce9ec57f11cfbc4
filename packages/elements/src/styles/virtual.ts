import { css } from 'lit';

/** The scrolling viewport of a virtual list (`VirtualList`): tree rows, entry rows. */
export const virtualStyles = css`
  .viewport {
    position: relative;
    overflow: auto;
    border: 1px solid var(--gov-color-border-subtle, #d0d0d0);
    border-radius: var(--gov-radius, 4px);
    overscroll-behavior: contain;
    /*
     * Scroll shadows: a shade at an edge while rows lie beyond it, so that a box that holds more than
     * it shows says so (overlay scrollbars show nothing until scrolled). The covers scroll with the
     * rows and hide the shade at the start and the end.
     */
    background:
      linear-gradient(var(--gov-color-surface, #fff) 30%, transparent) center top / 100% 2.5em no-repeat local,
      linear-gradient(transparent, var(--gov-color-surface, #fff) 70%) center bottom / 100% 2.5em no-repeat local,
      radial-gradient(farthest-side at 50% 0, rgb(0 0 0 / 0.28), transparent) center top / 100% 1em no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, rgb(0 0 0 / 0.28), transparent) center bottom / 100% 1em no-repeat scroll,
      var(--gov-color-surface, #fff);
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
