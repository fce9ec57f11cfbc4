// Builds every package from its TypeScript source: ESM with preserved modules, type declarations,
// and dependencies kept external (the package's consumers bundle them once); plus a browser build
// of the SDK with its dependencies inlined, for pages without a build step.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

/** One ESM build of a workspace package, its entries named by the package's `exports`. */
function packageBuild(name, entries) {
  const dir = `packages/${name}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  return {
    input: Object.fromEntries(entries.map((entry) => [entry.replace(/\.ts$/, ''), `${dir}/src/${entry}`])),
    output: { dir: `${dir}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `${dir}/src`, sourcemap: true },
    external: (id) => id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [typescript({ tsconfig: `${dir}/tsconfig.build.json`, outputToFilesystem: true })],
  };
}

/**
 * Minified ESM with every dependency inlined, for a `<script type="module">` on a page without a
 * build step. What loads only on demand (the sanitiser fallback, QR, 繁体 table, map projection)
 * stays in chunks beside it.
 */
function browserBuild(name, entry, file) {
  const dir = `packages/${name}`;
  return {
    input: { [file.replace(/\.js$/, '')]: `${dir}/src/${entry}` },
    output: { dir: `${dir}/dist/browser`, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: `${dir}/tsconfig.build.json`, declaration: false, declarationMap: false, outDir: `${dir}/dist/browser` }),
      terser({ format: { comments: false } }),
    ],
  };
}

export default [
  packageBuild('sdk', ['index.ts', 'forms.ts', 'outbox/index.ts', 'search/index.ts', 'bundle/index.ts', 'openapi.ts']),
  browserBuild('sdk', 'index.ts', 'gov-disclosure-sdk.js'),
  packageBuild('server', ['index.ts', 'bin.ts']),
  packageBuild('elements', ['index.ts']),
  packageBuild('cli', ['index.ts', 'bin.ts']),
  browserBuild('elements', 'index.ts', 'gov-disclosure.js'),
];
