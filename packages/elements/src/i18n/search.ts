/** Registers the strings of search results: zh-CN now, the others on first use. Loaded with the first search. */
import { registerMessages } from './index.js';
import { searchZhCN } from './search.zh-CN.js';

registerMessages(searchZhCN, {
  'zh-TW': () => import('./search.zh-TW.js').then((m) => m.searchZhTW),
  en: () => import('./search.en.js').then((m) => m.searchEn),
});
