import { CODE_LABELS } from '../../../contracts/code-labels';
import { LOCALES } from '../../../contracts/codes';
import { ERROR_CODES } from '../../../contracts/errors';
import { IMPORT_PROBLEM_CODES } from '../../../contracts/imports';
import { enMessages } from './en';
import { kkMessages } from './kk';
import { ruMessages } from './ru';

type Tree = { [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

describe('message files', () => {
  const ru = keysOf(ruMessages as Tree).sort();

  it('have the same keys in Kazakh as in Russian', () => {
    expect(keysOf(kkMessages as Tree).sort()).toEqual(ru);
  });

  it('have the same keys in English as in Russian', () => {
    expect(keysOf(enMessages as Tree).sort()).toEqual(ru);
  });

  it.each(LOCALES)('show in %s the labels of every code that contracts/ gives, under app.<kind>', (locale) => {
    const app = { kk: kkMessages, ru: ruMessages, en: enMessages }[locale].app as Tree;
    for (const [kind, labels] of Object.entries(CODE_LABELS[locale])) expect({ kind, labels: app[kind] }).toEqual({ kind, labels });
  });

  it.each(LOCALES)('say in %s every error code of contracts/errors.ts, with only its own parameters', (locale) => {
    const errors = ({ kk: kkMessages, ru: ruMessages, en: enMessages }[locale].app as Tree).errors as Tree;
    for (const [code, params] of Object.entries(ERROR_CODES)) {
      const message = errors[code];
      const names = Object.keys(params);
      const allowed = names.includes('minutes') ? [...names, 'smart_count'] : names;
      const placeholders = typeof message === 'string' ? [...message.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]) : [];
      expect({ code, said: typeof message === 'string' && message.trim() !== '' }).toEqual({ code, said: true });
      expect({ code, unknown: placeholders.filter((p) => !allowed.includes(p)) }).toEqual({ code, unknown: [] });
    }
  });

  it.each(LOCALES)('say in %s every problem code of an import, with only its own parameters', (locale) => {
    const imports = ({ kk: kkMessages, ru: ruMessages, en: enMessages }[locale].app as Tree).imports as Tree;
    const problems = imports.problems as Tree;
    expect(Object.keys(problems).sort()).toEqual(Object.keys(IMPORT_PROBLEM_CODES).sort());
    for (const [code, params] of Object.entries(IMPORT_PROBLEM_CODES)) {
      const message = problems[code];
      const placeholders = typeof message === 'string' ? [...message.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]) : [];
      expect({ code, unknown: placeholders.filter((p) => !(params as readonly string[]).includes(p)) }).toEqual({ code, unknown: [] });
    }
  });

  it('have no empty Kazakh message except the blank boolean', () => {
    const flat = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flat(value, `${prefix}${key}.`),
      );
    const empty = flat(kkMessages as Tree).filter(([key, value]) => !value.trim() && key !== 'ra.boolean.null');
    expect(empty).toEqual([]);
  });
});
