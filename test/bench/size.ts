/** Bundled size, min+gzip -9, of an entry with everything it imports (esbuild, like the table). */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export interface SizeReport {
  name: string;
  /** The entry chunk: what a page downloads before anything is lazily imported. */
  minified: number;
  gzip: number;
  /** Every chunk, lazily imported ones included. */
  totalGzip: number;
  /** Bytes of minified output per package, largest first. */
  byPackage: [string, number][];
}

export async function bundleSize(name: string, contents: string, resolveDir: string): Promise<SizeReport> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    splitting: true,
    outdir: '/virtual',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
  });
  // What a page downloads first: the entry chunk and every chunk it imports statically.
  const outputs = result.metafile.outputs;
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(Object.entries(outputs).find(([, output]) => output.entryPoint)![0]);
  const files = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const isInitial = (path: string) => [...initial].some((out) => path.endsWith(out.replace(/^.*\//, '/')));
  const initialFiles = files.filter((file) => isInitial(file.path));
  const code = Buffer.concat(initialFiles.map((file) => file.contents));
  const totalGzip = gzipSync(Buffer.concat(files.map((file) => file.contents)), { level: 9 }).length;
  const byPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const key = match ? match[1]! : path.replace(/^.*packages\//, 'packages/').replace(/\/.*$/, '') || 'own';
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
  }
  return {
    name,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    totalGzip,
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
