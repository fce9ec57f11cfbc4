/**
 * The demo's jurisdictions: 长沙市 and its nine counties (the "1+9" matrix), and the main county's
 * townships, each with its column's address and where its bundle lies.
 */
import type { Jurisdiction } from '@gov-disclosure/sdk';

export const CITY: Jurisdiction = { code: '430100', name: '长沙市', level: 'city' };

const COUNTIES: [code: string, name: string][] = [
  ['430121', '长沙县'],
  ['430102', '芙蓉区'],
  ['430103', '天心区'],
  ['430104', '岳麓区'],
  ['430105', '开福区'],
  ['430111', '雨花区'],
  ['430112', '望城区'],
  ['430181', '浏阳市'],
  ['430182', '宁乡市'],
];

export const TOWNSHIPS = [
  '星沙街道',
  '泉塘街道',
  '湘龙街道',
  '榔梨街道',
  '黄兴镇',
  '江背镇',
  '黄花镇',
  '春华镇',
  '果园镇',
  '路口镇',
  '高桥镇',
  '金井镇',
  '福临镇',
  '青山铺镇',
  '安沙镇',
  '北山镇',
  '开慧镇',
];

/** The code of the county generated at 湘潭's scale. */
export const MAIN_COUNTY = '430121';

/**
 * Where a jurisdiction's bundle lies in the demo's bundle folder: the city's and the counties' at
 * the top (`<code>/`, where the API server reads them), the townships' in `townships/<code>/`.
 */
export function bundleDir(j: Pick<Jurisdiction, 'code' | 'level'>): string {
  return j.level === 'township' ? `townships/${j.code}` : j.code;
}

/**
 * The 1+9 matrix plus the main county's townships, each with its own column's URL and bundle; the
 * bundles' addresses are relative to the manifest of `from` (the city's or a county's by default).
 */
export function jurisdictions(from?: Pick<Jurisdiction, 'level'>): Jurisdiction[] {
  const up = from?.level === 'township' ? '../../' : '../';
  // Each column's own pages, written by `build --html`: readable without scripts, the column with them.
  const column = (j: Jurisdiction): Jurisdiction => ({
    ...j,
    columnUrl: `/bundle/${bundleDir(j)}/`,
    data: { src: `${up}${bundleDir(j)}/manifest.json` },
  });
  return [
    column(CITY),
    ...COUNTIES.map(([code, name]) => column({ code, name, level: 'county', parent: CITY.code })),
    ...TOWNSHIPS.map((name, i) =>
      column({ code: `${MAIN_COUNTY}${String(i < 4 ? i + 1 : 100 + i - 3).padStart(3, '0')}`, name, level: 'township', parent: MAIN_COUNTY }),
    ),
  ];
}

/** The main county's townships, each with a column of its own. */
export function townshipCodes(): string[] {
  return jurisdictions()
    .filter((j) => j.level === 'township')
    .map((j) => j.code);
}

/** Every jurisdiction of the demo matrix that has a column of its own. */
export function demoCodes(): string[] {
  return [CITY.code, ...COUNTIES.map(([code]) => code)];
}
