/** Registers the LED board's strings: zh-CN now, the others on first use. */
import { registerMessages } from './index.js';
import { ledZhCN } from './led.zh-CN.js';

registerMessages(ledZhCN, {
  'zh-TW': () => import('./led.zh-TW.js').then((m) => m.ledZhTW),
  en: () => import('./led.en.js').then((m) => m.ledEn),
});
