/**
 * @gov-disclosure/elements — registers every element. Import one element's `gov-*.js` file
 * instead to register only it.
 */
export { GovDisclosureColumn } from './components/disclosure-column/gov-disclosure-column.js';
export { GovCatalogueTree, type TreeFilter } from './components/catalogue-tree/gov-catalogue-tree.js';
export { GovItemView } from './components/item-view/gov-item-view.js';
export { GovActions } from './components/actions/gov-actions.js';
export { GovSearch } from './components/search/gov-search.js';
export { GovDisclosureMap } from './components/disclosure-map/gov-disclosure-map.js';
export { GovFeedback, type FeedbackKind } from './components/feedback/gov-feedback.js';
export { GovDisclosureRequest } from './components/disclosure-request/gov-disclosure-request.js';
export { GovRequestStatus } from './components/request-status/gov-request-status.js';
export { GovLedBoard } from './components/led-board/gov-led-board.js';
export { GovElement } from './base/gov-element.js';
export { clientContext, localeContext } from './context.js';
export { clientFor } from './controllers/client.js';
export type * from './events/index.js';
export { MESSAGES, toLocale, type Locale, type Messages, type MessageKey } from './i18n/index.js';
