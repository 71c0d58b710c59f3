/**
 * Chart export, entirely in the page (no request leaves it): SVG download, PNG download and
 * "copy chart to clipboard". The SVG is serialised with a white background and a font family set
 * on it, then for PNG drawn to a canvas through an Image loaded from a blob: URL (the CSP allows
 * img-src blob: data:). Expected failures come back as values with a sentence for the user.
 */

import { CHART_FONT } from '@/charts/palette';

export type ExportResult = { ok: true; message: string } | { ok: false; message: string };

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A file name from a title: "2.8 Re-referrals" -> "2-8-re-referrals". */
export function fileSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'chart' : slug.slice(0, 80);
}

/** The size the SVG is drawn at, from its width/height attributes or its box. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width || 800;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height || 400;
  return { width: Math.round(width), height: Math.round(height) };
}

/**
 * A stand-alone SVG document of the chart: namespace, explicit size, white background, font, and
 * an optional title drawn above the chart (so an exported image says what it shows).
 */
export function serialiseSvg(svg: SVGSVGElement, title = ''): string {
  const { width, height } = svgSize(svg);
  const titleHeight = title === '' ? 0 : 28;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.removeAttribute('tabindex');
  clone.removeAttribute('role');
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height + titleHeight));
  root.setAttribute('viewBox', `0 0 ${width} ${height + titleHeight}`);
  root.setAttribute('font-family', CHART_FONT);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.appendChild(background);
  if (title !== '') {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '12');
    text.setAttribute('y', '20');
    text.setAttribute('font-size', '16');
    text.setAttribute('font-weight', 'bold');
    text.setAttribute('fill', '#0b0c0c');
    text.textContent = title;
    root.appendChild(text);
  }
  const body = doc.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${titleHeight})`);
  for (const child of [...clone.childNodes]) body.appendChild(doc.importNode(child, true));
  root.appendChild(body);
  return new XMLSerializer().serializeToString(root);
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draws the chart to a PNG at `scale` times its size (2 = sharp on paper and projectors). */
export async function chartToPng(svg: SVGSVGElement, title = '', scale = 2): Promise<Blob | null> {
  const text = serialiseSvg(svg, title);
  const { width, height } = svgSize(svg);
  const fullHeight = height + (title === '' ? 0 : 28);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = fullHeight;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(fullHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the chart as an SVG file. */
export function downloadSvg(svg: SVGSVGElement, title: string): ExportResult {
  const text = serialiseSvg(svg, title);
  download(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${fileSlug(title)}.svg`);
  return { ok: true, message: 'The chart was saved as an SVG file.' };
}

/** Saves the chart as a PNG file. */
export async function downloadPng(svg: SVGSVGElement, title: string): Promise<ExportResult> {
  const blob = await chartToPng(svg, title);
  if (!blob) return { ok: false, message: 'This browser could not draw the chart as a PNG.' };
  download(blob, `${fileSlug(title)}.png`);
  return { ok: true, message: 'The chart was saved as a PNG file.' };
}

/** Whether this browser can put an image on the clipboard. */
export function canCopyImages(): boolean {
  return (
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  );
}

/** Copies the chart to the clipboard as a PNG image, or says why it could not. */
export async function copyChart(svg: SVGSVGElement, title: string): Promise<ExportResult> {
  if (!canCopyImages()) {
    return {
      ok: false,
      message:
        'This browser cannot copy images to the clipboard. Use "Save as PNG" and insert the file instead.',
    };
  }
  try {
    // Safari wants the ClipboardItem made synchronously, with a promise of the blob.
    const blob = chartToPng(svg, title).then((b) => {
      if (!b) throw new Error('png');
      return b;
    });
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return { ok: true, message: 'The chart was copied. Paste it into your document.' };
  } catch {
    return {
      ok: false,
      message: 'The chart could not be copied (the browser refused). Use "Save as PNG" instead.',
    };
  }
}
