import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import type { AgentConfig } from '../config.js';
import { createExecutor } from './registry.js';

describe('making an executor', () => {
  it('refuses the Slurm executor at start when a Slurm command is not on PATH, naming it', () => {
    const dir = tempDir('suanli-registry-');
    const settings = { executor: 'slurm', dataDir: dir, slurm: { partitions: {}, tenants: {} } } as unknown as AgentConfig;
    expect(() => createExecutor(settings, { PATH: join(dir, 'empty') }, () => undefined))
      .toThrow(`the slurm executor needs sbatch, which is not on PATH (${join(dir, 'empty')}): install Slurm's client commands (Debian: slurm-client) or set executor: local`);
    // With sbatch, scontrol and scancel there (here, stand-ins), it is made.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const cmd of ['sbatch', 'scontrol']) {
      writeFileSync(join(bin, cmd), '#!/bin/sh\n');
      chmodSync(join(bin, cmd), 0o755);
    }
    expect(() => createExecutor(settings, { PATH: bin }, () => undefined)).toThrow(/needs scancel/);
    writeFileSync(join(bin, 'scancel'), '#!/bin/sh\n');
    chmodSync(join(bin, 'scancel'), 0o755);
    expect(createExecutor(settings, { PATH: bin }, () => undefined).name).toBe('slurm');
  });
});
