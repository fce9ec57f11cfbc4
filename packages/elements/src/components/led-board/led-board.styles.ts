import { css } from 'lit';

/**
 * A hall display: light text on black, sized by the screen (container query units), one layout for
 * 1920×1080 and a one-line strip (e.g. 1280×160) when the board is low.
 */
export const ledBoardStyles = css`
  :host {
    display: block;
    width: 100%;
    height: 100%;
    min-height: 120px;
    container-type: size;
    --_bg: var(--gov-led-background, #000);
    --_fg: var(--gov-led-text, #fff);
    --_accent: var(--gov-led-accent, #ffd400);
    --_muted: var(--gov-led-muted, #b8c4d6);
    --_line: var(--gov-led-line, #2b3a55);
  }
  .base {
    height: 100%;
    display: grid;
    grid-template-rows: auto 1fr auto;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 3.2cqh;
    line-height: 1.35;
    overflow: hidden;
    cursor: none;
    user-select: none;
  }
  .head {
    display: grid;
    grid-template-columns: 1fr auto auto;
    align-items: center;
    gap: 2cqw;
    padding: 1.2cqh 2cqw;
    border-bottom: 0.3cqh solid var(--_accent);
  }
  h1 {
    margin: 0;
    font-size: 1.6em;
    color: var(--_accent);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  h2 {
    margin: 0;
    font-size: 1.4em;
  }
  .week strong {
    color: var(--_accent);
    font-size: 1.4em;
    margin-inline-start: 0.4em;
  }
  .clock {
    color: var(--_muted);
    white-space: nowrap;
  }
  .body {
    display: grid;
    grid-template-columns: 2fr 1fr;
    gap: 2cqw;
    padding: 2cqh 2cqw;
    min-height: 0;
  }
  .area {
    min-width: 0;
    overflow: hidden;
  }
  .area .total {
    color: var(--_muted);
    margin: 0.3em 0 0.6em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entries li {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    padding: 0.45em 0;
    border-bottom: 1px solid var(--_line);
  }
  .entries .title {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .entries time,
  .counts b {
    color: var(--_accent);
    flex: none;
    font-variant-numeric: tabular-nums;
  }
  .side {
    min-width: 0;
    overflow: hidden;
    font-size: 0.8em;
  }
  .counts {
    margin-top: 0.6em;
    columns: 1;
  }
  .counts li {
    display: flex;
    justify-content: space-between;
    padding: 0.25em 0.5em;
  }
  .counts li.current {
    background: var(--_accent);
    color: var(--_bg);
  }
  .counts li.current b {
    color: var(--_bg);
  }
  .foot {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 2cqw;
    padding: 1cqh 2cqw;
    border-top: 1px solid var(--_line);
  }
  .ticker {
    overflow: hidden;
    white-space: nowrap;
    min-width: 0;
  }
  .track {
    display: inline-block;
    padding-inline-start: 100%;
    animation: ticker var(--_ticker-duration, 60s) linear infinite;
  }
  .track span + span::before {
    content: '　◆　';
    color: var(--_accent);
  }
  @keyframes ticker {
    to {
      transform: translateX(-100%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      animation: none;
      padding-inline-start: 0;
    }
  }
  .status {
    font-size: 0.7em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .status.stale {
    color: var(--_accent);
  }
  .splash {
    display: grid;
    place-items: center;
    font-size: 1.4em;
    color: var(--_muted);
  }

  .strip-count {
    display: none;
  }

  /* The strip: one line, the area and its count, then the ticker. */
  @container (max-height: 360px) {
    .base {
      grid-template-rows: 1fr;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      font-size: 28cqh;
    }
    .head,
    .body,
    .foot {
      display: contents;
    }
    h1,
    .week,
    .clock,
    .side,
    .area .entries,
    .area .total,
    .status {
      display: none;
    }
    .area {
      padding: 0 2cqw;
      display: flex;
      gap: 0.5em;
      align-items: baseline;
      color: var(--_accent);
    }
    .area h2 {
      font-size: 1em;
      white-space: nowrap;
    }
    .area .strip-count {
      display: inline;
    }
    .ticker {
      border-inline-start: 2px solid var(--_accent);
      padding-inline-start: 1cqw;
    }
  }
`;
