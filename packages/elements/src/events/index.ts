export type { GovSelectEvent, GovSelectDetail } from './gov-select.js';
export type { GovEntrySelectEvent, GovEntrySelectDetail } from './gov-entry-select.js';
export type { GovActionEvent, GovActionDetail, GovActionName } from './gov-action.js';
export type { GovFeedbackSentEvent, GovFeedbackSentDetail, GovRequestSentEvent, GovRequestSentDetail } from './gov-sent.js';
export type { GovJurisdictionChangeEvent, GovJurisdictionChangeDetail } from './gov-jurisdiction-change.js';
export type { GovQueryEvent, GovQueryDetail } from './gov-query.js';
export type { GovViewChangeEvent, GovViewChangeDetail } from './gov-view-change.js';
export type { GovDataSkippedEvent, GovDataSkippedDetail } from './gov-data-skipped.js';

import type { GovActionDetail } from './gov-action.js';
import type { GovDataSkippedDetail } from './gov-data-skipped.js';
import type { GovEntrySelectDetail } from './gov-entry-select.js';
import type { GovJurisdictionChangeDetail } from './gov-jurisdiction-change.js';
import type { GovQueryDetail } from './gov-query.js';
import type { GovSelectDetail } from './gov-select.js';
import type { GovFeedbackSentDetail, GovRequestSentDetail } from './gov-sent.js';
import type { GovViewChangeDetail } from './gov-view-change.js';

/** Every event the elements emit, by name, with its detail: what `emit()` accepts. */
export interface GovEventDetails {
  'gov-select': GovSelectDetail;
  'gov-entry-select': GovEntrySelectDetail;
  'gov-action': GovActionDetail;
  'gov-jurisdiction-change': GovJurisdictionChangeDetail;
  'gov-feedback-sent': GovFeedbackSentDetail;
  'gov-request-sent': GovRequestSentDetail;
  'gov-query': GovQueryDetail;
  'gov-data-skipped': GovDataSkippedDetail;
  'gov-view-change': GovViewChangeDetail;
}
