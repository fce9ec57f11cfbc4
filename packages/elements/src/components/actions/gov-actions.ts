import { GovActions } from './actions.js';

export { GovActions };
GovActions.define('gov-actions');

declare global {
  interface HTMLElementTagNameMap {
    'gov-actions': GovActions;
  }
}
