/** Registers the strings of 依申请公开 (the request form, receipt, status): zh-CN now, the others on first use. */
import { registerMessages } from './index.js';
import { requestZhCN } from './request.zh-CN.js';

registerMessages(requestZhCN, {
  'zh-TW': () => import('./request.zh-TW.js').then((m) => m.requestZhTW),
  en: () => import('./request.en.js').then((m) => m.requestEn),
});
