/**
 * The legal matrix a lawyer works in: choose a crime, an element, a polarity; each element with
 * the evidence for and against it and its gaps; every cell opens the passage; proposed links are
 * reviewed from the keyboard.
 */
import { useParams, useSearchParams } from "react-router";
import { useSession } from "../../api/auth.js";
import { messageOf, postJson } from "../../api/client.js";
import type { LawCrime, Matrix } from "../../api/matrix.js";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { type LawTranslations, localLaw, localMatrix } from "./law-language.js";
import { LinkReview } from "./link-review.js";
import { MatrixTable } from "./matrix-table.js";

const DEFAULT_CRIME = "cah-murder";

function Filters({ crimes }: { crimes: readonly LawCrime[] }) {
  const [params, setParams] = useSearchParams();
  const crime = params.get("crime") ?? DEFAULT_CRIME;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === "crime") next.delete("element");
    setParams(next, { replace: true });
  };
  const elements = crimes.find((c) => c.id === crime)?.elements ?? [];
  return (
    <div className="filters">
      <label className="inline-field">
        {t("matrix.filter.crime")}
        <select name="crime" value={crime} onChange={(e) => set("crime", e.target.value)}>
          {crimes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        {t("matrix.filter.element")}
        <select
          name="element"
          value={params.get("element") ?? ""}
          onChange={(e) => set("element", e.target.value)}
        >
          <option value="">{t("matrix.filter.all")}</option>
          {elements.map((el) => (
            <option key={el.id} value={el.id}>
              {el.position}. {el.text.slice(0, 60)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        {t("matrix.filter.polarity")}
        <select
          name="polarity"
          value={params.get("polarity") ?? ""}
          onChange={(e) => set("polarity", e.target.value)}
        >
          <option value="">{t("matrix.filter.all")}</option>
          <option value="supports">{t("matrix.supports")}</option>
          <option value="contradicts">{t("matrix.contradicts")}</option>
          <option value="context">{t("matrix.context")}</option>
        </select>
      </label>
    </div>
  );
}

export function MatrixPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const session = useSession();
  const query = new URLSearchParams({ crime: params.get("crime") ?? DEFAULT_CRIME });
  for (const key of ["element", "polarity"]) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const law = useApi<{ crimes: LawCrime[]; translations?: LawTranslations }>("/api/law");
  const matrix = useApi<Matrix>(`/api/cases/${encodeURIComponent(id)}/matrix?${query}`);
  useTitle(t("matrix.title"));
  const propose = () =>
    postJson<{ proposed: number }>(
      `/api/cases/${encodeURIComponent(id)}/evidence/propose`,
      {},
    ).then(
      () => matrix.reload(),
      (e: unknown) => window.alert(messageOf(e)),
    );
  return (
    <section>
      <p className="eyebrow">{t("matrix.eyebrow")}</p>
      <h1>{t("matrix.title")}</h1>
      <p className="lede">{t("matrix.intro")}</p>
      <LoadState loaded={law}>{(l) => <Filters crimes={localLaw(l)} />}</LoadState>
      {session && (
        <button type="button" onClick={propose} data-testid="propose-links">
          {t("matrix.propose")}
        </button>
      )}
      <LoadState loaded={matrix}>
        {(m) =>
          localMatrix(m).crimes.map((c) => (
            <div key={c.crimeId}>
              <p data-testid="matrix-counts">
                {t("matrix.counts", {
                  gaps: c.gaps,
                  contradicted: c.contradicted,
                  version: c.lawVersion,
                })}
              </p>
              <MatrixTable crime={c} />
              {session && <LinkReview crime={c} onChanged={matrix.reload} />}
            </div>
          ))
        }
      </LoadState>
    </section>
  );
}
