import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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
  const out = openWhole(file);
  try {
    out.write(text);
  } catch (e) {
    out.finish(false);
    throw e;
  }
  out.finish(true);
}

/**
 * Opens `file` to be written whole or not at all (see writeFileAtomic):
 * `finish(true)` puts what was written in place, `finish(false)` drops it.
 */
function openWhole(file: string): { write: (text: string) => void; finish: (ok: boolean) => void } {
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`${file} is a directory, not a file to write`);
  const inPlace = existing !== undefined && !existing.isFile();
  if (!inPlace) {
    // A missing folder is a mistake in the path, not one to create (and Node's recursive mkdir loops under /proc).
    const folder = statSync(dirname(file), { throwIfNoEntry: false });
    if (!folder) throw new UsageError(`the folder ${dirname(file)} does not exist: create it first, or write elsewhere`);
    if (!folder.isDirectory()) throw new UsageError(`a part of the path is not a directory: ${file}`);
  }
  const target = inPlace ? file : `${file}.${process.pid}.tmp`;
  const fd = openSync(target, 'w');
  return {
    write: (text) => {
      // A write may take less than it was given (a pipe): go on until all of it is out.
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    },
    finish: (ok) => {
      closeSync(fd);
      if (inPlace) return;
      if (ok) renameSync(target, file);
      else rmSync(target, { force: true });
    },
  };
}

/**
 * Lines written as they come, in chunks of about 1 MiB, so that a long
 * output never sits whole in memory: to a file, which appears under its name
 * only once complete (as with writeFileAtomic: a temporary name, renamed by
 * close(); abort() removes it), or to a text sink such as standard output.
 */
export class LineWriter {
  private parts: string[] = [];
  private size = 0;

  private constructor(
    private readonly sink: (text: string) => void,
    private readonly finish: (ok: boolean) => void,
  ) {}

  static to(sink: (text: string) => void): LineWriter {
    return new LineWriter(sink, () => undefined);
  }

  static toFile(file: string): LineWriter {
    const out = openWhole(file);
    return new LineWriter(out.write, out.finish);
  }

  line(text: string): void {
    this.parts.push(text);
    this.size += text.length + 1;
    if (this.size >= 1 << 20) this.flush();
  }

  /** Writes what is left and, for a file, puts it in place. */
  close(): void {
    this.flush();
    this.finish(true);
  }

  /** Drops the output: a file that was not there stays absent, an old one stays as it was. */
  abort(): void {
    this.parts = [];
    this.finish(false);
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.sink(`${this.parts.join('\n')}\n`);
    this.parts = [];
    this.size = 0;
  }
}
