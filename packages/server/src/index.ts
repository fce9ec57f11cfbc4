export { createReadApi, errorAnswer, fileFetch, type Answer, type ReadApiOptions } from './read-api.js';
