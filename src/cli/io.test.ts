import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineWriter, writeFileAtomic } from './io.js';

/**
 * A named pipe in `dir` with a reader on it: what arrives, once the writer
 * closes. A pipe stands in for /dev/null or /dev/stdout, which a writer must
 * write into, not rename over.
 */
async function pipeReader(dir: string): Promise<{ fifo: string; received: Promise<string>; stop: () => void }> {
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
  return { fifo, received, stop: () => reader.destroy() };
}

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'suanli-io-'));

  it('writes a new file whole, and refuses a folder that does not exist rather than create it', () => {
    const file = join(dir, 'a', 'b.txt');
    expect(() => writeFileAtomic(file, 'one\n')).toThrow(`the folder ${join(dir, 'a')} does not exist: create it first, or write elsewhere`);
    expect(existsSync(join(dir, 'a'))).toBe(false);
    mkdirSync(join(dir, 'a'));
    writeFileAtomic(file, 'one\n');
    writeFileAtomic(file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('two\n');
  });

  it('refuses a folder as the target', () => {
    expect(() => writeFileAtomic(dir, 'x')).toThrow(`${dir} is a directory, not a file to write`);
  });

  it('writes into a target that is not a regular file instead of replacing it', async () => {
    const { fifo, received, stop } = await pipeReader(dir);
    writeFileAtomic(fifo, 'placements\n');
    const stillPipe = statSync(fifo).isFIFO();
    if (!stillPipe) stop();
    expect(stillPipe).toBe(true);
    expect(await received).toBe('placements\n');
  });
});

describe('LineWriter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'suanli-lines-'));
  const lines = Array.from({ length: 40_000 }, (_, i) => `{"job":"j${i}","note":"${'x'.repeat(40)}"}`);

  it('writes a long output in chunks, and the file appears only when complete', () => {
    mkdirSync(join(dir, 'sub'));
    const file = join(dir, 'sub', 'placements.jsonl');
    const w = LineWriter.toFile(file);
    for (const l of lines) w.line(l);
    // Over 2 MiB: chunks have gone to the temporary file, nothing under the name yet.
    expect(existsSync(file)).toBe(false);
    w.close();
    expect(readFileSync(file, 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  it('leaves an old file as it was when aborted, and no temporary file behind', () => {
    const file = join(dir, 'kept.jsonl');
    writeFileSync(file, 'old\n');
    const w = LineWriter.toFile(file);
    for (const l of lines) w.line(l);
    w.abort();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });

  it('sends chunks to a text sink, and refuses a folder', () => {
    const chunks: string[] = [];
    const w = LineWriter.to((t) => chunks.push(t));
    for (const l of lines) w.line(l);
    w.close();
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(`${lines.join('\n')}\n`);
    expect(() => LineWriter.toFile(dir)).toThrow(`${dir} is a directory, not a file to write`);
  });

  it('writes into a pipe in place', async () => {
    const { fifo, received, stop } = await pipeReader(dir);
    const w = LineWriter.toFile(fifo);
    w.line('a');
    w.line('b');
    w.close();
    const stillPipe = statSync(fifo).isFIFO();
    if (!stillPipe) stop();
    expect(stillPipe).toBe(true);
    expect(await received).toBe('a\nb\n');
  });
});
