/** The three estimates side by side: each with its interval, model, observed count and warnings. */
import { formatNumber } from "../../components/format.js";
import { t, tMaybe } from "../../i18n/i18n.js";
import type { EstimateResult } from "./registry-types.js";

const value = (n: number | null) => (n === null ? "—" : formatNumber(n));

function EstimateCard({ r }: { r: EstimateResult }) {
  const name = tMaybe(`registry.method.${r.method}`) ?? r.method;
  return (
    <article className="estimate" data-testid="registry-estimate" data-method={r.method}>
      <h3>{name}</h3>
      <p className="small method-explained">{tMaybe(`registry.method.${r.method}.explained`)}</p>
      {r.noEstimate ? (
        <p className="no-estimate" data-testid="registry-no-estimate">
          <strong>{t("registry.estimates.none")}</strong>{" "}
          {t(`registry.estimates.none.${r.noEstimate}`)}
        </p>
      ) : r.error ? (
        <p className="error" data-testid="registry-estimate-error">
          {t("registry.estimates.failed", { detail: r.error })}
        </p>
      ) : (
        <p className="estimate-value">
          <span className="small muted">{t("registry.estimates.estimate")}</span>
          {value(r.estimate)}
          <span className="small muted">
            {t("registry.estimates.interval", { lower: value(r.lower), upper: value(r.upper) })}
          </span>
        </p>
      )}
      <dl>
        <dt>{t("registry.estimates.model")}</dt>
        <dd>{r.model ?? "—"}</dd>
        <dt>{t("registry.estimates.observed")}</dt>
        <dd>{formatNumber(r.observed)}</dd>
      </dl>
      {r.warnings.length > 0 && (
        <ul className="warnings" aria-label={t("registry.estimates.warnings")}>
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function EstimateCards({ results }: { results: readonly EstimateResult[] }) {
  return (
    <div className="estimates">
      {results.map((r) => (
        <EstimateCard key={r.method} r={r} />
      ))}
    </div>
  );
}
