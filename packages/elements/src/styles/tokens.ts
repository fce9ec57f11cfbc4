import { css } from 'lit';

/**
 * Design tokens, as `--gov-*` custom properties with defaults. A site overrides any of them on the
 * element (or an ancestor): `gov-disclosure-column { --gov-color-primary: #00529b; }`.
 *
 * Each element renders one wrapper, `part="base"`, that starts from `all: initial`: a host page's
 * global CSS (`body { font-size: 12px; text-indent: 2em }`, `* { box-sizing: content-box }`, …)
 * reaches the host element but nothing it inherits gets past the wrapper, and page selectors do
 * not cross the shadow root. Only the tokens, meant to be inherited, come through. Sizes are px,
 * not rem, so that a page's `html { font-size }` does not shrink the column either.
 */
export const tokens = css`
  :host {
    display: block;
    --_font-scale: var(--gov-font-scale, 1);
    --_font-size: calc(var(--gov-font-size, 16px) * var(--_font-scale));
    --_font-size-small: calc(var(--gov-font-size-small, 14px) * var(--_font-scale));
    --_font-size-large: calc(var(--gov-font-size-large, 20px) * var(--_font-scale));
    --_line-height: var(--gov-line-height, 1.6);
    --_target: var(--gov-target-size, 44px);
  }

  .base {
    all: initial;
    display: block;
    font-family: var(--gov-font-family, system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--gov-color-text, #1f1f1f);
    background: var(--gov-color-surface, #fff);
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }

  /* 适老化: main text ≥ 18 px, targets ≥ 60 × 60, contrast ≥ 4.5:1 (the colours below are darker). */
  :host([mode='elderly']) {
    --gov-font-size: 20px;
    --gov-font-size-small: 18px;
    --gov-font-size-large: 26px;
    --gov-line-height: 1.7;
    --gov-target-size: 60px;
    --gov-color-text: #000;
    --gov-color-muted: #333;
    --gov-color-primary: #8b0000;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: 3px solid var(--gov-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
  }

  button {
    cursor: pointer;
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
    background: var(--gov-color-surface, #fff);
    padding: 0 0.75em;
  }

  button.primary {
    background: var(--gov-color-primary, #b3261e);
    border-color: var(--gov-color-primary, #b3261e);
    color: var(--gov-color-on-primary, #fff);
  }

  a {
    color: var(--gov-color-link, #0b57d0);
  }

  mark {
    background: var(--gov-color-highlight, #ffe066);
    color: inherit;
    padding: 0;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .muted {
    color: var(--gov-color-muted, #595959);
  }

  @media (forced-colors: active) {
    mark {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/** A bar of labelled filters and search boxes (the tree's filters, an item's entry filter). */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .toolbar label {
    display: flex;
    flex-direction: column;
    font-size: var(--_font-size-small);
  }
  .toolbar .grow {
    flex: 1 1 12em;
    min-width: 0;
  }
  .toolbar input,
  .toolbar select {
    min-width: 0;
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
    padding: 0 0.5em;
    background: var(--gov-color-surface, #fff);
  }
`;

/** The loading, empty and error states every element shows the same way. */
export const stateStyles = css`
  .state {
    padding: 1em;
    color: var(--gov-color-muted, #595959);
  }
  .state[role='alert'] {
    color: var(--gov-color-error, #a1160a);
    border-inline-start: 4px solid currentColor;
    background: var(--gov-color-error-surface, #fdecea);
  }
  .state button {
    margin-inline-start: 1em;
    color: var(--gov-color-text, #1f1f1f);
  }
  .stale {
    padding: 0.5em 1em;
    background: var(--gov-color-warning-surface, #fff4ce);
    color: #5c4400;
    font-size: var(--_font-size-small);
  }
  .skeleton {
    display: block;
    height: 1em;
    margin: 0.75em 1em;
    border-radius: 4px;
    background: #e8e8e8;
    /* Opacity runs on the compositor: a slow phone's main thread stays free while data loads. */
    animation: pulse 0.9s infinite alternate ease-in-out;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
