export * from './common.js';
export * from './catalogue.js';
export * from './entry.js';
export * from './jurisdiction.js';
export * from './bundle.js';
export * from './receipts.js';
export * from './catalogue-document.js';
export * from './api-error.js';
