import { describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { describeConfig, effectiveSettings, envName, loadConfig } from './config.js';
import { testPlatform } from '../../test/platform.js';

describe('config', () => {
  it('takes defaults, then the file, then the environment, then flags', () => {
    expect(loadConfig({}).port).toBe(8080);
    const c = loadConfig({
      file: { name: 'suanli.yaml', values: { port: 9000, staleAfterS: 30, demo: true } },
      env: { SUANLI_PORT: '9100', SUANLI_STALE_AFTER_S: '45', DATABASE_URL: 'postgres://x@127.0.0.1/db' },
      flags: { port: '9200' },
    });
    expect(c).toMatchObject({ port: 9200, staleAfterS: 45, demo: true, databaseUrl: 'postgres://x@127.0.0.1/db' });
  });

  it('stops start-up naming the key, the source and the value', () => {
    const bad = (): unknown => loadConfig({
      file: { name: 'suanli.yaml', values: { colour: 'red', role: 'galactic' } },
      env: { SUANLI_PORT: 'eighty', SUANLI_DEMO: 'perhaps', DATABASE_URL: 'mysql://nope' },
    });
    expect(bad).toThrow(ValidationError);
    try {
      bad();
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
        'port: must be a number (from SUANLI_PORT, value text "eighty")',
        'databaseUrl: must be a postgres:// or postgresql:// URL (from DATABASE_URL, value text "mysql://nope")',
        'demo: must be true or false (from SUANLI_DEMO, value text "perhaps")',
        'role: must be one of national, hub, regional (from suanli.yaml, value text "galactic")',
        ': unknown setting "colour" (known: host, port, dataDir, plannerDir, databaseUrl, scenario, demo, role, platformId, federationIntervalMs, federationWindowS, acceptRoutedCommands, joinRequestsPerHour, routeAfterS, federationOutboxMax, requestTimeoutS, authFailuresPerSecond, authFailureBurst, bodyLimitBytes, rateLimitPerSecond, rateLimitBurst, staleAfterS, agentTimeoutS, requireReport, usageToleranceS, maxAttempts, futureSkewS, placementIntervalMs, rollupIntervalMs, leaderCheckMs, loopsInWorker, auditCheckpointIntervalMs, rawRetentionH, commissionBps, minBalance, lowBalanceAlert, spotNoticeS, marketIntervalMs, demoJobsPerMinute, metricsRequireToken, logLevel)',
      ]);
    }
  });

  it('describes every key with its environment name and default', () => {
    const d = describeConfig();
    expect(envName('rateLimitPerSecond')).toBe('SUANLI_RATE_LIMIT_PER_SECOND');
    expect(d.find((k) => k.key === 'port')).toEqual({ key: 'port', env: 'SUANLI_PORT', default: 8080, description: 'TCP port to listen on (0 picks a free one).' });
    expect(d.every((k) => k.description.length > 10)).toBe(true);
  });

  it('says where each setting in force came from, and hides a database password', async () => {
    const c = loadConfig({
      file: { name: 'suanli.yaml', values: { port: 9200, staleAfterS: 30 } },
      env: { SUANLI_STALE_AFTER_S: '45', DATABASE_URL: 'postgres://suanli:s3cret@127.0.0.1/db' },
      flags: { demo: true },
    });
    const by = Object.fromEntries(effectiveSettings(c).map((s) => [s.key, s]));
    expect(by.port).toMatchObject({ value: 9200, source: 'suanli.yaml', env: 'SUANLI_PORT' });
    expect(by.staleAfterS).toMatchObject({ value: 45, source: 'SUANLI_STALE_AFTER_S' });
    expect(by.demo).toMatchObject({ value: true, source: '--demo' });
    expect(by.commissionBps).toMatchObject({ source: 'default' });
    expect(by.databaseUrl!.value).toBe('postgres://suanli:***@127.0.0.1/db');
    expect(JSON.stringify(effectiveSettings(c))).not.toContain('s3cret');
    const t = await testPlatform();
    try {
      const r = await t.call(t.tokens.admin, 'GET', '/v1/settings');
      expect(r.status).toBe(200);
      expect(r.body.settings.map((s: { key: string }) => s.key)).toEqual(describeConfig().map((d) => d.key));
      expect(r.body.settings.find((s: { key: string }) => s.key === 'requireReport')).toMatchObject({ value: false, source: '--require-report' });
      expect((await t.call(t.tokens.regulator, 'GET', '/v1/settings')).status).toBe(403);
    } finally {
      await t.close();
    }
  });
});
