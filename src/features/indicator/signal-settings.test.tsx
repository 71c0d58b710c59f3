import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { buildExampleWorkspace } from '@/data/demo';
import {
  importUndone,
  useWorkspaceStore,
  workspaceLoaded,
  workspaceStoreReset,
} from '@/state/workspace-store';
import IndicatorPage from './indicator-page';
import { act } from 'react';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/indicator/:id" element={<IndicatorPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => {
  cleanup();
  workspaceStoreReset();
});

let example: WorkspaceData;
beforeAll(() => {
  example = buildExampleWorkspace('2016-01-18T09:00:00.000Z');
});

const section = () => screen.getByRole('region', { name: 'Signal or noise' });
const verdictWords = () =>
  [...section().querySelectorAll('.verdict__word')].map((e) => e.textContent);

describe(
  'Signal or noise settings on the indicator page (9.1, December 2015)',
  { timeout: 30_000 },
  () => {
    it('marking a series break at July 2015 recalculates the limits from it, says why, and can be undone', async () => {
      workspaceLoaded(example);
      renderAt('/indicator/9.1');
      const user = userEvent.setup();
      expect(verdictWords()[0]).toBe('Special cause improvement');
      expect(within(section()).getByText(/No series breaks are marked/)).toBeVisible();

      await user.selectOptions(
        within(section()).getByLabelText('First month of the new period'),
        'July 2015',
      );
      await user.click(within(section()).getByRole('radio', { name: 'New recording system' }));
      await user.click(within(section()).getByRole('button', { name: 'Mark series break' }));

      // Jul-15 to Dec-15 is 6 months, fewer than the 13 limits need: no verdict, and why.
      expect(verdictWords()[0]).toBe('No verdict');
      expect(section()).toHaveTextContent(
        'Only 6 months since July 2015 (New recording system): process limits need at least 13 months',
      );
      // Drawn on the chart (its summary) and named in its table.
      expect(within(section()).getByRole('img')).toHaveAccessibleName(
        /Series break from July 2015: New recording system\./,
      );
      const table = within(section()).getByRole('table', { name: /9\.1 process control chart/ });
      expect(within(table).getByRole('rowheader', { name: /Jul-15/ })).toHaveTextContent(
        'Break: New recording system',
      );
      expect(within(section()).getByRole('listitem')).toHaveTextContent(
        'Series break from July 2015: New recording system',
      );
      expect(useWorkspaceStore.getState().workspace.spc?.breaks).toEqual([
        { indicatorId: '9.1', month: '2015-07', reason: 'New recording system' },
      ]);
      expect(useWorkspaceStore.getState().history.at(-1)?.description).toBe(
        'Series break at 9.1, July 2015',
      );

      act(() => importUndone());
      expect(verdictWords()[0]).toBe('Special cause improvement');
    });

    it('a month already marked is refused; "Other" needs the reason in words', async () => {
      workspaceLoaded(example);
      renderAt('/indicator/9.1');
      const user = userEvent.setup();
      const mark = () =>
        user.click(within(section()).getByRole('button', { name: 'Mark series break' }));
      // The latest month is offered first: December 2015, with the first reason offered.
      await mark();
      expect(section()).toHaveTextContent('Only 1 month since December 2015 (Definition change)');
      await mark();
      expect(section()).toHaveTextContent('This month is already marked as a break.');
      await user.click(
        within(section()).getByRole('button', { name: 'Remove the break at December 2015' }),
      );
      expect(verdictWords()[0]).toBe('Special cause improvement');

      await user.click(within(section()).getByRole('radio', { name: 'Other' }));
      await mark();
      expect(section()).toHaveTextContent('Say why the limits are recalculated from this month.');
      const reason = within(section()).getByLabelText('The reason, in your words');
      expect(reason).toHaveFocus();
      await user.type(reason, 'Placements moved to the new team');
      await mark();
      expect(section()).toHaveTextContent(
        'Only 1 month since December 2015 (Placements moved to the new team)',
      );
    });

    it('fixing the limits from the first 9 months: the baseline is too short for 13, and says so', async () => {
      workspaceLoaded(example);
      renderAt('/indicator/9.1');
      const user = userEvent.setup();
      const months = within(section()).getByLabelText('Fix the limits from the first (months)');
      await user.clear(months);
      await user.type(months, '9');
      await user.click(within(section()).getByRole('button', { name: 'Fix limits' }));
      expect(section()).toHaveTextContent(
        'The baseline has 9 months: process limits need at least 13 months',
      );
      await user.click(within(section()).getByRole('button', { name: 'Use all months' }));
      expect(verdictWords()[0]).toBe('Special cause improvement');
      await user.clear(months);
      await user.type(months, 'twelve');
      await user.click(within(section()).getByRole('button', { name: 'Fix limits' }));
      expect(
        within(section()).getByText('Enter a whole number of months from 2 to 120.'),
      ).toBeVisible();
    });
  },
);
