/** Bundled size, min+gzip -9, of an entry with everything it imports (esbuild, as the issue measured). */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export interface SizeReport {
  name: string;
  minified: number;
  gzip: number;
  /** Bytes of minified output per package, largest first. */
  byPackage: [string, number][];
}

export async function bundleSize(name: string, contents: string, resolveDir: string): Promise<SizeReport> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.contents;
  const byPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path) ?? /packages\/([^/]+)/.exec(path);
      const key = match ? match[1]! : 'entry';
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
  }
  return { name, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, byPackage: [...byPackage].sort((a, b) => b[1] - a[1]) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
