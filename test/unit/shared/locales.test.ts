import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '@shared/contract';
import en from '@shared/locales/en.json';
import it_ from '@shared/locales/it.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const english = flatten(en as Tree);
const italian = flatten(it_ as Tree);
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the Italian and English catalogs', () => {
  it('have the same keys', () => {
    expect([...italian.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !italian.has(key))).toEqual([]);
  });

  it('have no empty sentence', () => {
    for (const [key, value] of [...english, ...italian]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of english) expect(variables(italian.get(key) ?? ''), key).toEqual(variables(value));
  });

  it('translate rather than copy: the Italian differs from the English for nearly every sentence', () => {
    // Command syntax (`*.usage`) and bare placeholders are the same in every language by nature.
    const same = [...english].filter(
      ([key, value]) =>
        value.length > 12 && italian.get(key) === value && !key.endsWith('.usage') && !/^\{\{\w+\}\}$/.test(value),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('explain every error code with a message and a next step, in both languages', () => {
    for (const code of Object.keys(ERROR_KINDS)) {
      for (const catalog of [english, italian]) {
        expect(catalog.get(`errors.${code}.message`), `${code}.message`).toBeTruthy();
        expect(catalog.get(`errors.${code}.next`), `${code}.next`).toBeTruthy();
      }
    }
  });
});
