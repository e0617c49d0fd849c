import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The last part of a job's output file, its whole length, or why it was not read. */
export type OutputTail = { tail: string; bytes: number } | { refused: string };

/**
 * Reads the last `maxBytes` of a job's output file for upload to the
 * platform. The job may have written the file, or put something else in its
 * place: the file is opened without following a symbolic link (a job that
 * links its stdout to the agent's token gets nothing), without blocking (a
 * FIFO does not hang the agent), and read only if it is a regular file. The
 * text is UTF-8, invalid bytes replaced, and trimmed from the front until it
 * fits in `maxBytes` as UTF-8. A file not there yet is an empty stream.
 */
export function readOutputTail(file: string, maxBytes: number): OutputTail {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { tail: '', bytes: 0 };
    if (code === 'ELOOP') return { refused: 'it is a symbolic link' };
    return { refused: `it cannot be opened (${code ?? (e as Error).message})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: 'it is not a regular file' };
    const take = Math.min(st.size, maxBytes);
    const buf = Buffer.alloc(take);
    let got = 0;
    while (got < take) {
      const n = readSync(fd, buf, got, take - got, st.size - take + got);
      if (n === 0) break;
      got += n;
    }
    let tail = buf.subarray(0, got).toString('utf8');
    // Replaced bytes take three as UTF-8: drop from the front until the text fits again.
    while (Buffer.byteLength(tail, 'utf8') > maxBytes) {
      const b = Buffer.from(tail, 'utf8');
      tail = b.subarray(b.length - maxBytes + 4).toString('utf8');
    }
    return { tail, bytes: st.size };
  } finally {
    closeSync(fd);
  }
}

/**
 * One stream as it is uploaded: its tail and length, or, when the file was
 * not read, a note saying why in its place (and the reason, to log).
 */
export function streamForUpload(file: string | undefined, name: string, maxBytes: number): { tail: string; bytes: number; refused?: string } {
  const t = file === undefined ? { tail: '', bytes: 0 } : readOutputTail(file, maxBytes);
  if (!('refused' in t)) return t;
  return { tail: `[suanli agent: the job's ${name} was not read: ${t.refused}]\n`, bytes: 0, refused: t.refused };
}
