import { describe, expect, it } from 'vitest';
import { draftKeyMessages, type KeyMessage } from '@/domain/key-messages';
import { buildExampleWorkspace } from '@/data/demo';
import { parseText } from '@/domain/import/parse-file';
import { mergeImport } from '@/domain/workspace';

/** The December 2015 example, built from the committed fixtures as the app builds it. */
const ws = buildExampleWorkspace('2024-01-01T00:00:00.000Z');
const draft = draftKeyMessages(ws, '2015-12');
const find = (list: KeyMessage[], kind: KeyMessage['kind'], id: string) =>
  list.find((m) => m.kind === kind && m.indicatorId === id);

describe('key messages for December 2015 (against November)', () => {
  it('6.12 is Green again: 91.1% in November was below the 95% red threshold, 98.1% meets 98%', () => {
    const m = find(draft.well, 'green-regained', '6.12');
    expect(m?.title).toBe('6.12 % of CP cases which were reviewed within timescales');
    expect(m?.sentence).toMatch(
      /^Green again in December 2015, from Red in November 2015: 98\.1% meets the target of 98%\./,
    );
  });

  it('10.1 is a new Red on its year to date, 79.3% below 83%, and on small numbers (1 of 1 in December)', () => {
    const m = find(draft.worried, 'new-red', '10.1');
    expect(m?.sentence).toMatch(
      /^Red in December 2015, not rated in November 2015: 79\.3% \(year to date\) is below the red threshold of 83%/,
    );
    expect(m?.sentence).toMatch(/small numbers: the change is not read as a real one\.$/);
  });

  it('2.8 re-referrals worsened three months running: 26.6% (Sep), 26.8%, 28.2%, 29.3% (Dec)', () => {
    // Lower is better: each month is higher than the one before, from the sheet's Oct-Dec and the
    // detail page's September.
    const m = find(draft.worried, 'worsening-three-months', '2.8');
    expect(m?.sentence).toMatch(
      /^Worse three months running: 26\.6%, 26\.8%, 28\.2%, 29\.3% from September 2015 to December 2015\./,
    );
  });

  it('6.12 crossed the SN average of 97.6%: worse at 91.1% in November, better at 98.1%', () => {
    const m = find(draft.well, 'benchmark-better', '6.12');
    expect(m?.sentence).toMatch(/statistical-neighbour average of 97\.6% \(2014\/15\)/);
    expect(m?.sentence).toMatch(/0\.5 points better/);
  });

  it('calls no change a real one: the example has fewer than 13 months for a verdict', () => {
    const all = [...draft.well, ...draft.worried];
    expect(all.length).toBeGreaterThan(5);
    for (const m of all) {
      expect(m.sentence).not.toMatch(/This is a real change/);
      expect(m.sentence).toMatch(/too few months to tell|small numbers/);
    }
  });

  it('puts the draft into committee-style text, grouped, one line per message', () => {
    const lines = draft.text.split('\n');
    expect(lines[0]).toBe('Key messages: December 2015');
    const well = lines.indexOf('What is working well');
    const worried = lines.indexOf('What we are worried about');
    expect(well).toBeGreaterThan(0);
    expect(worried).toBeGreaterThan(well);
    expect(lines.slice(well + 1, worried - 1).every((l) => l.startsWith('- '))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('- 6.12 % of CP cases') && l.includes('Green again')),
    ).toBe(true);
  });
});

describe('targets by a date in the key messages', () => {
  it('a catalogue target for 2.1, "500 by 2016-03 from 2015-04", behind its path is a worry', () => {
    // 2.1 contacts: 880 in April 2015, to fall to 500 by March 2016: 380 over 11 months. December
    // is 8 months on: 880 - 8 x 380 / 11 = 603.6 planned; December's 1,041 is 437.4 behind.
    const catalogue = parseText(
      'catalogue-target.csv',
      'id,name,polarity,unit,ytd,target_by\n2.1,Number of contacts,low,count,sum,500 by 2016-03 from 2015-04\n',
      '2024-01-02T00:00:00.000Z',
    );
    const withTarget = mergeImport(ws, [catalogue], '2024-01-02T00:00:00.000Z');
    const d = draftKeyMessages(withTarget, '2015-12');
    const m = find(d.worried, 'off-trajectory', '2.1');
    expect(m?.sentence).toMatch(
      /^Behind its trajectory \(500 by March 2016, from 880 in April 2015/,
    );
    expect(m?.sentence).toMatch(
      /December 2015: 1,041 against the trajectory's 603\.6, behind by 437\.4/,
    );
  });
});
