import { GovItemView } from './item-view.js';

export { GovItemView };
GovItemView.define('gov-item-view');

declare global {
  interface HTMLElementTagNameMap {
    'gov-item-view': GovItemView;
  }
}
