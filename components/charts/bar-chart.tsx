import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export interface BarDatum {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart rendered on the server as plain SVG: no script reaches the browser.
 * The figures are also given as a table (visually hidden unless `showTable`), so a screen
 * reader, a printer and a copy-paste get the numbers, not a picture.
 */
export function BarChart({
  title,
  data,
  locale,
  labelHeading,
  valueLabel,
  width = 560,
  barHeight = 28,
  showTable = false,
  phoneTable = true,
}: {
  title: string;
  data: readonly BarDatum[];
  locale: string;
  /** Heading of the table's first column, e.g. "Sector". */
  labelHeading: string;
  valueLabel: string;
  width?: number;
  barHeight?: number;
  showTable?: boolean;
  /** On a phone, the table in place of the bars (false: the page has a fuller table of its own). */
  phoneTable?: boolean;
}) {
  const number = new Intl.NumberFormat(locale);
  const labelWidth = Math.round(width * 0.4);
  // About 7.2 units a character at 13 units high: a longer label is cut, not pushed off the
  // chart's left edge (« ndustrie pharmaceutique… »). The table and the tooltip keep it whole.
  const labelChars = Math.floor((labelWidth - 12) / 7.2);
  const valueWidth = 56;
  const height = Math.max(1, data.length) * barHeight;
  const y = scaleBand<number>({ domain: data.map((_, i) => i), range: [0, height], padding: 0.2 });
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...data.map((d) => d.value))], range: [0, width - labelWidth - valueWidth] });
  const rtl = locale === "ar";
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-semibold">{title}</figcaption>
      {/* On a phone the bars' labels would shrink past reading: the table stands in for them there.
          Never drawn wider than its own size either, where its labels would grow past the page's text. */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        className="hidden sm:block"
        style={{ maxWidth: width }}
        direction={rtl ? "rtl" : "ltr"}
      >
        <Group transform={rtl ? `translate(${width},0) scale(-1,1)` : undefined}>
          {data.map((d, i) => {
            const top = y(i) ?? 0;
            const length = x(d.value);
            return (
              <g key={i}>
                <Bar x={labelWidth} y={top} width={Math.max(length, d.value > 0 ? 2 : 0)} height={y.bandwidth()} className="fill-emerald-800" />
                <text
                  x={labelWidth - 8}
                  y={top + y.bandwidth() / 2}
                  dominantBaseline="middle"
                  textAnchor="end"
                  className="fill-slate-900 text-[13px]"
                  transform={rtl ? `translate(${2 * (labelWidth - 8)},0) scale(-1,1)` : undefined}
                >
                  <title>{d.label}</title>
                  {d.label.length > labelChars ? `${d.label.slice(0, labelChars - 1).trimEnd()}…` : d.label}
                </text>
                <text
                  x={labelWidth + length + 6}
                  y={top + y.bandwidth() / 2}
                  dominantBaseline="middle"
                  textAnchor="start"
                  className="fill-slate-900 text-[13px] font-semibold"
                  transform={rtl ? `translate(${2 * (labelWidth + length + 6)},0) scale(-1,1)` : undefined}
                >
                  {number.format(d.value)}
                </text>
              </g>
            );
          })}
        </Group>
      </svg>
      {/* Hidden, the table sits in a clipped box: hidden itself, it keeps its full width and widens the page. */}
      <div className={showTable ? "" : phoneTable ? "sm:sr-only" : "sr-only"}>
        <table className="w-full text-start">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-start">
                {labelHeading}
              </th>
              <th scope="col" className="text-end">
                {valueLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={i}>
                <th scope="row" className="text-start font-normal">
                  <bdi>{d.label}</bdi>
                </th>
                <td className="text-end tabular-nums">{number.format(d.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
