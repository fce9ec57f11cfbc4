/**
 * The column's addresses as paths, one scheme for the static pages `gov-disclosure build --html`
 * writes and for the element's `url-state="path"`: a search engine's link, a shared link and the
 * element's own link are one address. Paths are relative to the column's root (where its
 * `index.html` is):
 *
 * | path | shows |
 * |---|---|
 * | `` | 首页, the landing view |
 * | `catalogue/` | 公开内容, nothing open |
 * | `area/<area>/` | an area of the catalogue |
 * | `item/<item>/`, `item/<item>/page-<n>.html` | an item (its elements and entries; later pages of entries) |
 * | `entry/<entry>.html` | an entry (its item is its id before the last `~`) |
 * | `policies/`, `policy/<policy>.html` | 政策文件, and one policy |
 * | `map/`, `nav/` | 公开地图, 专栏导航 |
 *
 * Ids keep their letters; the one character of an id a path cannot carry everywhere (`:`, which
 * starts a scheme in a relative link and is refused in Windows file names) is written `!`, which
 * no id holds. An entry's item is its id before the last `~`.
 */

/** The state a path names (the sections are the column's own). */
export interface ColumnPath {
  section: 'home' | 'catalogue' | 'policies' | 'map' | 'nav';
  area?: string;
  item?: string;
  entry?: string;
  policy?: string;
  /** 1 for an item's first page of entries. */
  page?: number;
}

/** An id as one segment of a path. */
export const idSegment = (id: string): string => id.replaceAll(':', '!');
/** The id a segment holds. */
export const segmentId = (segment: string): string => segment.replaceAll('!', ':');

/** The path of a state, relative to the column's root. */
export function columnPath(state: ColumnPath): string {
  // Another section shows no item: what the catalogue had open stays in the state, not in the path.
  if (state.section === 'policies' && state.policy) return `policy/${idSegment(state.policy)}.html`;
  if (state.section !== 'catalogue') return state.section === 'home' ? '' : `${state.section}/`;
  if (state.entry) return `entry/${idSegment(state.entry)}.html`;
  if (state.item) return `item/${idSegment(state.item)}/${state.page && state.page > 1 ? `page-${state.page}.html` : ''}`;
  return state.area ? `area/${idSegment(state.area)}/` : 'catalogue/';
}

const ID = '([\\w.!~-]{1,200})';
const PATH = new RegExp(
  `^(?:(catalogue|policies|map|nav)/|area/${ID}/|item/${ID}/(?:page-(\\d{1,6})\\.html)?|entry/${ID}\\.html|policy/${ID}\\.html)?(?:index\\.html)?$`,
  'u',
);

/** The state a path (decoded, relative to the column's root) names; undefined when it names none. */
export function parseColumnPath(path: string): ColumnPath | undefined {
  const m = PATH.exec(path);
  if (!m) return undefined;
  const [, section, area, item, page, entry, policy] = m;
  if (entry)
    return entry.lastIndexOf('~') > 0 ? { section: 'catalogue', item: segmentId(entry.slice(0, entry.lastIndexOf('~'))), entry: segmentId(entry) } : undefined;
  if (item) return { section: 'catalogue', item: segmentId(item), page: Number(page ?? 1) };
  if (area) return { section: 'catalogue', area: segmentId(area) };
  if (policy) return { section: 'policies', policy: segmentId(policy) };
  return { section: (section as ColumnPath['section'] | undefined) ?? 'home' };
}

/** The state an absolute path (as `location.pathname` has it) names below the column's root `base` (`/gkzl/`). */
export function stateOfPathname(pathname: string, base: string): ColumnPath | undefined {
  try {
    return pathname.startsWith(base) ? parseColumnPath(decodeURIComponent(pathname.slice(base.length))) : undefined;
  } catch {
    return undefined;
  }
}
