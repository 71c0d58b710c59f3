import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { buildExampleWorkspace } from '@/data/demo';
import { orderIndicators } from '@/domain/scorecard';
import { commentarySaved, workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import MeetingPage from './meeting-page';
import { meetingChartSize } from './meeting-slide';

afterEach(cleanup);

let example: WorkspaceData;
beforeAll(() => {
  example = buildExampleWorkspace('2016-01-18T09:00:00.000Z');
});

beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(example);
});

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>Scorecard screen</p> },
      { path: '/meeting/:id?', element: <MeetingPage /> },
      { path: '/search', element: <input aria-label="Search" /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const heading = () => screen.getByRole('heading', { level: 1 });
const total = () => example.indicators.length;

describe('Meeting mode keys', () => {
  it.each([
    ['Right arrow moves to the next indicator', '/meeting/2.1', ['{ArrowRight}'], /^2\.2 /, 2],
    ['Right then Left comes back', '/meeting/2.1', ['{ArrowRight}', '{ArrowLeft}'], /^2\.1 /, 1],
    [
      'Left at the first indicator stays there (no wrap)',
      '/meeting/2.1',
      ['{ArrowLeft}'],
      /^2\.1 /,
      1,
    ],
    ['two steps right', '/meeting/2.1', ['{ArrowRight}', '{ArrowRight}'], /^2\.3 /, 3],
    [
      "Alt+Right is the browser's, not ours",
      '/meeting/2.1',
      ['{Alt>}{ArrowRight}{/Alt}'],
      /^2\.1 /,
      1,
    ],
    ['other keys do nothing', '/meeting/2.2', ['{ArrowUp}', 'n', '{Enter}'], /^2\.2 /, 2],
  ])('%s', async (_case, path, keys, expected, position) => {
    const user = userEvent.setup();
    renderAt(path);
    expect(heading()).toHaveTextContent(/^2\.\d /);
    for (const k of keys) await user.keyboard(k);
    expect(heading()).toHaveTextContent(expected);
    expect(screen.getByText(`${position} of ${total()}`)).toBeInTheDocument();
  });

  it('announces the new indicator and keeps its place at the last one', async () => {
    const user = userEvent.setup();
    const router = renderAt('/meeting/2.1');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent(
      `Indicator 2 of ${total()}: 2.2 Number of contacts going onto referral`,
    );
    const last = router.state.location.pathname;
    expect(last).toBe('/meeting/2.2');
  });

  it('stops at the last indicator', async () => {
    const user = userEvent.setup();
    const order = orderIndicators(example.indicators).map((i) => i.id);
    const last = order[order.length - 1]!;
    renderAt(`/meeting/${last}`);
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent(new RegExp(`^${last.replace('.', '\\.')} `));
    expect(screen.getByText(`${total()} of ${total()}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next/ })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/This is the last indicator/)).toBeInTheDocument();
  });

  it('Escape leaves for the scorecard', async () => {
    const user = userEvent.setup();
    const router = renderAt('/meeting/2.3');
    await user.keyboard('{Escape}');
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('Scorecard screen')).toBeInTheDocument();
  });

  it('the Previous, Next and Exit buttons do what the keys do', async () => {
    const user = userEvent.setup();
    const router = renderAt('/meeting/2.2');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(heading()).toHaveTextContent(/^2\.3 /);
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(heading()).toHaveTextContent(/^2\.1 /);
    expect(screen.getByRole('button', { name: /Previous/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Exit' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('focuses the heading when it opens', () => {
    renderAt('/meeting/2.1');
    expect(heading()).toHaveFocus();
  });
});

describe('Meeting mode screen', () => {
  it('shows the plain-English headline, the RAG with its reason, the chart and the commentary of 2.8', () => {
    commentarySaved('2.8', '2015-12', 'Re-referrals rose again; an audit is under way.');
    renderAt('/meeting/2.8');
    expect(screen.getByText('Re-referrals rose again; an audit is under way.')).toBeInTheDocument();
    expect(heading()).toHaveTextContent(/^2\.8 /);
    expect(
      screen.getByText(/in December 2015/, { selector: '.meeting__headline' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Performance analysis, December 2015' }),
    ).toBeInTheDocument();
  });

  it('"/meeting" starts at the first indicator of the scorecard', () => {
    const router = renderAt('/meeting');
    expect(router.state.location.pathname).toBe('/meeting/2.1');
    expect(heading()).toHaveTextContent(/^2\.1 Number of contacts/);
  });

  it('an unknown indicator says so and links back', () => {
    renderAt('/meeting/99.9');
    expect(screen.getByText('There is no indicator 99.9 in your data.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the scorecard' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});

describe('meetingChartSize', () => {
  it.each([
    [
      '1920x1080 projector (30px slide text)',
      1070.4,
      709.6,
      30,
      { width: 1070, height: 709, fontSize: 24 },
    ],
    // 24px slide text at 1280x720 and 1024x768: 0.8 x 24 = 19.2, so 19px axis labels.
    ['1280x720 (24px slide text)', 734, 443, 24, { width: 734, height: 443, fontSize: 19 }],
    // Never under 18px, however small the slide's text (0.8 x 20 = 16 is raised to 18).
    ['never under 18px', 500, 300, 20, { width: 500, height: 300, fontSize: 18 }],
  ])('%s', (_case, width, height, type, expected) => {
    expect(meetingChartSize(width, height, type)).toEqual(expected);
  });
});

describe('Meeting mode: signal or noise', () => {
  it('shows the variation and assurance verdicts in words, with the rule', () => {
    renderAt('/meeting/9.1');
    expect(
      screen.getByText('Special cause improvement', { selector: '.verdict__word' }),
    ).toBeVisible();
    expect(
      screen.getByText('Consistently meets the target', { selector: '.verdict__word' }),
    ).toBeVisible();
    expect(
      screen.getByText(/December 2015 \(74\.7%\) is above the upper process limit of 74\.6%/),
    ).toBeVisible();
  });
});

// fixtures/expected-2015-12.csv: 13 rows rated red, in sheet order 2.5, 2.7, 2.8, 4.3, 5.3,
// 6.3, 6.4, 6.5, 7.14, 8.4, 10.1, 10.3, 12.1; 24 rated No target, so 75 - 24 = 51 with one.
describe('Meeting mode follows the scorecard', () => {
  it('RAG = Red opens at the first Red, "1 of 13", and steps through the Reds only', async () => {
    const user = userEvent.setup();
    const router = renderAt('/meeting?rag=red');
    expect(router.state.location.pathname).toBe('/meeting/2.5');
    expect(router.state.location.search).toBe('?rag=red');
    expect(screen.getByText('1 of 13')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent(/^2\.7 /);
    await user.keyboard('{End}');
    expect(heading()).toHaveTextContent(/^12\.1 /);
    expect(screen.getByText('13 of 13')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(heading()).toHaveTextContent(/^2\.5 /);
    // Exit goes back to the scorecard with its filter.
    await user.keyboard('{Escape}');
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('?rag=red');
  });

  it('follows the search and the sort: "referral" sorted by RAG puts the Reds first', () => {
    renderAt('/meeting?q=referral&sort=rag');
    // Among the names with "referral", the Reds in sheet order come first: 2.5, 2.7, 2.8.
    expect(heading()).toHaveTextContent(/^2\.5 /);
  });

  it('skips the indicators with no target when asked, in the address', async () => {
    const user = userEvent.setup();
    const router = renderAt('/meeting/2.1');
    expect(screen.getByText(`1 of ${total()}`)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Skip indicators with no target' }));
    // 2.1 (No target) is left out: the meeting moves to the first with a target, 2.3 (tbc).
    expect(router.state.location.search).toBe('?skip=no-target');
    expect(router.state.location.pathname).toBe('/meeting/2.3');
    expect(screen.getByText('1 of 51')).toBeInTheDocument();
  });

  it('jumps to an id typed in the jump box, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderAt('/meeting?rag=red');
    const box = screen.getByRole('combobox', { name: 'Go to' });
    await user.type(box, '8.4{Enter}');
    expect(heading()).toHaveTextContent(/^8\.4 /);
    expect(screen.getByText('10 of 13')).toBeInTheDocument();
    // 2.1 is not Red, so it is not in this meeting.
    await user.type(box, '2.1{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No indicator in this meeting matches "2.1".',
    );
    expect(heading()).toHaveTextContent(/^8\.4 /);
    // Words of a name go to the first Red that has them: 10.1 "% of adoptions completed ...".
    await user.clear(box);
    await user.type(box, 'adoption{Enter}');
    expect(heading()).toHaveTextContent(/^10\.1 /);
  });

  it('states the value axis in words, fitted to the figures', () => {
    renderAt('/meeting/2.8');
    // 2.8: months 2015/16 from 23.4% to 29.3%, target 23%, amber to 26%, SN 23.6%, England
    // 24%: 22% to 30% in steps of 2 (scale.test.ts works the steps).
    expect(screen.getByText(/^Scale: 22% to 30%/)).toBeInTheDocument();
  });
});
