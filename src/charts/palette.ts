/**
 * Okabe-Ito, the colour-blind-safe palette (Okabe & Ito 2008). Colour never carries meaning on
 * its own here: every line also has its own dash pattern and a direct label, and every chart has
 * its data as a table. Yellow and sky blue are left out: too pale on white (WCAG 1.4.11).
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Line styles that tell series apart in greyscale print and for colour-blind readers. */
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

/** SVG `stroke-dasharray` of each line style ('' = solid). */
export const DASH: Record<LineStyle, string> = {
  solid: '',
  dashed: '8 5',
  dotted: '2 4',
  'dash-dot': '10 4 2 4',
};

/** The dash pattern of a style for a line drawn `k` times as thick (undefined = solid). */
export function dashArray(style: LineStyle, k = 1): string | undefined {
  const dash = DASH[style];
  if (dash === '') return undefined;
  return k === 1
    ? dash
    : dash
        .split(' ')
        .map((n) => String(Number(n) * k))
        .join(' ');
}

/** The roles a line can play on an indicator chart, each with one colour and one style. */
export type LineRole =
  'current' | 'previous' | 'target' | 'red' | 'sn_avg' | 'national_avg' | 'range';

export const ROLE_STYLE: Record<LineRole, { colour: string; style: LineStyle; width: number }> = {
  current: { colour: OKABE_ITO.blue, style: 'solid', width: 3 },
  // Last year's months: solid, lighter and thinner, never dashed (a dashed line after this
  // year's last month reads as a forecast). #6f777b is 4.6:1 on white.
  previous: { colour: '#6f777b', style: 'solid', width: 2 },
  target: { colour: OKABE_ITO.bluishGreen, style: 'dashed', width: 2 },
  red: { colour: OKABE_ITO.vermillion, style: 'dotted', width: 2 },
  sn_avg: { colour: OKABE_ITO.reddishPurple, style: 'dash-dot', width: 2 },
  national_avg: { colour: OKABE_ITO.vermillion, style: 'dotted', width: 2 },
  range: { colour: OKABE_ITO.bluishGreen, style: 'dashed', width: 2 },
};

/**
 * Lines that are not months that happened (issue 13): the year-end projection and its range
 * continue the current year's colour but dashed and thin, without markers; a trajectory (a target
 * by a date) is the target's colour, dash-dot.
 */
export const OUTLOOK_STYLE = {
  projection: { colour: OKABE_ITO.blue, style: 'dashed', width: 2 },
  range: { colour: OKABE_ITO.blue, style: 'dotted', width: 1 },
  trajectory: { colour: OKABE_ITO.bluishGreen, style: 'dash-dot', width: 2 },
} as const satisfies Record<string, { colour: string; style: LineStyle; width: number }>;

/** Series styles for several measures on one chart, in order (at most four). */
export const SERIES_STYLES: { colour: string; style: LineStyle; marker: MarkerShape }[] = [
  { colour: OKABE_ITO.blue, style: 'solid', marker: 'circle' },
  { colour: OKABE_ITO.vermillion, style: 'dashed', marker: 'square' },
  { colour: OKABE_ITO.bluishGreen, style: 'dotted', marker: 'triangle' },
  { colour: OKABE_ITO.reddishPurple, style: 'dash-dot', marker: 'diamond' },
];

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** The amber band: a translucent fill; the band is also named in the key and the table. */
export const AMBER_FILL = OKABE_ITO.orange;
export const AMBER_OPACITY = 0.22;

/** Text on charts: the page's text colour, for contrast. */
export const CHART_TEXT = '#0b0c0c';

/** The charts' font (the page's, set again on exported SVG so it is measured and drawn alike). */
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const CHART_GRID = '#d8d8d8';
