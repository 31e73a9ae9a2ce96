export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Text shown above the bar and to screen readers; defaults to the value. */
  readonly caption?: string;
  readonly color?: string;
}

export interface BarChartProps {
  readonly bars: readonly Bar[];
  readonly title: string;
  readonly height?: number;
  /** A horizontal line, e.g. the plan's target for that many bars; its label is shown above the plot. */
  readonly reference?: { readonly value: number; readonly label: string };
}

const PAD = { top: 20, right: 8, bottom: 28, left: 8 };
/**
 * The reference's label sits in a band of its own above the plot, as a legend (a dashed stroke and
 * the words), never on the line by the bars, where it covered the last bar and its figure.
 */
const LEGEND = 18;

/**
 * A plain SVG bar chart: light, printable, and it scales to a phone's width through its viewBox.
 * The figures are in the SVG as text, so the chart is readable without hovering.
 */
export function BarChart({ bars, title, height = 200, reference }: BarChartProps) {
  const width = Math.max(320, bars.length * 40);
  const max = Math.max(1, reference?.value ?? 0, ...bars.map((bar) => bar.value));
  const top = PAD.top + (reference ? LEGEND : 0);
  const plotHeight = height - top - PAD.bottom;
  const slot = (width - PAD.left - PAD.right) / Math.max(1, bars.length);
  const barWidth = Math.max(6, slot * 0.6);
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width * 2, display: 'block' }}
    >
      <title>{title}</title>
      <line x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} stroke="#d9d9d9" />
      {bars.map((bar, index) => {
        const x = PAD.left + index * slot + (slot - barWidth) / 2;
        const barTop = y(bar.value);
        return (
          <g key={`${bar.label}-${index}`}>
            <rect
              x={x}
              y={barTop}
              width={barWidth}
              height={Math.max(0, y(0) - barTop)}
              fill={bar.color ?? '#1677ff'}
              rx={2}
            >
              <title>{`${bar.label}: ${bar.caption ?? bar.value}`}</title>
            </rect>
            {bar.value > 0 && (
              <text x={x + barWidth / 2} y={barTop - 4} textAnchor="middle" fontSize={10} fill="#595959">
                {bar.caption ?? bar.value}
              </text>
            )}
            <text x={x + barWidth / 2} y={height - 10} textAnchor="middle" fontSize={10} fill="#8c8c8c">
              {bar.label}
            </text>
          </g>
        );
      })}
      {reference && (
        <g>
          <line
            x1={PAD.left}
            x2={width - PAD.right}
            y1={y(reference.value)}
            y2={y(reference.value)}
            stroke="#fa541c"
            strokeDasharray="4 3"
          />
          <line
            x1={PAD.left}
            x2={PAD.left + 20}
            y1={LEGEND / 2 + 1}
            y2={LEGEND / 2 + 1}
            stroke="#fa541c"
            strokeDasharray="4 3"
          />
          <text
            data-testid="chart-reference-label"
            x={PAD.left + 26}
            y={LEGEND / 2 + 4}
            fontSize={10}
            fill="#fa541c"
          >
            {reference.label}
          </text>
        </g>
      )}
    </svg>
  );
}
