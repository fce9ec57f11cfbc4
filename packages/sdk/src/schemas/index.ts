export * from './common.js';
export * from './catalogue.js';
export * from './entry.js';
export * from './jurisdiction.js';
export * from './feedback.js';
export * from './request.js';
export * from './bundle.js';
