import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { dirname } from 'node:path';

/** Where a command writes. Tests pass buffers; the real CLI passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard error is a terminal: progress bars may draw there. */
  stderrIsTty?: boolean;
}

// A reader that stops early (`suanli market offers | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTty: process.stderr.isTTY === true,
};

/**
 * Writes a file whole or not at all: to a temporary name first, then renamed
 * over the target. A target that exists and is not a regular file (/dev/null,
 * a named pipe, /dev/stdout) is written in place: renaming over it would
 * replace the device with a file.
 */
export function writeFileAtomic(file: string, text: string): void {
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw new UsageError(`${file} is a directory, not a file to write`);
    writeFileSync(file, text);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
