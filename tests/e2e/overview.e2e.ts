import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('RAG overview in the browser', () => {
  it('shows the reds with reasons and has no axe violations', async () => {
    const { page, context, errors } = await openPage(browser(), '/overview');
    await page.getByRole('heading', { name: 'RAG overview' }).waitFor();
    const reds = await page.getByRole('region', { name: /^Red: \d+ indicators/ }).innerText();
    expect(reds).toContain('2.8');
    expect(reds).toContain('is at or above the red threshold of 26%');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
