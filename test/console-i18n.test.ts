import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import zh from '../web/src/i18n/zh-CN.json' with { type: 'json' };

const WEB = join(import.meta.dirname, '../web/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('the console speaks both languages', () => {
  const files = sources(WEB).map((f) => ({ f: f.slice(WEB.length + 1), text: readFileSync(f, 'utf8') }));

  it('has the same keys in en and zh-CN, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(zh)]) expect(v, k).not.toBe('');
  });

  it('uses only keys the catalogues have', () => {
    const used = files.flatMap(({ f, text }) => [...text.matchAll(/\bt\(\s*'([a-zA-Z0-9.-]+)'/g)].map((m) => ({ f, key: m[1]! })));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((u) => !(u.key in en)).map((u) => `${u.f}: ${u.key}`)).toEqual([]);
  });

  it('renders no literal text: every visible string is a key', () => {
    // Text between JSX tags, and the text-bearing props, must come from t(...).
    const literal = /(<[A-Za-z][^<>]*>[^<>{}\n;=()]*[A-Za-z\u4e00-\u9fff][^<>{}\n;=()]*<\/)|\b(title|placeholder|label|description|subTitle|tip|extra|aria-label)="[^"]*[A-Za-z\u4e00-\u9fff][^"]*"/g;
    const found = files.filter(({ f }) => f.endsWith('.tsx')).flatMap(({ f, text }) => [...text.matchAll(literal)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('would notice a literal string', () => {
    const literal = /(<[A-Za-z][^<>]*>[^<>{}\n;=()]*[A-Za-z\u4e00-\u9fff][^<>{}\n;=()]*<\/)/;
    expect(literal.test('<Button>Sign in</Button>')).toBe(true);
    expect(literal.test("<Button>{t('signIn.submit')}</Button>")).toBe(false);
  });
});
