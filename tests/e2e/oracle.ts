/**
 * The oracle of the browser tests: the DOT and RAG that the rules derive for each of the 75 rows
 * of the December 2015 report (fixtures/expected-2015-12.csv, made from the reference analysis,
 * not from our code), and the words the app shows for them.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { fixturePath } from './browser';

export interface Expected {
  id: string;
  rule_dot: string;
  rule_rag: string;
}

/** A fixture CSV read with its header row. */
export const readFixtureCsv = <T>(name: string): T[] =>
  Papa.parse<T>(readFileSync(fixturePath(name), 'utf8'), { header: true, skipEmptyLines: true })
    .data;

export const expected = readFixtureCsv<Expected>('expected-2015-12.csv');

export const oracle = (id: string): Expected => {
  const row = expected.find((x) => x.id === id);
  if (!row) throw new Error(`${id} is not in fixtures/expected-2015-12.csv`);
  return row;
};

export const DOT_WORDS: Record<string, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  increasing: 'Increasing',
  decreasing: 'Decreasing',
  new: 'New',
};

export const RAG_WORDS: Record<string, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  'no-target': 'No target',
  tbc: 'Target tbc',
  'no-data': 'No data',
};
