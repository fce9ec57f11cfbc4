/**
 * The gov-disclosure CLI as its tests run it (test/node/cli*.test.ts): in-process, with what it
 * printed; and the shared standard's examples.csv it reads (in ../shared/, beside this checkout).
 */
import { main } from '@gov-disclosure/cli';

export const examples = new URL('../../../shared/standard/examples.csv', import.meta.url).pathname;

/** Runs the CLI in-process; returns its exit code and what it printed. */
export async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), stdin: async () => stdin });
  return { code, out, err };
}
