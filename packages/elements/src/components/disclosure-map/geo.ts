/**
 * The geographic view's drawing, loaded with d3-geo only when that view is first shown.
 *
 * GeoJSON as GIS tools export it today (RFC 7946: QGIS, `ogr2ogr -lco RFC7946=YES`, mapshaper)
 * winds outer rings counter-clockwise and holes clockwise. d3-geo works on the sphere and reads a
 * ring's winding as which side of it is inside: to d3 a counter-clockwise outer ring is the whole
 * globe but that county, which fits to the frame as one square. Older GeoJSON and d3's own
 * TopoJSON output wind the other way. So every ring is wound here as d3 needs it — outer rings
 * enclosing the smaller side (under a hemisphere), holes the larger — whichever way it came.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import * as z from 'zod/mini';

type Position = number[];
type Ring = Position[];

const Code = z.optional(z.union([z.string(), z.number()]));
/** A county's shape: its code (or 行政区划代码 as `adcode`) and name, and a geometry d3-geo draws. */
const Feature = z.object({
  type: z.literal('Feature'),
  properties: z.nullable(z.looseObject({ code: Code, name: z.optional(z.string()), adcode: Code })),
  geometry: z.unknown(),
});
export type GeoFeature = z.infer<typeof Feature>;

/** A GeoJSON FeatureCollection as read through the SDK client; each feature is checked on its own. */
export const FeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

/** The features that are features: one malformed county is left out (and said in the console), not the map. */
export function featuresOf(collection: z.infer<typeof FeatureCollection>): GeoFeature[] {
  return collection.features.flatMap((feature, i) => {
    const result = Feature.safeParse(feature);
    if (!result.success) console.warn(`gov-disclosure: GeoJSON features[${i}] is malformed and left out:`, result.error.issues);
    return result.success ? [result.data] : [];
  });
}

export interface GeoShape {
  code: string;
  name: string;
  /** The SVG path, in the frame's coordinates. */
  path: string;
  /** Where its label goes. */
  centre: [number, number];
}

const HEMISPHERE = 2 * Math.PI;

/** Whether a ring, read as d3 reads it, encloses more than a hemisphere. */
const encloses = (ring: Ring) => geoArea({ type: 'Polygon', coordinates: [ring] }) > HEMISPHERE;

/** A polygon's rings wound as d3-geo needs them: the outer ring around the small side, holes around the large. */
function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => {
    if (!Array.isArray(ring) || ring.length < 4) return ring;
    const hole = i > 0;
    return encloses(ring) === hole ? ring : [...ring].reverse();
  });
}

/** A geometry with its rings wound as d3-geo needs, whichever way its source wound them (a new object; the input is left alone). */
export function rewind<T>(geometry: T): T {
  const g = geometry as { type?: string; coordinates?: unknown; geometries?: unknown[] } | null;
  if (!g || typeof g !== 'object') return geometry;
  switch (g.type) {
    case 'Polygon':
      return { ...g, coordinates: rewindPolygon(g.coordinates as Ring[]) } as T;
    case 'MultiPolygon':
      return { ...g, coordinates: (g.coordinates as Ring[][]).map(rewindPolygon) } as T;
    case 'GeometryCollection':
      return { ...g, geometries: (g.geometries ?? []).map(rewind) } as T;
    default:
      return geometry;
  }
}

export interface Projected {
  shapes: GeoShape[];
  /** The part of the frame they take, `[x, y, width, height]` (a margin around): the SVG's viewBox. */
  box: [number, number, number, number];
}

/** The features projected to fit a `width`×`height` frame, each with its SVG path and label point. */
export function project(features: GeoFeature[], width: number, height: number): Projected {
  const wound = features.filter((f) => f && f.geometry).map((f) => ({ ...f, geometry: rewind(f.geometry) }));
  const collection = { type: 'FeatureCollection', features: wound } as unknown as GeoJSON.FeatureCollection;
  const path = geoPath(geoMercator().fitSize([width, height], collection));
  const shapes = wound.map((f): GeoShape => {
    const code = String(f.properties?.code ?? f.properties?.adcode ?? '');
    const [x, y] = path.centroid(f as never);
    return { code, name: String(f.properties?.name ?? code), path: path(f as never) ?? '', centre: [x, y] };
  });
  // Only as tall (or as wide) as the counties: no empty bands above and below a wide city.
  const [[x0, y0], [x1, y1]] = wound.length
    ? path.bounds(collection)
    : [
        [0, 0],
        [width, height],
      ];
  const margin = 4;
  const box: Projected['box'] = [Math.floor(x0) - margin, Math.floor(y0) - margin, Math.ceil(x1 - x0) + 2 * margin, Math.ceil(y1 - y0) + 2 * margin];
  return { shapes, box };
}
