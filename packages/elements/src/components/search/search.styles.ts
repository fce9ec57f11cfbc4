import { css } from 'lit';

/** `<gov-search>`: the form. The results' styles load with them (`results.styles.ts`). */
export const styles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  /* The box and its button share a line even on a phone in 关怀模式 at the largest size. */
  .field {
    flex: 1 1 8em;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .box {
    position: relative;
    display: flex;
  }
  input {
    flex: 1 1 auto;
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
    padding: 0 var(--_target) 0 0.75em;
    min-width: 0;
  }
  /* The browser's own clear button is a 15 px target: the box has its own, as large as any button. */
  input::-webkit-search-cancel-button {
    -webkit-appearance: none;
    appearance: none;
    display: none;
  }
  .clear {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    min-width: var(--_target);
    border: 0;
    background: none;
    color: var(--gov-color-muted, #595959);
    font-size: 1.25em;
  }
  /* The last query's results while the next one's come: still there, plainly not the answer yet. */
  .results.previous {
    opacity: 0.55;
  }
`;
