import { css } from 'lit';

export const styles = css`
  .base {
    padding: 0 0 1em;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    padding: 0.75em 0;
    border-bottom: 3px solid var(--gov-color-primary, #b3261e);
  }
  .away {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--gov-color-primary, #b3261e);
    background: var(--gov-color-warning-surface, #fff4ce);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-large);
    color: var(--gov-color-primary, #b3261e);
  }
  .settings {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .font {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    align-items: center;
  }
  .settings button[aria-pressed='true'] {
    background: var(--gov-color-primary, #b3261e);
    border-color: var(--gov-color-primary, #b3261e);
    color: var(--gov-color-on-primary, #fff);
  }
  .lang select {
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0.75em 0;
    border-bottom: 1px solid var(--gov-color-border-subtle, #d0d0d0);
  }
  .tabs [role='tab'] {
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: none;
    font-weight: 600;
    padding: 0 1em;
  }
  /* On a phone, three tabs a row (two rows, not three): the home's latest disclosures come up to the first screen. */
  @media (max-width: 40em) {
    .tabs {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0;
    }
    .tabs [role='tab'] {
      padding: 0 0.25em;
    }
  }
  .tabs [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--gov-color-primary, #b3261e);
    color: var(--gov-color-primary, #b3261e);
  }
  .catalogue {
    display: grid;
    /* minmax(0, …): a wide table or a long word in an entry scrolls or wraps inside its track, it never widens the page. */
    grid-template-columns: minmax(16em, 2fr) minmax(0, 3fr);
    gap: 1em;
    margin-top: 1em;
    align-items: start;
  }
  @media (max-width: 52em) {
    .catalogue {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* Beside the item, the tree stays on screen while the item and its entries are read, and fits the screen's height. */
  @media (min-width: 52.01em) {
    .catalogue > gov-catalogue-tree {
      position: sticky;
      top: 0;
      --_tree-height: clamp(16rem, calc(100vh - 15em), 32rem);
    }
  }
  @media print {
    .header .settings,
    .tabs,
    gov-search,
    gov-catalogue-tree,
    .page-feedback {
      display: none;
    }
    .catalogue {
      display: block;
    }
  }
  .choose {
    margin: 0;
    padding: 1em;
    color: var(--gov-color-muted, #595959);
  }
  .page-feedback {
    margin-top: 1.5em;
    padding-top: 1em;
    border-top: 1px solid var(--gov-color-border, #d9d9d9);
  }
`;
