/** Registers the column's strings: zh-CN now, the others on first use. */
import { registerMessages } from './index.js';
import { zhCN } from './zh-CN.js';

registerMessages(zhCN, {
  'zh-TW': () => import('./zh-TW.js').then((m) => m.zhTW),
  en: () => import('./en.js').then((m) => m.en),
});
