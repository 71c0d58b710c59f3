import { describe, expect, it } from 'vitest';
import { recogniseKind } from '@/domain/import/recognise';
import { mapHeaders } from '@/domain/import/headers';
import type { FileKind } from '@/domain/types';

const SHEET =
  'No.,Section,Indicator,Good perf is,Data note,Oct-15,Nov 15,Dec 15,YTD,YTD note,DOT,RAG,Red,Amber,Target Green,' +
  '2013/14,2014/15,Stat neigh ave,Best stat neigh,Nat ave,NAT TOP QTLILE THRESHOLD,Benchmark year';

describe('recogniseKind: a file is known by its header row', () => {
  it.each<[string, string, FileKind]>([
    ['the December 2015 summary sheet', SHEET, 'scorecard'],
    ['a sheet with only names and months', 'No.,Indicator,Oct-15,Nov 15,Dec 15', 'scorecard'],
    [
      'a sheet with names and targets, no months',
      'Indicator,Good perf is,Red,Amber,Green',
      'scorecard',
    ],
    [
      'the catalogue (SPEC 2.2)',
      'id,section,name,polarity,unit,decimals,ytd,rag_basis,red,amber,green,dot,definition,source',
      'catalogue',
    ],
    ['a catalogue in other capitals', 'ID,Name,Polarity,Unit', 'catalogue'],
    ['monthly long form', 'indicator_id,period,value,numerator,denominator,note', 'monthly-long'],
    [
      'monthly long form with fractions only',
      'indicator_id,period,numerator,denominator',
      'monthly-long',
    ],
    ['monthly wide form', 'indicator_id,Apr-15,May-15,Jun-15,2014/15', 'monthly-wide'],
    ['monthly wide form headed No.', 'No.,2015-10,2015-11,2015-12', 'monthly-wide'],
    ['benchmarks (SPEC 2.4)', 'indicator_id,benchmark,period,value,source', 'benchmarks'],
    ['population (SPEC 2.6)', 'period,population_0_17', 'population'],
    [
      'DfE tidy data (SPEC 2.5), c1 order',
      'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_percent',
      'national',
    ],
    [
      'DfE tidy data, la_name before new_la_code, a BOM',
      '\uFEFFtime_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,care_leaver_age,breakdown,care_leaver_count',
      'national',
    ],
    [
      'DfE national-only data (no LA columns)',
      'time_period,time_identifier,geographic_level,country_code,country_name,cla_group,number',
      'national',
    ],
    [
      "DfE tidy data whose columns read as another kind's",
      'time_period,geographic_level,la_name,indicator_id,period,value,benchmark',
      'national',
    ],
    [
      'statistical neighbours, 2021 layout',
      'LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP,',
      'neighbours',
    ],
    [
      'statistical neighbours, 2025 layout',
      'old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P,SN_10,SN_10P',
      'neighbours',
    ],
    ['an LA code without neighbours', 'old_la_code,la_name,region_name', 'unknown'],
    ['a time period without a level', 'time_period,la_name,count', 'unknown'],
    [
      'benchmarks with an la_name label',
      'indicator_id,benchmark,period,value,la_name',
      'benchmarks',
    ],
    ['something else', 'Team,Manager,Phone', 'unknown'],
    ['ids without values', 'indicator_id,note', 'unknown'],
    ['hostile headers only', '__proto__,constructor,toString', 'unknown'],
    ['nothing', '', 'unknown'],
  ])('%s', (_case, header, kind) => {
    const headers = header === '' ? [] : header.split(',');
    expect(recogniseKind(headers)).toBe(kind);
    expect(recogniseKind(mapHeaders(headers))).toBe(kind);
  });
});
