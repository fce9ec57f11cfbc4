/** Registers the strings of the column's sections other than the catalogue: zh-CN now, the others on first use. */
import { registerMessages } from './index.js';
import { sectionsZhCN } from './sections.zh-CN.js';

registerMessages(sectionsZhCN, {
  'zh-TW': () => import('./sections.zh-TW.js').then((m) => m.sectionsZhTW),
  en: () => import('./sections.en.js').then((m) => m.sectionsEn),
});
