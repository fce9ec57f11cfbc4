// Builds every package from its TypeScript source: ESM with preserved modules, type declarations,
// and dependencies kept external (the package's consumers bundle them once); plus a browser build
// of the SDK with its dependencies inlined, for pages without a build step.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { existsSync, readFileSync, rmSync } from 'node:fs';

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

const CDN = 'packages/elements/dist/cdn';
// Content-hashed chunks of earlier builds would pile up: start the CDN folder afresh.
rmSync(CDN, { recursive: true, force: true });
const TAGS = [...readFileSync('packages/elements/src/cdn/tags.ts', 'utf8').matchAll(/'(gov-[a-z-]+)'/g)].map((m) => m[1]);
const browserPlugins = (outDir) => [
  nodeResolve({ browser: true }),
  typescript({ tsconfig: 'packages/elements/tsconfig.build.json', declaration: false, declarationMap: false, outDir }),
  // Lit's html`` and css`` templates lose their indentation and comments.
  minifyTemplateLiterals(),
  terser({ module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * The CDN build (`packages/elements/dist/cdn/`), for pages without a build step:
 * - `elements/gov-*.js`, one entry per element, sharing chunks (Lit, the SDK) between them;
 * - `gov-disclosure-autoloader.js`, which imports an element when its tag first appears;
 * - `gov-disclosure.min.js`, every element in one file (plus the lazy chunks);
 * - `gov-disclosure.loader.js`, a classic script that adds one of the two for templates that
 *   cannot write `type="module"`.
 */
function cdnBuilds() {
  // The staff desk is built on its own: what it shares with the public elements does not split their chunks.
  const STAFF = ['gov-staff-desk', 'gov-report-desk'];
  const elements = TAGS.filter((tag) => !STAFF.includes(tag) && existsSync(`packages/elements/src/components/${tag.slice(4)}/${tag}.ts`));
  return [
    {
      input: {
        'gov-disclosure-autoloader': 'packages/elements/src/cdn/autoloader.ts',
        ...Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `packages/elements/src/components/${tag.slice(4)}/${tag}.ts`])),
      },
      output: { dir: CDN, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash:6].js' },
      plugins: browserPlugins(CDN),
    },
    {
      input: Object.fromEntries(STAFF.map((tag) => [`elements/${tag}`, `packages/elements/src/components/${tag.slice(4)}/${tag}.ts`])),
      output: { dir: CDN, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/staff-[name]-[hash:6].js' },
      plugins: browserPlugins(CDN),
    },
    {
      input: { 'gov-disclosure.min': 'packages/elements/src/index.ts' },
      // Everything in the one file (lazy chunks import from it), not a facade over a chunk.
      preserveEntrySignatures: 'allow-extension',
      output: { dir: CDN, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/all-[name]-[hash].js' },
      plugins: browserPlugins(CDN),
    },
    {
      input: 'packages/elements/src/cdn/loader.ts',
      output: { file: `${CDN}/gov-disclosure.loader.js`, format: 'iife' },
      plugins: [typescript({ tsconfig: 'packages/elements/tsconfig.build.json', declaration: false, declarationMap: false, outDir: CDN }), terser()],
    },
  ];
}

export default [
  packageBuild('sdk', [
    'index.ts',
    'forms.ts',
    'forms/feedback-check.ts',
    'outbox/index.ts',
    'search/index.ts',
    'bundle/index.ts',
    'column-paths.ts',
    'workflow/index.ts',
    'report/index.ts',
    'openapi.ts',
  ]),
  browserBuild('sdk', 'index.ts', 'gov-disclosure-sdk.js'),
  packageBuild('server', ['index.ts', 'bin.ts']),
  packageBuild('elements', ['index.ts']),
  packageBuild('cli', ['index.ts', 'bin.ts']),
  ...cdnBuilds(),
];
