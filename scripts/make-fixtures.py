#!/usr/bin/env python3
"""Builds the project's fixtures from the December 2015 reference report.

A developer's tool, run once: `npm run fixtures` (or `python3 scripts/make-fixtures.py [REFDIR]`).
It reads ../shared/reference (absent from a user's clone); the CSVs it writes are committed, and the
tests and the demo read only those. See fixtures/README.md for what each file is.
"""
import csv
import io
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'reference')
OUT = os.path.join(ROOT, 'fixtures')
SOURCE = ('Monthly Performance Report, December 2015 (Rotherham MBC, Improving Lives Select '
          'Commission, 3 February 2016)')

scorecard = json.load(open(os.path.join(REF, 'scorecard-2015-12.json'), encoding='utf-8'))
detail = json.load(open(os.path.join(REF, 'detail-2015.json'), encoding='utf-8'))


def write(name, header, rows, encoding='utf-8', newline='\n', delimiter=',', bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline, delimiter=delimiter)
    w.writerow(header)
    for r in rows:
        w.writerow(['' if v is None else v for v in r])
    data = buf.getvalue()
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        if bom:
            f.write(b'\xef\xbb\xbf')
        f.write(data.encode(encoding))
    return path


def num(v):
    """A JSON number as the plain text a CSV holds (no trailing .0 on integers)."""
    if v is None:
        return ''
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


# 1. The Performance Summary as a scorecard sheet (SPEC 2.1), cells as printed.
SHEET_HEADER = ['No.', 'Section', 'Indicator', 'Good perf is', 'Data note', 'Oct-15', 'Nov 15',
                'Dec 15', 'YTD', 'YTD note', 'DOT', 'RAG', 'Red', 'Amber', 'Target Green',
                '2013/14', '2014/15', 'Stat neigh ave', 'Best stat neigh', 'Nat ave',
                'NAT TOP QTLILE THRESHOLD', 'Benchmark year']
sheet_rows = []
for r in scorecard:
    raw = r['raw']
    t = raw['target']
    if 'mergedCell' in t:
        red, amber, green = '', '', t['mergedCell']
    else:
        red, amber, green = t.get('red', ''), t.get('amber', ''), t.get('green', '')
    rag = raw['rag']
    if r['id'] == '2.3' and not rag:
        rag = 'tbc'
    dot = raw['dot'] or ('new' if r['dot'] == 'new' else '')
    b = raw['benchmarks']
    sheet_rows.append([
        r['id'], r['section'], r['name'], r['goodPerfIs'], r['dataNote'],
        raw['months'].get('2015-10', ''), raw['months'].get('2015-11', ''),
        raw['months'].get('2015-12', ''), raw['ytd'], raw['ytdNote'], dot, rag,
        red, amber, green, raw['yearTrend'].get('2013/14', ''), raw['yearTrend'].get('2014/15', ''),
        b['snAvg'], b['bestSn'], b['natAvg'], b['natTopQuartile'], '2014/15',
    ])
write('scorecard-2015-12.csv', SHEET_HEADER, sheet_rows)

# 2. The detail pages' months in long form (SPEC 2.3).
by_id = {r['id']: r for r in scorecard}
long_rows = []
detail_ids = []
dropped = []
for s in detail['sections']:
    for ind in s['indicators']:
        sid = ind.get('scorecardId', ind['id'])
        if sid not in by_id:
            dropped.append(ind['id'])
            continue
        detail_ids.append(sid)
        nums = ind.get('numerators', {})
        dens = ind.get('denominators', {})
        for month, value in ind['months'].items():
            if month.endswith('?'):
                continue
            n, d = nums.get(month), dens.get(month)
            if value is None and n is None:
                continue
            note = ''
            if value is None:
                note = 'printed "-" (no value)'
            long_rows.append([sid, month, num(value), num(n), num(d), note])
        fr = ind.get('annualTrendFractions', {})
        an = ind.get('annualTrendNumerators', {})
        for year, value in ind.get('annualTrend', {}).items():
            if 'YTD' in year or value is None:
                continue
            f = fr.get(year) or {}
            long_rows.append([sid, year, num(value), num(f.get('numerator', an.get(year))),
                              num(f.get('denominator')), 'annual trend (detail page)'])
write('detail-monthly-2015.csv', ['indicator_id', 'period', 'value', 'numerator', 'denominator', 'note'],
      long_rows)

# 3. The catalogue (SPEC 2.2).
POLARITY = {'High': 'high', 'Low': 'low', 'Info': 'neutral', 'Within Limits': 'range'}
UNIT = {'count': 'count', 'percent': 'percent', 'rate_per_10k': 'rate_per_10k', 'ratePer10000': 'rate_per_10k', 'days': 'days',
        'average': 'average', 'averageCount': 'average'}
YTD_BASIS = {'6.7', '6.11', '7.5', '7.7', '10.1', '10.2', '10.3'}
definitions = {}
for s in detail['sections']:
    for ind in s['indicators']:
        definitions.setdefault(ind.get('scorecardId', ind['id']), s.get('definition') or '')


def ytd_kind(r):
    unit = r['unit']
    note = (r['ytdNote'] or '').lower()
    rolling = 'rolling' in (r['dataNote'] or '').lower() or r['id'] in ROLLING
    if r['ytd'] is None and not r['raw']['ytd']:
        # No YTD printed: rolling measures are already a year; the rest are snapshots.
        return 'none' if rolling else 'latest'
    if rolling and unit != 'percent':
        # A printed YTD of a rolling rate (2.4, 3.2) is a cumulative count over the population,
        # which the rolling monthly rates cannot give: show the printed one, compute none.
        return 'latest'
    if unit == 'percent':
        return 'ratio'
    if unit == 'days':
        return 'latest'
    return 'sum'


ROLLING = {'2.4', '3.2', '2.8', '4.2', '4.3', '6.2b', '6.3', '6.4', '6.8', '6.9', '9.2', '10.2', '10.3'}
cat_rows = []
for r in scorecard:
    raw = r['raw']['target']
    if 'mergedCell' in raw:
        red, amber, green = '', '', raw['mergedCell']
    else:
        red, amber, green = raw.get('red', ''), raw.get('amber', ''), raw.get('green', '')
    cat_rows.append([
        r['id'], r['section'], r['name'], POLARITY[r['goodPerfIs']], UNIT.get(r['unit'], 'count'), '',
        ytd_kind(r), 'ytd' if r['id'] in YTD_BASIS else 'month', red, amber, green, 'on',
        definitions.get(r['id'], ''), SOURCE,
    ])
write('catalogue-2015.csv', ['id', 'section', 'name', 'polarity', 'unit', 'decimals', 'ytd',
                             'rag_basis', 'red', 'amber', 'green', 'dot', 'definition', 'source'],
      cat_rows)

# 4. Benchmarks (SPEC 2.4), from the summary's four columns.
KINDS = [('snAvg', 'sn_avg'), ('bestSn', 'best_sn'), ('natAvg', 'national_avg'),
         ('natTopQuartile', 'national_top_quartile')]
bench_rows = []
for r in scorecard:
    for key, kind in KINDS:
        v = r['benchmarks'][key]
        if v is not None:
            bench_rows.append([r['id'], kind, '2014/15', num(v), 'Performance Summary, latest benchmarking 2014/15'])
write('benchmarks-2015.csv', ['indicator_id', 'benchmark', 'period', 'value', 'source'], bench_rows)

# 5. The golden oracle: the rules' DOT and RAG for every row (from the reference analysis).
UP = {'high': 'improving', 'low': 'improving', 'range': 'improving', 'neutral': 'increasing'}
DOWN = {'high': 'worsening', 'low': 'worsening', 'range': 'worsening', 'neutral': 'decreasing'}
RAG = {'Red': 'red', 'Amber': 'amber', 'Yellow': 'amber', 'Green': 'green', 'Grey': 'no-target'}
NOTES = {
    '12.1': 'printed DOT up and RAG Yellow; 85.3% to 83.9% is down and below the 90% red threshold: a stale arrow and a mis-rating',
    '6.7': 'printed Yellow; the YTD 85.1 is above the 59.9 target, so the rule gives Green (a manual judgement)',
    '9.2': 'printed Green; 11.3% lies between the 10% target and the 12% red threshold, so Amber (probably stale)',
}
exp_rows = []
for r in scorecard:
    pol = POLARITY[r['goodPerfIs']]
    d = r['derived']['dot']
    rule_dot = {'up': UP[pol], 'down': DOWN[pol], 'flat': 'no-change', 'new': 'new'}[d]
    form = r['target']['form']
    rag = r['derived']['rag']
    if form in ('tbc', 'pending'):
        rule_rag = 'tbc'
    else:
        rule_rag = RAG.get(rag, 'no-target') if rag else 'no-target'
    exp_rows.append([r['id'], pol, rule_dot, r['raw']['dot'] or r['dot'] or '', rule_rag, r['raw']['rag'],
                     r['derived']['ragBasis'] or '', num(r['derived']['ragValueUsed']), NOTES.get(r['id'], '')])
write('expected-2015-12.csv', ['id', 'polarity', 'rule_dot', 'printed_dot', 'rule_rag', 'printed_rag',
                               'rag_basis', 'value_used', 'note'], exp_rows)

# 6. Population (SPEC 2.6).
write('population-2015.csv', ['period', 'population_0_17'], [['2014/15', 56100], ['2015/16', 56400]])

# 7. Edge cases, one each.
pick = [r for r in sheet_rows if r[0] in ('2.1', '2.5', '2.8')]
write('edge/bom-crlf.csv', SHEET_HEADER, pick, newline='\r\n', bom=True)
write('edge/semicolon.csv', ['indicator_id', 'period', 'value', 'numerator', 'denominator', 'note'],
      [['2.1', '2015-10', '935', '', '', ''], ['2.1', '2015-11', '1029', '', '', ''],
       ['2.1', '2015-12', '1041', '', '', ''], ['6.9', '2015-12', '', '69', '568', 'computed']],
      delimiter=';')
w1252 = [['1.1', 'EARLY HELP – café', 'Children’s centre reach (£ per child)', 'High', 'Count',
          '10', '12', '14', '', '', '', '', '', '', 'n/a', '', '', '', '', '', '', '']]
write('edge/windows-1252.csv', SHEET_HEADER, w1252, encoding='cp1252')
write('edge/bad-number.csv', ['indicator_id', 'period', 'value', 'numerator', 'denominator', 'note'],
      [['2.1', '2015-07', '1012', '', '', ''], ['2.1', '2015-08', '981', '', '', ''],
       ['2.3', '2015-08', '4o.2', '', '', 'typo: letter o for zero'],
       ['2.3', '2015-09', '41.5', '', '', ''], ['2.5', '2015-08', '79.9', '', '', ''],
       ['2.5', '2015-09', '80.4', '', '', '']])
write('edge/duplicate-month.csv', ['indicator_id', 'Oct-15', 'Nov 15', 'Dec-15', 'December 2015'],
      [['2.1', '935', '1029', '1041', '1045'], ['2.2', '480', '509', '485', '485']])
write('edge/unknown-column.csv', ['indicator_id', 'period', 'value', 'numerator', 'denominator', 'note', 'Team'],
      [['11.4', '2015-12', '21.0', '', '', '', 'Duty'], ['11.5', '2015-12', '13.5', '', '', '', 'CIN Central']])
bad_target = [list(r) for r in sheet_rows if r[0] == '2.5'] + [list(r) for r in sheet_rows if r[0] == '2.6']
bad_target[0][12] = 'around eighty-ish'
write('edge/unreadable-target.csv', SHEET_HEADER, bad_target)
write('edge/hostile-headers.csv', ['__proto__', 'indicator_id', 'constructor', 'period', 'value', 'toString',
                                   'numerator', 'denominator', 'note'],
      [['polluted', '2.1', 'x', '2015-12', '1041', 'y', '', '', ''],
       ['{"admin":true}', '2.2', 'x', '2015-12', '485', 'y', '', '', '']])
write('edge/revised-2015-12.csv', ['indicator_id', 'period', 'value', 'numerator', 'denominator', 'note'],
      [['2.1', '2015-11', '1029', '', '', 'unchanged'], ['2.1', '2015-12', '1052', '', '', 're-run'],
       ['2.2', '2015-12', '491', '', '', 're-run'], ['2.8', '2015-11', '28.4', '', '', 're-run'],
       ['2.8', '2015-12', '29.6', '', '', 're-run']])
write('edge/wide-2015.csv', ['indicator_id', 'Apr-15', 'May-15', 'Jun-15', 'Jul-15', 'Aug-15', 'Sep-15',
                             'Oct-15', 'Nov-15', 'Dec-15', '2014/15'],
      [['2.1', 958, 1003, 1012, 1041, 981, 1006, 935, 1029, 1041, 10517],
       ['2.2', 393, 421, 447, 432, 370, 394, 451, 509, 485, 4513],
       ['7.1', 394, 397, 404, 403, 403, 408, 410, 413, 423, 407]])

# The Performance Summary as Excel saves it ("CSV UTF-8"): title rows above a two-row header of
# merged group titles, the section in an untitled first column printed on its first row only, a
# banner row, the header repeated where the printout broke pages, and a key line at the end.
def excel_layout():
    upper = ['', 'NO.', 'INDICATOR', 'GOOD PERF IS', 'DATA NOTE (Monthly)', 'LAST THREE MONTHS', '', '',
             'Year to Date 15/16', '', 'DOT (Month on Month)', 'RAG (in month unless stated)',
             'Target and Tolerances', '', '', 'YR ON YR TREND', '', 'LATEST BENCHMARKING - 2014/15', '', '', '']
    lower = ['', '', '', '', '', 'Oct-15', 'Nov 15', 'Dec 15', 'YTD', 'DATA NOTE', '', '', 'Red', 'Amber',
             'Target Green', '2013/14', '2014/15', 'STAT NEIGH AVE', 'BEST STAT NEIGH', 'NAT AVE',
             'NAT TOP QTLILE THRESHOLD']
    width = len(upper)
    rows = [['Performance Summary'] + [''] * (width - 1),
            ['As at Month End: December 2015'] + [''] * (width - 1),
            ["(*DOT* - Direction of travel represents the direction of 'performance' in reference to the "
             "polarity of 'good' performance for that measure.)"] + [''] * (width - 1),
            [''] * width, upper, lower,
            ['EARLY HELP PERFORMANCE INFORMATION - ON HOLD'] + [''] * (width - 1)]
    section = None
    for r in sheet_rows:
        first = r[1] if r[1] != section else ''
        if r[0] == '5.4':
            rows += [upper, lower]
        section = r[1]
        rows.append([first, r[0], r[2]] + list(r[3:21]))
    rows.append([''] * width)
    rows.append(['Key: Grey = no target; Yellow = amber.'] + [''] * (width - 1))
    return rows[0], rows[1:]


xl_header, xl_rows = excel_layout()
write('edge/summary-saved-from-excel.csv', xl_header, xl_rows, newline='\r\n', bom=True)

missing = sorted(set(detail['coverage']['scorecardIdsWithDetailSeries']) - set(detail_ids))
print(f'scorecard rows: {len(sheet_rows)}; detail values: {len(long_rows)} for {len(set(detail_ids))} ids; '
      f'dropped detail ids: {dropped}; missing: {missing}; benchmarks: {len(bench_rows)}')
