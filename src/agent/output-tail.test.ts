import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers.js';
import { readOutputTail } from './output-tail.js';

describe("reading a job's output for upload", () => {
  it('reads the last part of a regular file, and its whole length, within the bound as UTF-8', () => {
    const dir = tempDir('suanli-tail-');
    const f = join(dir, 'stdout');
    expect(readOutputTail(f, 16)).toEqual({ tail: '', bytes: 0 });
    writeFileSync(f, `${'a'.repeat(100)}tail end\n`);
    expect(readOutputTail(f, 9)).toEqual({ tail: 'tail end\n', bytes: 109 });
    // Invalid bytes become replacement characters, and the text still fits the bound.
    writeFileSync(f, Buffer.concat([Buffer.alloc(20, 0xff), Buffer.from('ok')]));
    const t = readOutputTail(f, 12) as { tail: string; bytes: number };
    expect(Buffer.byteLength(t.tail, 'utf8')).toBeLessThanOrEqual(12);
    expect(t.tail.endsWith('ok')).toBe(true);
    expect(t.bytes).toBe(22);
  });

  it('does not follow a link a job put in place of its output (to the agent\'s token, say), nor block on a FIFO', () => {
    const dir = tempDir('suanli-tail-');
    const secret = join(dir, 'agent.token');
    writeFileSync(secret, 'sl_secret_token\n', { mode: 0o600 });
    symlinkSync(secret, join(dir, 'stdout'));
    expect(readOutputTail(join(dir, 'stdout'), 1024)).toEqual({ refused: 'it is a symbolic link' });
    execFileSync('mkfifo', [join(dir, 'stderr')]);
    expect(readOutputTail(join(dir, 'stderr'), 1024)).toEqual({ refused: 'it is not a regular file' });
    expect(readOutputTail(dir, 1024)).toEqual({ refused: 'it is not a regular file' });
  });
});
