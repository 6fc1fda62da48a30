// Download a plot as PNG or SVG (drawn by plotly) and its rows as CSV.
import type { RefObject } from 'react';
import { downloadCsv } from '../../../lib/csv';
import { logger } from '../../../lib/logger';
import { loadPlotly, type GraphDiv } from '../../../lib/plotly/adapter';

interface Props {
  graphRef: RefObject<GraphDiv | null>;
  /** File name without extension. */
  fileName: string;
  /** Builds the CSV on demand, so nothing is serialised until asked for. */
  csv: () => string;
  csvLabel?: string;
}

export function ExportButtons({ graphRef, fileName, csv, csvLabel = 'CSV' }: Props) {
  const image = async (format: 'png' | 'svg') => {
    const graph = graphRef.current;
    if (!graph) return;
    try {
      const plotly = await loadPlotly();
      await plotly.downloadImage(graph, {
        format,
        filename: fileName,
        width: graph.clientWidth,
        height: graph.clientHeight,
      });
    } catch (error) {
      logger.error(`Exporting ${fileName}.${format} failed`, error);
    }
  };

  return (
    <div className="analysis-export" role="group" aria-label="Export">
      <span className="muted">Export:</span>
      <button type="button" onClick={() => void image('png')}>
        PNG
      </button>
      <button type="button" onClick={() => void image('svg')}>
        SVG
      </button>
      <button type="button" onClick={() => downloadCsv(`${fileName}.csv`, csv())}>
        {csvLabel}
      </button>
    </div>
  );
}
