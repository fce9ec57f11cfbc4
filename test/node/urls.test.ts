/**
 * Links and data stay home: the SDK's one URL rule (isSafeUrl, which the sanitiser uses too), the
 * "stays on the site" rule (isHomeUrl), and the 1+N switch following only the column's own origin
 * and the hosts its bundle lists.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClient, isHomeUrl, isSafeUrl } from '@gov-disclosure/sdk';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';

test('isSafeUrl: http(s), scheme-relative and relative; mailto only for links that allow it; nothing that runs or holds markup', () => {
  for (const url of ['https://www.gov.cn/a', 'http://x.gov.cn', '//cdn.example.com/a.png', '/files/a.pdf', 'a.pdf', '#top'])
    assert.equal(isSafeUrl(url), true, url);
  for (const url of [
    'javascript:alert(1)',
    'java\nscript:alert(1)',
    ' \u000ejavascript:x',
    'JaVaScRiPt:x',
    'data:text/html,x',
    'vbscript:x',
    'x`<script>alert(1)</script>',
    'mailto:a@b.cn',
  ])
    assert.equal(isSafeUrl(url), false, url);
  assert.equal(isSafeUrl('mailto:gkb@example.gov.cn', true), true);
});

test("isHomeUrl: the base's origin or a listed host; //other.host is another host", () => {
  const base = 'https://www.csx.gov.cn/gkzl/430121/manifest.json';
  assert.equal(isHomeUrl('../430100/manifest.json', base), true);
  assert.equal(isHomeUrl('/img/a.png', base), true);
  assert.equal(isHomeUrl('//evil.example.com/manifest.json', base), false);
  assert.equal(isHomeUrl('https://evil.example.com/manifest.json', base), false);
  assert.equal(isHomeUrl('https://cdn.csx.gov.cn/a.png', base, ['cdn.csx.gov.cn']), true);
  assert.equal(isHomeUrl('http://www.csx.gov.cn/a.png', base), false, 'another scheme is another origin');
});

test('the 1+N switch follows the same origin and the hosts the bundle lists; any other column is only linked to', async () => {
  const manifest = JSON.parse(await readFile(join(DEFAULT_BUNDLE_DIR, '430121', 'manifest.json'), 'utf8'));
  const [city, county] = manifest.jurisdictions;
  manifest.hosts = ['data.changsha.gov.cn'];
  manifest.jurisdictions = [
    city,
    county,
    {
      code: '430102',
      name: '芙蓉区',
      level: 'county',
      columnUrl: 'https://www.furong.gov.cn/gkzl/',
      data: { src: 'https://data.changsha.gov.cn/430102/manifest.json' },
    },
    { code: '430103', name: '天心区', level: 'county', columnUrl: 'https://www.tianxin.gov.cn/gkzl/', data: { src: '//evil.example.com/manifest.json' } },
    {
      code: '430104',
      name: '岳麓区',
      level: 'county',
      columnUrl: 'https://www.yuelu.gov.cn/gkzl/',
      data: { src: 'https://evil.example.com/manifest.json', api: 'https://evil.example.com/api/' },
    },
  ];
  const src = 'https://www.csx.gov.cn/gkzl/430121/manifest.json';
  const client = createClient({ src, fetch: async () => new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }) });
  const { jurisdictions, hosts } = await client.column();
  assert.deepEqual(hosts, ['data.changsha.gov.cn']);
  const byCode = new Map(jurisdictions!.map((j) => [j.code, j]));
  assert.equal(byCode.get('430100')!.data!.src, 'https://www.csx.gov.cn/gkzl/430100/manifest.json');
  assert.equal(byCode.get('430102')!.data!.src, 'https://data.changsha.gov.cn/430102/manifest.json');
  assert.equal(byCode.get('430103')!.data, undefined, '//evil is another host');
  assert.equal(byCode.get('430104')!.data, undefined);
  assert.equal(byCode.get('430104')!.columnUrl, 'https://www.yuelu.gov.cn/gkzl/', 'still linked to');
});

test('a catalogue\'s "hosts" reach the bundle\'s manifest and the client', async () => {
  const { buildBundle } = await import('@gov-disclosure/sdk/bundle');
  const bundle = buildBundle(
    {
      jurisdiction: { code: '430121', name: '长沙县', level: 'county' },
      hosts: ['cdn.csx.gov.cn'],
      items: [{ id: 'social-assistance:1', area: 'social-assistance', level: 1, name: '最低生活保障' }],
    },
    { generatedAt: '2026-11-01T00:00:00+08:00', search: false },
  );
  assert.deepEqual(bundle.manifest.hosts, ['cdn.csx.gov.cn']);
});
