import { Link } from "react-router";
import type { FigureFlag, FigureRow } from "../../api/figures.js";
import { claimHref } from "../../components/format.js";
import { formatList, formatPartialDate, t } from "../../i18n/i18n.js";
/** Computed discrepancies, each with every side and who stands on it. */
import { term } from "../../i18n/terms.js";

const TITLES = {
  value_conflict: "figures.flag.value_conflict",
  changed_over_time: "figures.flag.changed_over_time",
  cross_measure: "figures.flag.cross_measure",
} as const;

function dateOf(r: FigureRow): string {
  return r.published
    ? formatPartialDate({ iso: r.published, precision: r.publishedPrecision ?? "day" })
    : t("figures.undatedClaim");
}

/** One side of a discrepancy: the value, then each claimant once with the dated passages. */
function Side({ label, rows }: { label: string; rows: readonly FigureRow[] }) {
  const byClaimant = new Map<string, FigureRow[]>();
  for (const r of rows)
    byClaimant.set(r.claimantName, [...(byClaimant.get(r.claimantName) ?? []), r]);
  return (
    <li>
      <strong className="flag-value">{label}</strong>
      <ul className="plain side-claimants">
        {[...byClaimant].map(([name, list]) => (
          <li key={name}>
            {name}:{" "}
            {list.map((r, i) => (
              <span key={r.claimId}>
                {i > 0 && "; "}
                <Link to={claimHref(r.sourceId, r.claimId)}>
                  {r.publisher === name ? dateOf(r) : `${r.publisher}, ${dateOf(r)}`}
                </Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </li>
  );
}

function FlagCard({ flag, byId }: { flag: FigureFlag; byId: ReadonlyMap<string, FigureRow> }) {
  const rows = flag.claimIds.map((id) => byId.get(id)).filter((r): r is FigureRow => !!r);
  // A change over time is one claimant's: name it, so the box says whose figure changed.
  const whose = flag.type === "changed_over_time" ? rows[0]?.claimantName : null;
  const scope = [
    whose,
    flag.subgroup && term("subgroup", flag.subgroup),
    flag.aspect && term("aspect", flag.aspect),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li className="flag" data-testid={`flag-${flag.type}-${flag.subgroup ?? "all"}`}>
      <h3>
        {t(TITLES[flag.type])}
        {scope && <span className="muted"> — {scope}</span>}
      </h3>
      {flag.type === "cross_measure" && flag.otherMeasures && (
        <p className="small">
          {t("figures.flag.otherMeasures", {
            measures: formatList(flag.otherMeasures.map((m) => term("measure", m))),
          })}
        </p>
      )}
      <ul className="sides">
        {flag.values.map((v) => (
          <Side key={v} label={v} rows={rows.filter((r) => r.label === v)} />
        ))}
      </ul>
      {flag.overlap && <p className="muted small">{t("figures.flag.overlap")}</p>}
    </li>
  );
}

export function FigureFlags({
  flags,
  rows,
}: {
  flags: readonly FigureFlag[];
  rows: readonly FigureRow[];
}) {
  if (flags.length === 0) return <p className="muted">{t("figures.flags.none")}</p>;
  const byId = new Map(rows.map((r) => [r.claimId, r]));
  return (
    <ul className="flags">
      {flags.map((f) => (
        <FlagCard
          key={`${f.type}:${f.subgroup}:${f.aspect}:${f.claimant ?? ""}:${f.values.join()}`}
          flag={f}
          byId={byId}
        />
      ))}
    </ul>
  );
}
