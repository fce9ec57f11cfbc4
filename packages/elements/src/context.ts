import { createContext } from '@lit/context';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import type { Locale } from './i18n/index.js';

/** The SDK client a `<gov-disclosure-column>` hands to the elements inside it. */
export const clientContext = createContext<DisclosureClient | undefined>(Symbol.for('gov-disclosure/client'));

/** The column's locale, so that its children switch with it. */
export const localeContext = createContext<Locale | undefined>(Symbol.for('gov-disclosure/locale'));
