/** Registers the annual report desk page's strings: zh-CN now, the others on first use. */
import { registerMessages } from './index.js';
import { reportDeskZhCN } from './report-desk.zh-CN.js';

registerMessages(reportDeskZhCN, {
  'zh-TW': () => import('./report-desk.zh-TW.js').then((m) => m.reportDeskZhTW),
  en: () => import('./report-desk.en.js').then((m) => m.reportDeskEn),
});
