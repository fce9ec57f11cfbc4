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
  label {
    flex: 1 1 8em;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  input {
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
    padding: 0 0.75em;
    min-width: 0;
  }
`;
