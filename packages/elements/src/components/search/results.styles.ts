import { css } from 'lit';

/** `<gov-search>`'s results: the facets and the hits, which wrap on a phone (nothing may overflow). Adopted with the first results. */
export const resultStyles = css`
  .summary {
    margin: 0.75em 0 0.25em;
  }
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
    margin: 0.25em 0 0.5em;
  }
  /* A select is as wide as its longest option (国有土地上房屋征收与补偿（63）): it shrinks to the row instead. */
  .facets label {
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
  }
  .facets select {
    max-width: 100%;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .kinds button[aria-pressed='true'] {
    background: var(--gov-color-primary, #b3261e);
    border-color: var(--gov-color-primary, #b3261e);
    color: #fff;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .hit {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    width: 100%;
    min-height: var(--_target);
    padding: 0.45em 0.5em;
    border: 0;
    border-bottom: 1px solid var(--gov-color-border-subtle, #e0e0e0);
    border-radius: 0;
    background: none;
    text-align: start;
    cursor: pointer;
    font: inherit;
    color: inherit;
  }
  .hit:focus-visible {
    background: var(--gov-color-hover, #f2f2f2);
  }
  @media (hover: hover) {
    .hit:hover {
      background: var(--gov-color-hover, #f2f2f2);
    }
  }
  .kind {
    flex: none;
    font-size: var(--_font-size-small);
    color: var(--gov-color-muted, #595959);
    border: 1px solid currentColor;
    border-radius: 3px;
    padding: 0 0.3em;
    margin-top: 0.15em;
  }
  .body {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .text,
  .snippet,
  .where {
    overflow-wrap: anywhere;
  }
  .text {
    color: var(--gov-color-link, #0b4f9c);
  }
  .where,
  .snippet,
  .updated,
  time {
    font-size: var(--_font-size-small);
    color: var(--gov-color-muted, #595959);
  }
  mark {
    background: var(--gov-color-mark, #fff2a8);
    color: inherit;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin: 0.75em 0;
  }
  .suggest {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0.5em 0;
  }
`;
