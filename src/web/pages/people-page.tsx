import { useState } from "react";
import { Link, useParams } from "react-router";
import { inReaderScript } from "../../core/names/to-script.js";
import type { Page, Person, SourceSummary } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { type ClaimantNamer, useClaimantNames } from "../components/case-texts.js";
import { sourceHref } from "../components/format.js";
import { LoadState } from "../components/load-state.js";
import { useTitle } from "../components/use-title.js";
import { currentLocale, formatList, t } from "../i18n/i18n.js";
/** Witnesses and named persons, with the passages that mention them. */
import { term } from "../i18n/terms.js";

function PeopleTable({
  caseId,
  people,
  titles,
}: {
  caseId: string;
  people: readonly Person[];
  titles: ReadonlyMap<string, string>;
}) {
  const namer = useClaimantNames(caseId);
  return (
    <div className="table-scroll">
      <table data-testid="people-table">
        <thead>
          <tr>
            <th scope="col">{t("people.col.name")}</th>
            <th scope="col" className="wide-only">
              {t("people.col.roles")}
            </th>
            <th scope="col">{t("people.col.sources")}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.name}>
              <td>
                <Link
                  to={`/cases/${encodeURIComponent(caseId)}/people/${encodeURIComponent(p.name)}`}
                >
                  <PersonName name={p.name} namer={namer} />
                </Link>
                <div className="muted small narrow-only">
                  {formatList(p.roles.map((r) => term("personRole", r)))}
                </div>
              </td>
              <td className="wide-only">{formatList(p.roles.map((r) => term("personRole", r)))}</td>
              <td className="small">
                {p.sourceIds.map((s) => (
                  <div key={s}>
                    <Link to={sourceHref(s)}>{titles.get(s) ?? t("timeline.source")}</Link>
                  </div>
                ))}
                {p.claimIds.length > 0 && (
                  <div>
                    {p.claimIds.map((c, i) => (
                      <Link key={c} to={`/claims/${c}`} className="route-source">
                        {t("people.claim", { n: i + 1 })}
                      </Link>
                    ))}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A person's name in the reader's language where the case data translates it (a description of
 * an unnamed person, a name with its role), else in the reader's script; the sources' spelling
 * beside it when it differs.
 */
function PersonName({ name, namer }: { name: string; namer: ClaimantNamer }) {
  const translated = namer(name);
  const shown = translated !== name ? translated : inReaderScript(name, currentLocale());
  if (shown === name) return <>{name}</>;
  return (
    <>
      {shown} <span className="muted small">({name})</span>
    </>
  );
}

export function PeoplePage() {
  const { id = "" } = useParams();
  const people = useApi<Person[]>(`/api/cases/${encodeURIComponent(id)}/people`);
  const sources = useApi<Page<SourceSummary>>("/api/sources?limit=500");
  const [filter, setFilter] = useState("");
  useTitle(t("people.title"));
  const titles = new Map(
    sources.state === "ready" ? sources.data.items.map((s) => [s.id, s.title]) : [],
  );
  return (
    <section>
      <h1>{t("people.title")}</h1>
      <p className="lede">{t("people.intro")}</p>
      <label className="inline-field">
        {t("people.filter")}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <LoadState loaded={people}>
        {(list) => {
          const f = filter.trim().toLowerCase();
          const shown = f
            ? list.filter((p) => `${p.name} ${p.roles.join(" ")}`.toLowerCase().includes(f))
            : list;
          return (
            <>
              <p className="muted">
                {t("people.count", { shown: shown.length, total: list.length })}
              </p>
              <PeopleTable caseId={id} people={shown} titles={titles} />
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
