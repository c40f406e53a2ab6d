/**
 * One person of a case: the name (translated, or in the reader's script), roles, where the sources name them,
 * and, for the case's reviewers, protection and consent (person-protection.tsx).
 */
import { Link, useParams } from "react-router";
import { inReaderScript } from "../../core/names/to-script.js";
import type { Page, Person, SourceSummary } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { useClaimantNames } from "../components/case-texts.js";
import { sourceHref } from "../components/format.js";
import { LoadState } from "../components/load-state.js";
import { useTitle } from "../components/use-title.js";
import { currentLocale, formatList, t } from "../i18n/i18n.js";
import { term } from "../i18n/terms.js";
import { PersonProtection } from "./person-protection.js";

export function PersonPage() {
  const { id = "", name = "" } = useParams();
  const people = useApi<Person[]>(`/api/cases/${encodeURIComponent(id)}/people`);
  const sources = useApi<Page<SourceSummary>>("/api/sources?limit=500");
  // The case data's translation of a claimant's name (a description of an unnamed person, a
  // name with its role) where it has one, else the name in the reader's script.
  const translated = useClaimantNames(id)(name);
  const shown = translated !== name ? translated : inReaderScript(name, currentLocale());
  useTitle(shown);
  const titles = new Map(
    sources.state === "ready" ? sources.data.items.map((s) => [s.id, s.title]) : [],
  );
  return (
    <section>
      <p>
        <Link to={`/cases/${encodeURIComponent(id)}/people`}>{t("person.back")}</Link>
      </p>
      <h1>
        {shown} {shown !== name && <span className="muted small">({name})</span>}
      </h1>
      <LoadState loaded={people}>
        {(list) => {
          const person = list.find((p) => p.name === name);
          if (!person) return <p>{t("person.unknown")}</p>;
          return (
            <dl>
              <dt>{t("people.col.roles")}</dt>
              <dd>{formatList(person.roles.map((r) => term("personRole", r)))}</dd>
              <dt>{t("people.col.sources")}</dt>
              <dd>
                <ul>
                  {person.sourceIds.map((s) => (
                    <li key={s}>
                      <Link to={sourceHref(s)}>{titles.get(s) ?? t("timeline.source")}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          );
        }}
      </LoadState>
      <PersonProtection caseId={id} name={name} />
    </section>
  );
}
