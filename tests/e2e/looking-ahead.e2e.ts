/**
 * Issue 13 in a real browser: a target by a date shows the monthly change still needed; an action
 * added to a Red indicator appears on the RAG overview and in the pack; edited key messages
 * survive a reload and print on the pack's summary page; axe on each screen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  baseURL,
  fixturePath,
  openPage,
  sharedBrowser,
  startWithOwnData,
} from './browser';
import { scorecardTable } from './scorecard-page';

const browser = sharedBrowser();

describe('looking ahead', () => {
  it('a target of 600 by 31 March 2020 shows the monthly change still needed, and a projection', async () => {
    const { page, context, errors } = await openPage(browser());
    await scorecardTable(page).waitFor();
    await startWithOwnData(page);
    await page.goto(baseURL() + '/import');
    await page
      .getByLabel('CSV files to import')
      .setInputFiles(
        [
          'looking-ahead/catalogue-lac.csv',
          'looking-ahead/monthly-lac.csv',
          'looking-ahead/trajectory-adoptions.csv',
        ].map(fixturePath),
      );
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
    expect(await page.getByText('Trajectory (target path by month)').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 3 files' }).waitFor();

    await page.goto(baseURL() + '/indicator/L.1');
    const target = page.getByRole('region', { name: 'Target by a date' });
    await target.waitFor();
    const text = await target.innerText();
    // 625 in October 2019 to 600 by March 2020: 25 over five months, 5 a month. November's 622
    // is 2 above the planned 620; (600 - 622) / 4 months left = 5.5 a month still needed.
    expect(text).toContain(
      'Target: 600 by March 2020, from 625 in October 2019: a fall of 5 a month planned.',
    );
    expect(text).toContain(
      "November 2019: 622 against the trajectory's 620, behind by 2; a fall of 5.5 a month is needed from here.",
    );
    const table = target.getByRole('table', { name: /L\.1 against its trajectory/ });
    const nov = table.getByRole('row', { name: /Nov-19/ });
    expect(await nov.innerText()).toMatch(
      /620\s+622\s+Behind the trajectory by 2\s+a fall of 5\.5 a month\s+Amber/,
    );

    // The projection: a dashed line named on the chart, and the sentence with its range.
    const heading = page.getByRole('region', { name: 'Where it is heading' });
    expect(await heading.innerText()).toMatch(/Recent trend: a straight line through the 6 months/);
    expect(
      await page
        .locator('svg')
        .getByText(/^Projection \(recent trend\)/)
        .count(),
    ).toBe(1);
    expect(
      await page
        .locator('svg')
        .getByText(/^Trajectory to 600/)
        .count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A flow with a trajectory file: adoptions, 25 in eight months against 24 last year.
    await page.goto(baseURL() + '/indicator/L.2');
    const ahead = page.getByRole('region', { name: 'Where it is heading' });
    await ahead.waitFor();
    // 25 + (2 + 3 + 4 + 5) x 25 / 24 = 39.6, shown as 40 (no decimals), Green against 34; but 3
    // adoptions a month are small numbers, so it is not called settled.
    expect(await ahead.innerText()).toContain(
      'Heading for Green by March 2020, but on small numbers that cannot be relied on: projected 40 for the year',
    );
    expect(await page.getByRole('region', { name: 'Target by a date' }).innerText()).toContain(
      '(trajectory file)',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an action added to a Red indicator appears on the RAG overview and in the pack', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.5');
    const section = page.getByRole('region', { name: 'Actions and questions' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Add an action' }).click();
    await section.getByLabel('What is being done').fill('Extra MASH screening sessions');
    await section.getByLabel('Owner').fill('Head of Service, MASH');
    await section.getByLabel('Due date').fill('2016-01-31');
    await section.getByLabel('Status').selectOption({ label: 'In progress' });
    await section.getByRole('button', { name: 'Save action' }).click();
    await section.getByText('Action saved.').waitFor();
    await section.getByRole('button', { name: "Add a member's question" }).click();
    await section
      .getByLabel('Question', { exact: true })
      .fill('Why is the decision rate still below 83%?');
    await section.getByLabel('Asked by').fill('Cllr Hoddinott');
    await section.getByLabel('Meeting date').fill('2015-12-02');
    await section.getByRole('button', { name: 'Save question' }).click();
    await section.getByText('Question saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'RAG overview' }).click();
    const reds = page.getByRole('region', { name: /^Red:/ });
    await reds.waitFor();
    const row = reds.getByRole('listitem').filter({ hasText: '2.5 % of referrals' }).first();
    const rowText = await row.innerText();
    expect(rowText).toContain(
      'Extra MASH screening sessions (owner: Head of Service, MASH; due 31 Jan 2016; In progress',
    );
    expect(rowText).toMatch(
      /Open for \d+ months: asked by Cllr Hoddinott at the meeting of 2 Dec 2015/,
    );
    // Another Red without any: says so.
    const other = reds.getByRole('listitem').filter({ hasText: '2.8 % re-referral' }).first();
    expect(await other.innerText()).toContain('No open actions or questions.');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Print pack' }).click();
    const pack = page.getByRole('article', { name: /^2\.5 % of referrals/ });
    await pack.waitFor();
    expect(await pack.innerText()).toContain('Extra MASH screening sessions');

    // And in the workspace export, with the question.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workspace' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      workspace: { actions: { what: string }[]; questions: { askedBy: string }[] };
    };
    expect(exported.workspace.actions.map((a) => a.what)).toEqual([
      'Extra MASH screening sessions',
    ]);
    expect(exported.workspace.questions.map((q) => q.askedBy)).toEqual(['Cllr Hoddinott']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edited key messages survive a reload and print on the pack', async () => {
    const { page, context, errors } = await openPage(browser(), '/messages');
    const box = page.getByLabel('Key messages for December 2015');
    await box.waitFor();
    // The draft from the data: 6.12 is Green again, linked to its page.
    const fromData = page.getByRole('region', { name: 'From the data' });
    expect(
      await fromData
        .getByRole('link', { name: '6.12 % of CP cases which were reviewed within timescales' })
        .count(),
    ).toBeGreaterThan(0);
    expect(await box.inputValue()).toMatch(
      /^Key messages: December 2015\n\nWhat is working well\n- /,
    );
    expect(await axeViolations(page)).toEqual([]);

    const edited = 'Key messages: December 2015\n\nContact decisions remain our main worry.';
    await box.fill(edited);
    await page.getByRole('button', { name: 'Save key messages' }).click();
    await page.getByText('Key messages saved.').waitFor();
    await page.reload();
    await page.getByLabel('Key messages for December 2015').waitFor();
    expect(await page.getByLabel('Key messages for December 2015').inputValue()).toBe(edited);
    expect(await page.getByText(/Edited text, saved/).count()).toBe(1);

    await page.getByRole('link', { name: 'Print pack' }).click();
    const summary = page.getByRole('region', { name: 'Key messages, December 2015' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Contact decisions remain our main worry.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
