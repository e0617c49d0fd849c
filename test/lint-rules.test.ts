import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules are only worth having if they fire: lint snippets as if they were core files. */
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint rules of the pure core', () => {
  it('forbid node:* imports, the store, the server and I/O packages in src/core', async () => {
    const messages = await ruleIds(
      [
        "import { readFileSync } from 'node:fs';",
        "import { parse } from 'yaml';",
        "import { x } from '../../store/index.js';",
        "import { y } from '../../server/app.js';",
        'export const z = [readFileSync, parse, x, y];',
      ].join('\n'),
      'src/core/network/bad.ts',
    );
    const restricted = messages.filter((m) => m.startsWith('no-restricted-imports'));
    expect(restricted).toHaveLength(4);
    expect(restricted[0]).toContain("'node:fs'");
    expect(restricted[0]).toContain('src/core is pure: no node:* imports');
    expect(restricted[1]).toContain('src/core must not import I/O packages.');
    expect(restricted[2]).toContain('src/core must not import the store.');
    expect(restricted[3]).toContain('src/core must not import the server.');
  });

  it('forbid Date.now and Math.random in src/core', async () => {
    const messages = await ruleIds('export const t = Date.now() + Math.random();\n', 'src/core/clock-user.ts');
    expect(messages).toEqual([
      "no-restricted-properties: 'Date.now' is restricted from being used. Time enters the core through Clock.",
      "no-restricted-properties: 'Math.random' is restricted from being used. Randomness enters the core through Rng.",
    ]);
  });

  it('allow the same code outside src/core', async () => {
    const messages = await ruleIds("import { readFileSync } from 'node:fs';\nexport const t = [Date.now(), readFileSync];\n", 'src/cli/ok.ts');
    expect(messages).toEqual([]);
  });
});

describe('lint rule: only the store speaks SQL', () => {
  const code = [
    'declare const db: { run(sql: string, p: unknown[]): Promise<void> };',
    "export const a = () => db.run('UPDATE jobs SET reason = ? WHERE id = ?', []);",
    'export const b = (t: string) => db.run(`SELECT * FROM ${t}`, []);',
    "export const c = 'Select a data center';",
  ].join('\n');

  it('fires on SQL in strings and templates outside src/store, not on English', async () => {
    expect(await ruleIds(code, 'src/server/services/bad.service.ts')).toEqual([
      'no-restricted-syntax: Only src/store speaks SQL: add a repository method and call it.',
      'no-restricted-syntax: Only src/store speaks SQL: add a repository method and call it.',
    ]);
  });

  it('leaves the store alone', async () => {
    expect(await ruleIds(code, 'src/store/repositories/ok.repository.ts')).toEqual([]);
  });
});
