import { writeFileSync } from 'node:fs';
import { readTextFile } from './read-text-file';

/** What a command may touch of the outside world; tests pass an in-memory one. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8 text; throws a readable Error when it cannot (see readTextFile). */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

/** A command gets its own arguments (after the command name) and returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number> | number;

export function createProcessIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: readTextFile,
    writeFile: (path, text) => writeFileSync(path, text),
  };
}
