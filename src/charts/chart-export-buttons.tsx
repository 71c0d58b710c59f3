import { useState, type RefObject } from 'react';
import { copyChart, downloadPng, downloadSvg, type ExportResult } from '@/charts/chart-export';

interface ChartExportButtonsProps {
  /** The element that holds the chart's SVG. */
  target: RefObject<HTMLElement | null>;
  /** Names the files and is drawn above the exported image. */
  title: string;
}

/** "Save as PNG", "Save as SVG" and "Copy chart", with the outcome announced politely. */
export function ChartExportButtons({ target, title }: ChartExportButtonsProps) {
  const [result, setResult] = useState<ExportResult | null>(null);
  const svg = (): SVGSVGElement | null =>
    target.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ??
    target.current?.querySelector<SVGSVGElement>('svg') ??
    null;
  const run = async (action: (s: SVGSVGElement) => ExportResult | Promise<ExportResult>) => {
    const element = svg();
    if (!element) {
      setResult({ ok: false, message: 'There is no chart drawn to export yet.' });
      return;
    }
    setResult({ ok: true, message: 'Working…' });
    setResult(await action(element));
  };
  return (
    <div className="chart-export no-print">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => run((s) => downloadPng(s, title))}
      >
        Save as PNG<span className="visually-hidden">: {title}</span>
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => run((s) => downloadSvg(s, title))}
      >
        Save as SVG<span className="visually-hidden">: {title}</span>
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => run((s) => copyChart(s, title))}
      >
        Copy chart<span className="visually-hidden">: {title}</span>
      </button>
      <p
        role="status"
        className={
          result && !result.ok
            ? 'chart-export__message chart-export__message--problem'
            : 'chart-export__message'
        }
      >
        {result?.message ?? ''}
      </p>
    </div>
  );
}
