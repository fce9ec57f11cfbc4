/** Registers the staff desk's strings: zh-CN now, the others on first use. */
import { registerMessages } from './index.js';
import { deskZhCN } from './desk.zh-CN.js';

registerMessages(deskZhCN, {
  'zh-TW': () => import('./desk.zh-TW.js').then((m) => m.deskZhTW),
  en: () => import('./desk.en.js').then((m) => m.deskEn),
});
