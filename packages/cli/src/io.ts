/** What a command reads and writes: the program's streams, or a test's. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
}
