import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvField, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads plain, quoted and escaped fields with their line numbers', () => {
    const text = 'a,b,c\n1,"x, y","say ""hi"""\r\n\n3,"multi\nline",\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 4, fields: ['3', 'multi\nline', ''] },
    ]);
  });

  it('handles a byte-order mark and a missing final newline', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('reports broken quoting with the line', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open')).toThrow('a quoted field is never closed');
    expect(() => parseCsv('a\nx"y')).toThrow('a quote inside an unquoted field');
    expect(() => parseCsv('a\n"x"y')).toThrow('text after a closing quote');
  });

  it('quotes fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1.5)).toBe('1.5');
  });
});
