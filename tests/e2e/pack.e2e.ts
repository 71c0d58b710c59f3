/**
 * Issue 10 in a real browser: the committee pack printed to PDF by Chromium and read back with
 * pdf.js (cover, contents whose page numbers are where the indicator pages really are, the running
 * header, "Page n of m" and the protective marking on every page); exceptions only; "Print this
 * indicator"; and the charts: one legend, one tab stop, benchmarks over their own year, amber band
 * labels at the indicator's precision. Axe on the pack and on an indicator page.
 */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, openPage, sharedBrowser } from './browser';
import { expected } from './oracle';

const browser = sharedBrowser();

/** The pack printed as the user's browser would, one string of lines per page. */
async function printedPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    let text = '';
    for (const item of content.items)
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    pages.push(
      text
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    );
  }
  await doc.destroy();
  return pages;
}

const HEADER = "Children's services performance report · All indicators · December 2015";

/** The ids the rules rate Red or Amber, or find worsening, in December 2015 (the oracle). */
const exceptionIds = expected
  .filter((e) => e.rule_rag === 'red' || e.rule_rag === 'amber' || e.rule_dot === 'worsening')
  .map((e) => e.id);

describe('the committee pack on paper', () => {
  it('has a cover, contents whose page numbers are true, and the header, marking and page n of m on every page', async () => {
    const { page, context, errors } = await openPage(
      browser(),
      '/pack?marking=OFFICIAL-SENSITIVE&council=Rotherham%20Metropolitan%20Borough%20Council',
    );
    await page.getByRole('heading', { name: 'Contents' }).waitFor();
    await page.locator('article.pack-indicator .recharts-surface').last().waitFor();
    const pages = await printedPages(page);
    const total = pages.length;
    // Cover, contents, summary, the scorecard's pages and 75 indicator pages.
    expect(total).toBeGreaterThan(75 + 3);

    const cover = pages[0]!;
    for (const words of [
      'Rotherham Metropolitan Borough Council',
      "Children's services performance report",
      'All indicators',
      'As at month end December 2015',
      'Date produced',
      'All 75 indicators',
      'Protective marking OFFICIAL-SENSITIVE',
    ])
      expect(cover).toContain(words);

    pages.forEach((text, i) => {
      expect(text.split('\n')[0], `page ${i + 1}`).toContain(HEADER);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${total}`);
      // Top right and bottom left.
      expect(
        text.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0,
        `page ${i + 1}`,
      ).toBeGreaterThanOrEqual(2);
    });

    // The contents (page 2): "2.8 % re-referral rate ... 18"; each page it names starts that
    // indicator's page on paper (its heading, "2.8 % re-referral ...", under the running header).
    const contents = pages[1]!.split('\n');
    expect(contents).toContain('Contents');
    const entries = contents.flatMap((line) => {
      const m = /^(\d+\.\d+[a-z]?) (.+?) (\d+)$/.exec(line);
      // The name's first words: the contents cut long names short, a heading may wrap.
      return m ? [{ id: m[1]!, words: m[2]!.slice(0, 24), page: Number(m[3]) }] : [];
    });
    expect(entries.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const e of entries) {
      const printed = pages[e.page - 1]!.split('\n');
      expect(
        printed.some((l) => l.startsWith(`${e.id} ${e.words}`)),
        `contents say ${e.id} is on page ${e.page}`,
      ).toBe(true);
      // ... and only there: the page before is another one's.
      expect(pages[e.page - 2]!.split('\n').some((l) => l.startsWith(`${e.id} ${e.words}`))).toBe(
        false,
      );
    }
    // The last indicator is the last page: nothing spilled onto a page of its own.
    expect(Math.max(...entries.map((e) => e.page))).toBe(total);

    const summary = /^Summary of RAG ratings (\d+)$/m.exec(pages[1]!);
    expect(pages[Number(summary?.[1]) - 1]).toContain('Summary of RAG ratings, December 2015');
    const scorecard = /^Performance summary \(scorecard\) (\d+)–(\d+)$/m.exec(pages[1]!);
    expect(scorecard).not.toBeNull();
    for (let p = Number(scorecard![1]); p <= Number(scorecard![2]); p += 1)
      expect(pages[p - 1]).toContain('Performance summary as at month end December 2015');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exceptions only: the Red, Amber and worsening indicators and nothing else, kept in the address', async () => {
    const { page, context } = await openPage(browser(), '/pack');
    await page.getByRole('heading', { name: 'Contents' }).waitFor();
    await page.getByRole('radio', { name: /Exceptions only/ }).check();
    await expect.poll(() => page.url()).toContain('show=exceptions');
    await expect
      .poll(() => page.locator('article.pack-indicator').count())
      .toBe(exceptionIds.length);
    const ids = await page
      .locator('article.pack-indicator h2')
      .evaluateAll((hs) => hs.map((h) => h.textContent!.split(' ')[0]));
    expect([...ids].sort()).toEqual([...exceptionIds].sort());
    expect(await page.getByRole('region', { name: 'Cover' }).innerText()).toContain(
      `Exceptions only (Red, Amber or worsening): ${exceptionIds.length} of 75 indicators`,
    );
    await page.reload();
    await expect
      .poll(() => page.locator('article.pack-indicator').count())
      .toBe(exceptionIds.length);
    expect(await page.getByRole('radio', { name: /Exceptions only/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('"Print this indicator" prints that page alone: Page 1 of 1', async () => {
    const { page, context } = await openPage(browser(), '/pack?marking=OFFICIAL');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('link', { name: 'Print this indicator (2.8)' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    await expect.poll(() => page.url()).not.toContain('print=1');
    expect(page.url()).toContain('only=2.8');
    expect(page.url()).toContain('marking=OFFICIAL');
    expect(await page.locator('article.pack-indicator').count()).toBe(1);
    const pages = await printedPages(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('2.8 % re-referral rate');
    expect(pages[0]).toContain('Page 1 of 1');
    expect(pages[0]).toContain('OFFICIAL');
    await page.getByRole('link', { name: 'Back to the whole pack' }).click();
    await expect.poll(() => page.locator('article.pack-indicator').count()).toBe(75);

    // The indicator's own page has the same action.
    await page.goto(`${baseURL()}/indicator/11.4`);
    await page.getByRole('link', { name: 'Print this indicator' }).waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('link', { name: 'Print this indicator' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    expect(page.url()).toContain('only=11.4');
    expect(await page.locator('article.pack-indicator h2').allInnerTexts()).toEqual([
      expect.stringMatching(/^11\.4 /),
    ]);
    await context.close();
  });

  it('has no axe violations on screen', async () => {
    const { page, context } = await openPage(browser(), '/pack?show=exceptions&marking=OFFICIAL');
    await page.getByRole('heading', { name: 'Contents' }).waitFor();
    await page.locator('article.pack-indicator .recharts-surface').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('charts on an indicator page', () => {
  it('each chart is one tab stop named by its summary, with one legend', async () => {
    // 6.5 has 2014/15's months too: the monthly chart draws them as last year's.
    const { page, context } = await openPage(browser(), '/indicator/6.5');
    await page.locator('figure.chart .recharts-surface').first().waitFor();
    await expect.poll(() => page.locator('figure.chart').count()).toBeGreaterThanOrEqual(3);
    const charts = await page.locator('figure.chart').count();
    // Tab through the page from the top; record where focus lands inside each chart's figure.
    await page.locator('body').focus();
    const stops: { chart: number; role: string | null; name: string | null }[] = [];
    for (let i = 0; i < 400; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        const figures = [...document.querySelectorAll('figure.chart')];
        const last = figures[figures.length - 1]!;
        const past =
          el !== null &&
          !last.contains(el) &&
          (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        const chart = figures.findIndex((f) => f.contains(el));
        const drawing = el?.closest('.chart__canvas');
        return {
          past,
          inDrawing: drawing
            ? { chart, role: el!.getAttribute('role'), name: el!.getAttribute('aria-label') }
            : null,
        };
      });
      if (stop.inDrawing) stops.push(stop.inDrawing);
      if (stop.past) break;
    }
    for (let c = 0; c < charts; c += 1) {
      const inChart = stops.filter((s) => s.chart === c);
      expect(inChart, `chart ${c + 1}`).toHaveLength(1);
      expect(inChart[0]!.role).toBe('img');
      expect(inChart[0]!.name).toMatch(/^(Line|Bar|Process control) chart of /);
    }
    // One legend: no key above the monthly chart; each line named once beside it.
    const monthly = page.getByRole('figure', { name: /by month$/ });
    expect(await monthly.locator('.chart-key').count()).toBe(0);
    // A label's words are its lines (tspans); a wrapped one also carries its whole text as a title.
    const labels = await monthly
      .locator('.chart__direct-labels text')
      .evaluateAll((ts) =>
        ts.map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join('')),
      );
    expect(labels).toContain('Same month last year (2014/15)');
    expect(new Set(labels).size).toBe(labels.length);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the annual chart draws the 2014/15 benchmarks over the 2014/15 bar only', async () => {
    const { page, context } = await openPage(browser(), '/indicator/2.8');
    const annual = page.getByRole('figure', { name: /year on year$/ });
    await annual.locator('.recharts-surface').waitFor();
    const geometry = await annual.evaluate((fig) => {
      const bars = [...fig.querySelectorAll('.recharts-bar-rectangle path')].map((b) => {
        const r = b.getBoundingClientRect();
        return { left: r.left, right: r.right };
      });
      const ticks = [...fig.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => ({
        text: t.textContent,
        x: t.getBoundingClientRect().left + t.getBoundingClientRect().width / 2,
      }));
      const lines = [...fig.querySelectorAll('.chart__year-benchmarks line')].map((l) => {
        const r = l.getBoundingClientRect();
        return { year: l.getAttribute('data-year'), left: r.left, right: r.right };
      });
      return { bars, ticks, lines };
    });
    expect(geometry.ticks.map((t) => t.text)).toEqual(['2013/14', '2014/15']);
    expect(geometry.lines.length).toBeGreaterThan(0);
    const [bar1314, bar1415] = geometry.bars;
    for (const line of geometry.lines) {
      expect(line.year).toBe('2014/15');
      // Clear of the 2013/14 bar, across the 2014/15 one.
      expect(line.left).toBeGreaterThan(bar1314!.right);
      expect(line.left).toBeLessThanOrEqual(bar1415!.left);
      expect(line.right).toBeGreaterThanOrEqual(bar1415!.right);
    }
    await context.close();
  });

  it('labels a caseload amber band at the indicator precision: 22.0 to 22.2, not 22 to 22.22', async () => {
    const { page, context } = await openPage(browser(), '/indicator/11.4');
    const monthly = page.getByRole('figure', { name: /by month$/ });
    await monthly.locator('.recharts-surface').waitFor();
    const labels = await monthly.locator('.chart__direct-labels text').allTextContents();
    expect(labels).toContain('Amber: 22.0 to 22.2');
    expect(labels.join(' ')).not.toContain('22.22');
    await context.close();
  });
});
