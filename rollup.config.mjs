// Builds every package from its TypeScript source: ESM with preserved modules, type declarations,
// and dependencies kept external (the package's consumers bundle them once).
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

export default [packageBuild('sdk', ['index.ts', 'forms.ts', 'bundle/index.ts', 'openapi.ts'])];
