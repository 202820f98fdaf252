// The overview's bar charts, drawn with visx: a picture in SVG for the reviewer's HTML report (rendered to static
// markup, no script needed), and in the pane a list of buttons, each a bar that selects its cells. Colours are
// Fluent's CSS variables: the pane's theme (dark included) applies, and the report defines them itself.
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar as Rect, Line } from "@visx/shape";
import type { Bar, Chart, Tone } from "../domain/overview";
import { formatNumber, formatPercentPoints } from "../domain/numbers";

export const TONE_COLOR: Record<Tone, string> = {
  done: "var(--colorBrandBackground, #0f6cbd)",
  rest: "var(--colorNeutralStroke1, #d1d1d1)",
  error: "var(--colorPaletteRedBackground3, #d13438)",
  warning: "var(--colorPaletteMarigoldBackground3, #eaa300)",
};
const TEXT = "var(--colorNeutralForeground1, #242424)";
const MUTED = "var(--colorNeutralForeground3, #616161)";
const ERROR_TEXT = "var(--colorPaletteRedForeground1, #bc2f32)";

export interface ChartWords {
  target: string;
  /** Said after a flagged bar's figures ("có lỗi"). */
  flagged: string;
}

const LABEL_FONT = 11;
const BAR_HEIGHT = 10;
const AXIS_HEIGHT = 22;
/** Average width of a character at 11 px: long labels are cut to fit, whole in their tooltip. */
const CHAR_WIDTH = 6;
const VALUE_WIDTH = 130;

type Scale = ReturnType<typeof scaleOf>;

/** The values axis: shares up to 100 % (further when a target is exceeded), counts up to the longest bar. */
function scaleOf(chart: Chart, width: number) {
  const longest = Math.max(...chart.bars.map((bar) => bar.segments.reduce((sum, s) => sum + s.value, 0)));
  return scaleLinear<number>({
    domain: [0, Math.max(1, longest)],
    range: [0, width],
    nice: chart.scale === "count",
  });
}

function fit(text: string, width: number): string {
  const chars = Math.max(8, Math.floor(width / CHAR_WIDTH));
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** A bar's stacked parts, from x = 0. */
function Segments({ bar, x, y }: { bar: Bar; x: Scale; y: number }) {
  let offset = 0;
  return (
    <>
      {bar.segments.map((segment, i) => {
        const width = Math.max(0, x(segment.value));
        const rect = (
          <Rect key={i} x={offset} y={y} width={width} height={BAR_HEIGHT} fill={TONE_COLOR[segment.tone]} />
        );
        offset += width;
        return rect;
      })}
    </>
  );
}

function TargetLine({ x, value, from, to }: { x: Scale; value: number; from: number; to: number }) {
  return (
    <Line
      from={{ x: x(value), y: from }}
      to={{ x: x(value), y: to }}
      stroke={ERROR_TEXT}
      strokeWidth={1.5}
      strokeDasharray="4 3"
    />
  );
}

/** The values axis under the bars: a line and four or five ticks, percentages or counts the Vietnamese way. */
function Axis({ chart, x }: { chart: Chart; x: Scale }) {
  const label = (value: number) =>
    chart.scale === "share" ? formatPercentPoints(Math.round(value * 100)) : formatNumber(value);
  const [start, end] = x.range();
  // A tick label every 60 px or more, so that they never run into each other.
  const count = Math.max(1, Math.min(4, Math.floor((end - start) / 60)));
  const ticks = x.ticks(count).filter((value) => chart.scale === "share" || Number.isInteger(value));
  return (
    <>
      <Line from={{ x: start, y: 0 }} to={{ x: end, y: 0 }} stroke={MUTED} />
      {ticks.map((value) => (
        <Group key={value} left={x(value)}>
          <Line from={{ x: 0, y: 0 }} to={{ x: 0, y: 4 }} stroke={MUTED} />
          <text y={15} fontSize={10} fill={MUTED} textAnchor="middle">
            {label(value)}
          </text>
        </Group>
      ))}
    </>
  );
}

/** One bar's name: its label, its figures, and whether an error lies on its cells. */
function barName(bar: Bar, words: ChartWords): string {
  return `${bar.label}: ${bar.text}${bar.flagged ? ` (${words.flagged})` : ""}`;
}

/** The chart as a picture: each row a label, a bar and its figures (the reviewer's report). */
/** Where a row's label, bar and figures go: beside each other from 480 px (the report), else the bar under them. */
function layoutOf(width: number) {
  if (width < 480) return { row: 30, labelWidth: width - VALUE_WIDTH, barX: 0, barY: 15, barWidth: width };
  const labelWidth = Math.round(width * 0.32);
  const barX = labelWidth + 6;
  return { row: 18, labelWidth, barX, barY: 3, barWidth: width - barX - VALUE_WIDTH };
}

export function BarChart({ chart, words, width = 560 }: { chart: Chart; words: ChartWords; width?: number }) {
  const { row, labelWidth, barX, barY, barWidth } = layoutOf(width);
  const x = scaleOf(chart, barWidth);
  const top = chart.target !== undefined ? 12 : 0;
  const height = top + chart.bars.length * row + AXIS_HEIGHT;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={chart.title}
      style={{ display: "block", maxWidth: "100%", height: "auto", overflow: "visible" }}
    >
      <Group top={top}>
        {chart.bars.map((bar, i) => (
          <Group key={i} top={i * row}>
            <title>{barName(bar, words)}</title>
            <text y={LABEL_FONT} fontSize={LABEL_FONT} fill={TEXT}>
              {bar.flagged && (
                <tspan fill={ERROR_TEXT} fontWeight="bold">
                  !{" "}
                </tspan>
              )}
              {fit(bar.label, labelWidth)}
            </text>
            <text x={width} y={LABEL_FONT} fontSize={LABEL_FONT} fill={MUTED} textAnchor="end">
              {bar.text}
            </text>
            <Group left={barX}>
              <Segments bar={bar} x={x} y={barY} />
            </Group>
          </Group>
        ))}
        <Group left={barX}>
          {chart.target !== undefined && (
            <>
              <TargetLine x={x} value={chart.target} from={-6} to={chart.bars.length * row} />
              <text x={x(chart.target)} dx={-3} y={-4} fontSize={10} fill={ERROR_TEXT} textAnchor="end">
                {words.target}
              </text>
            </>
          )}
          <Group top={chart.bars.length * row}>
            <Axis chart={chart} x={x} />
          </Group>
        </Group>
      </Group>
    </svg>
  );
}

const LIST_STYLE = `.bc06-bars{display:flex;flex-direction:column;gap:2px}
.bc06-bars button{display:block;width:100%;padding:2px 4px;border:1px solid transparent;border-radius:4px;background:none;
color:inherit;font:inherit;font-size:${LABEL_FONT}px;text-align:left;cursor:pointer}
.bc06-bars button:hover{border-color:var(--colorNeutralStroke1,#d1d1d1)}
.bc06-bars button:focus-visible{outline:2px solid var(--colorStrokeFocus2,#000);outline-offset:1px}
.bc06-bars .line{display:flex;gap:8px}.bc06-bars .label{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bc06-bars .figures{color:${MUTED};white-space:nowrap}.bc06-bars .flag{color:${ERROR_TEXT};font-weight:bold}
.bc06-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

/** The chart in the pane: each bar a button that selects the cells it is drawn from. */
export function BarList({
  chart,
  words,
  width,
  onSelect,
}: {
  chart: Chart;
  words: ChartWords;
  width: number;
  onSelect: (bar: Bar) => void;
}) {
  const inner = width - 10; // the buttons' padding and border
  const x = scaleOf(chart, inner);
  return (
    <div className="bc06-bars" role="group" aria-label={chart.title}>
      <style>{LIST_STYLE}</style>
      {chart.bars.map((bar, i) => (
        <button key={i} type="button" title={barName(bar, words)} onClick={() => onSelect(bar)}>
          <span className="line">
            <span className="label">
              {bar.flagged && (
                <span className="flag" aria-hidden="true">
                  !{" "}
                </span>
              )}
              {bar.label}:
            </span>
            <span className="figures">
              {bar.text}
              {bar.flagged && <span className="bc06-hidden"> ({words.flagged})</span>}
            </span>
          </span>
          <svg width={inner} height={BAR_HEIGHT + 2} aria-hidden="true" style={{ display: "block" }}>
            <Segments bar={bar} x={x} y={1} />
            {chart.target !== undefined && (
              <TargetLine x={x} value={chart.target} from={0} to={BAR_HEIGHT + 2} />
            )}
          </svg>
        </button>
      ))}
      <svg
        width={inner}
        height={AXIS_HEIGHT}
        aria-hidden="true"
        style={{ display: "block", marginLeft: 5, overflow: "visible" }}
      >
        <Axis chart={chart} x={x} />
      </svg>
    </div>
  );
}
