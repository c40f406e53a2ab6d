/** One claimed value in the chart: a dot, a bar for a range, an arrow for an open bound. */
import type { FigureRow } from "../../api/figures.js";
import { affiliationColour } from "../../components/affiliation.js";

export interface MarkerGeometry {
  x: number;
  /** Pixel position of the lower and upper stated bound; null when open. */
  yMin: number | null;
  yMax: number | null;
}

const ARROW = 16;

function arrow(x: number, y: number, direction: 1 | -1, colour: string) {
  // direction -1 points up the screen (towards larger values), 1 points down.
  const tip = y + direction * ARROW;
  return (
    <>
      <line x1={x} y1={y} x2={x} y2={tip} stroke={colour} strokeWidth={2} />
      <path
        d={`M${x - 4},${tip - direction * 5} L${x},${tip} L${x + 4},${tip - direction * 5}`}
        fill="none"
        stroke={colour}
        strokeWidth={2}
      />
    </>
  );
}

export function FigureMarker({ row, g }: { row: FigureRow; g: MarkerGeometry }) {
  const colour = affiliationColour(row.affiliation);
  const { x, yMin, yMax } = g;
  const hollow = row.hedge === "approx";
  const dot = (y: number) => (
    <circle cx={x} cy={y} r={4.5} fill={hollow ? "#fff" : colour} stroke={colour} strokeWidth={2} />
  );
  const anchorY = yMin ?? yMax ?? 0;
  return (
    <g className="marker">
      {yMin !== null && yMax !== null && yMin !== yMax && (
        <>
          <line x1={x} y1={yMin} x2={x} y2={yMax} stroke={colour} strokeWidth={3} />
          <line x1={x - 4} y1={yMax} x2={x + 4} y2={yMax} stroke={colour} strokeWidth={2} />
        </>
      )}
      {yMin !== null && yMax === null && arrow(x, yMin, -1, colour)}
      {yMin === null && yMax !== null && arrow(x, yMax, 1, colour)}
      {dot(anchorY)}
      {row.reliability !== null && (
        // A reviewer's grade of the source beside its mark; ungraded marks carry none.
        <text x={x + 7} y={anchorY - 6} className="grade-mark">
          {`${row.reliability}${row.credibility ?? ""}`}
        </text>
      )}
      {row.publishedBound && (
        // The publication date is only a lower bound: the claim may be later than drawn.
        <path
          d={`M${x + 6},${anchorY} h10 m-4,-4 l4,4 l-4,4`}
          fill="none"
          stroke={colour}
          strokeWidth={1.5}
          strokeDasharray="2 2"
        />
      )}
    </g>
  );
}
