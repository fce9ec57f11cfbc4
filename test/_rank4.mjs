import { readFileSync, readdirSync } from 'node:fs';
import { Lexicon, runSearch, SearchMeta } from '@gov-disclosure/sdk/search';
import { validate } from '@gov-disclosure/sdk';
const dir = '/work/main/packages/demo/bundle-scale/430121/search';
const stemOf = (f) => f.replace(/\.[\w-]{4}\.json$/, '');
const files = new Map();
for (const sub of ['p', 'r'])
  for (const f of readdirSync(`${dir}/${sub}`)) files.set(`${sub}/${stemOf(f)}`, JSON.parse(readFileSync(`${dir}/${sub}/${f}`, 'utf8')));
const meta = validate(SearchMeta, JSON.parse(readFileSync(`${dir}/${readdirSync(dir).find((f) => f.startsWith('meta.'))}`, 'utf8')));
const lexicon = validate(Lexicon, JSON.parse(readFileSync(`${dir}/${readdirSync(dir).find((f) => f.startsWith('lexicon.'))}`, 'utf8')));
const reader = {
  meta,
  lexicon,
  shard: async (n) => files.get(`p/${n}`),
  items: async (g, c) => files.get(`r/i-${g}-${c}`),
  entries: async (g, c) => files.get(`r/e-${g}-${c}`),
};
const qs = process.argv.slice(2);
const times = {};
for (let i = 0; i < 15; i++)
  for (const q of qs) {
    const t = performance.now();
    await runSearch(reader, q, { limit: 20 });
    (times[q] ??= []).push((performance.now() - t).toFixed(1));
  }
console.log(times);
