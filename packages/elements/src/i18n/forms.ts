/** Registers the forms' strings (我要评, 依申请公开, status): zh-CN now, the others on first use. */
import { registerMessages } from './index.js';
import { formsZhCN } from './forms.zh-CN.js';

registerMessages(formsZhCN, {
  'zh-TW': () => import('./forms.zh-TW.js').then((m) => m.formsZhTW),
  en: () => import('./forms.en.js').then((m) => m.formsEn),
});
