import { css } from 'lit';

export const styles = css`
  .filters {
    padding: 0.5em 0;
  }
  .buttons {
    display: flex;
    gap: 0.5em;
  }
  .summary {
    margin: 0.25em 0;
    font-size: var(--_font-size-small);
  }
  .tree {
    height: var(--gov-tree-height, var(--_tree-height, 32rem));
  }
  .row {
    padding-inline-start: calc(var(--level, 0) * var(--gov-tree-indent, 1.25em) + 0.5em);
    display: flex;
    align-items: center;
    gap: 0.4em;
    height: var(--_row-height, calc(var(--_target) * var(--_font-scale)));
    padding-inline-end: 0.5em;
    white-space: nowrap;
    overflow: hidden;
    cursor: pointer;
    user-select: none;
    border-inline-start: 4px solid transparent;
  }
  @media (hover: hover) {
    .row:hover {
      background: var(--gov-color-hover, #f2f2f2);
    }
  }
  .row.level-0 {
    font-weight: 600;
  }
  /* Under a filter, the rows that match (not just the path to them) stand out. */
  .row.match .label {
    font-weight: 600;
    text-decoration: underline;
    text-decoration-color: var(--gov-color-highlight-strong, #d4a106);
    text-decoration-thickness: 3px;
    text-underline-offset: 4px;
  }
  .row.selected {
    background: var(--gov-color-selected, #fbe9e7);
    border-inline-start-color: var(--gov-color-primary, #b3261e);
  }
  .toggle {
    display: inline-flex;
    justify-content: center;
    width: 1.25em;
    flex: none;
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .count {
    font-size: var(--_font-size-small);
    font-weight: normal;
    flex: none;
  }
  @media (forced-colors: active) {
    .row.selected {
      border-inline-start-color: Highlight;
    }
  }
`;
