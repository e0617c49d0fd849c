import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './io.js';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'suanli-io-'));

  it('writes a new file whole, creating its folder', () => {
    const file = join(dir, 'a', 'b.txt');
    writeFileAtomic(file, 'one\n');
    writeFileAtomic(file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('two\n');
  });

  it('refuses a folder as the target', () => {
    expect(() => writeFileAtomic(dir, 'x')).toThrow(`${dir} is a directory, not a file to write`);
  });

  it('writes into a target that is not a regular file instead of replacing it', async () => {
    // A named pipe stands in for /dev/null or /dev/stdout: renaming over it would replace it with a file.
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = createReadStream(fifo, 'utf8');
    const received = new Promise<string>((resolve) => {
      let text = '';
      reader.on('data', (chunk) => (text += chunk));
      reader.on('end', () => resolve(text));
    });
    // Let the reader start opening the pipe, so that the writer's open does not wait for it forever.
    await new Promise((r) => setTimeout(r, 50));
    writeFileAtomic(fifo, 'placements\n');
    const stillPipe = statSync(fifo).isFIFO();
    if (!stillPipe) reader.destroy();
    expect(stillPipe).toBe(true);
    expect(await received).toBe('placements\n');
  });
});
