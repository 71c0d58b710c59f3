import { useId, useRef, type ReactNode } from 'react';
import '@/charts/charts.css';
import { ChartExportButtons } from '@/charts/chart-export-buttons';

interface ChartFrameProps {
  /** Shown above the chart and used to name exported files. */
  title: string;
  /** What the chart shows, in words: the accessible name of the image. */
  summary: string;
  /** The key (line styles) shown above the chart, if any. */
  keyItems?: ReactNode;
  /** Hide the export buttons (print, meeting mode). */
  exportable?: boolean;
  children: ReactNode;
}

/**
 * A chart as a figure: a caption, the drawing as one image with a summary for screen readers
 * and one tab stop for keyboard users (its data table sits beside it, given by the caller), and
 * the export buttons.
 */
export function ChartFrame({
  title,
  summary,
  keyItems,
  exportable = true,
  children,
}: ChartFrameProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption className="chart__title" id={captionId}>
        {title}
      </figcaption>
      {keyItems}
      {/* One tab stop: the drawing, named by its summary; its data table sits beside it. Nothing
          inside takes focus: the charts are drawn with accessibilityLayer={false}, and the
          drawing is inert because Chromium puts each of Recharts' layers (<g>) in the tab order
          otherwise (six unnamed stops a chart). display: contents keeps the layout as it was. */}
      <div className="chart__canvas" role="img" aria-label={summary} tabIndex={0} ref={canvas}>
        <div className="chart__drawing" inert>
          {children}
        </div>
      </div>
      {exportable ? <ChartExportButtons target={canvas} title={title} /> : null}
    </figure>
  );
}
