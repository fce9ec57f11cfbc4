import { css } from 'lit';

/**
 * A receipt's or a status's facts (查询码, 答复期限 …), label beside value; where the answer is
 * narrow (a phone in 关怀模式) label above value, and a 查询码 wraps rather than runs off the screen.
 */
export const answerStyles = css`
  .answer {
    container-type: inline-size;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0.5em 0;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd + dt {
      margin-top: 0.5em;
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .code {
    font-size: var(--_font-size-large);
    font-weight: 700;
    letter-spacing: 0.05em;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
`;
