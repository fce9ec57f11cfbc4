import { css } from 'lit';

export const styles = css`
  .views {
    display: flex;
    gap: 0.25em;
    margin-bottom: 0.75em;
  }
  .views button[aria-pressed='true'] {
    background: var(--gov-color-primary, #b3261e);
    border-color: var(--gov-color-primary, #b3261e);
    color: var(--gov-color-on-primary, #fff);
  }
  .city {
    display: flex;
    justify-content: center;
    margin-bottom: 0.75em;
  }
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* Two abreast on a phone, even in 关怀模式's largest type and beside a classic scrollbar. */
    grid-template-columns: repeat(auto-fill, minmax(min(6.5em, 100%), 1fr));
    gap: 0.5em;
  }
  .card {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: calc(var(--_target) * 1.5);
    padding: 0.5em 0.6em;
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
    color: var(--gov-color-text, #1f1f1f);
    text-decoration: none;
    background: var(--gov-color-surface, #fff);
  }
  .card.city {
    min-width: 12em;
    text-align: center;
    font-weight: 600;
    border-width: 2px;
  }
  @media (hover: hover) {
    .card:hover {
      background: var(--gov-color-hover, #f2f2f2);
    }
  }
  .card.current {
    border-color: var(--gov-color-primary, #b3261e);
    box-shadow: inset 0 0 0 2px var(--gov-color-primary, #b3261e);
  }
  .card .level {
    font-size: var(--_font-size-small);
    color: var(--gov-color-muted, #595959);
  }
  .sub {
    font-size: inherit;
    margin: 1em 0 0.5em;
  }
  .list a[aria-current='true'] {
    font-weight: 600;
  }
  /* Each place a target of its own: 60 px high in 关怀模式. */
  .list a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    min-width: var(--_target);
  }
  .geo {
    margin: 0;
  }
  .geo .frame {
    position: relative;
    max-width: 600px;
    container-type: inline-size;
  }
  .geo svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .region path {
    fill: var(--gov-color-map-fill, #f3ddd9);
    stroke: #fff;
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .region:focus path {
    fill: var(--gov-color-map-hover, #e8a79e);
  }
  @media (hover: hover) {
    .region:hover path {
      fill: var(--gov-color-map-hover, #e8a79e);
    }
  }
  /* The current one keeps its colour (its name is white on it). */
  .region.current path {
    fill: var(--gov-color-primary, #b3261e);
  }
  .region:focus {
    outline: none;
  }
  .region:focus path {
    stroke: var(--gov-color-focus, #1a5fb4);
    stroke-width: 3;
  }
  .labels span {
    position: absolute;
    transform: translate(-50%, -50%);
    font-size: var(--_font-size-small);
    /* On a phone's narrow map, no larger than its counties. */
    font-size: min(var(--_font-size-small), 5cqi);
    line-height: 1.2;
    white-space: nowrap;
    pointer-events: none;
    color: var(--gov-color-text, #1f1f1f);
  }
  .labels span.current {
    color: var(--gov-color-on-primary, #fff);
  }
  .geo figcaption {
    margin-top: 0.5em;
  }
  figcaption {
    font-size: var(--_font-size-small);
    color: var(--gov-color-muted, #595959);
  }
`;
