// A chart with its title, where it comes from, its legend and what it leaves out: plain HTML around the bars, so that
// the pane and the static report show the same.
import type { Bar, Chart } from "../domain/overview";
import { BarChart, BarList, type ChartWords, TONE_COLOR } from "./BarChart";

export interface FigureWords extends ChartWords {
  /** "Không có số liệu (16)" under a chart: it opens onto the items it could not draw. */
  empty: (count: number) => string;
}

export interface ChartFigureProps {
  chart: Chart;
  words: FigureWords;
  width: number;
  /** In the pane: each bar a button that selects its cells. Without it, a picture (the report). */
  onSelect?: (bar: Bar) => void;
}

const swatch = { display: "inline-block", width: 10, height: 10, borderRadius: 2, marginRight: 4 };
const targetSwatch = { ...swatch, width: 0, borderRadius: 0, borderLeft: `2px dashed ${TONE_COLOR.error}` };

export function ChartFigure({ chart, words, width, onSelect }: ChartFigureProps) {
  return (
    <figure className="bc06-chart" style={{ margin: "0 0 16px" }}>
      <figcaption>
        <strong style={{ display: "block", fontSize: 13 }}>{chart.title}</strong>
        {chart.source && <span style={{ fontSize: 11, opacity: 0.8 }}>{chart.source}</span>}
        <span style={{ display: "flex", flexWrap: "wrap", gap: 10, fontSize: 11, margin: "4px 0" }}>
          {chart.legend.map(({ tone, label }) => (
            <span key={tone}>
              <span aria-hidden="true" style={{ ...swatch, background: TONE_COLOR[tone] }} />
              {label}
            </span>
          ))}
          {chart.target !== undefined && (
            <span>
              <span aria-hidden="true" style={targetSwatch} />
              {words.target}
            </span>
          )}
        </span>
      </figcaption>
      {onSelect ? (
        <BarList chart={chart} words={words} width={width} onSelect={onSelect} />
      ) : (
        <BarChart chart={chart} words={words} width={width} />
      )}
      {chart.empty.length > 0 && (
        <details style={{ fontSize: 11, marginTop: 4 }}>
          <summary style={{ cursor: "pointer" }}>{words.empty(chart.empty.length)}</summary>
          {chart.empty.join("; ")}.
        </details>
      )}
    </figure>
  );
}
