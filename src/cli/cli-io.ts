import { readFileSync, writeFileSync } from 'node:fs';

/** What a command may touch of the outside world; tests pass an in-memory one. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8 text; throws a readable Error when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

/** A command gets its own arguments (after the command name) and returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number> | number;

export function createProcessIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new Error(
          code === 'ENOENT' ? `No such file ${path}` : `Cannot read ${path}: ${code}`,
        );
      }
    },
    writeFile: (path, text) => writeFileSync(path, text),
  };
}
