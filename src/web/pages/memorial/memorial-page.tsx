/**
 * A case's memorial: the persons it may name, searchable in any spelling or alphabet (the same
 * folding the server uses), and the count of everyone else. Nothing about the unnamed reaches
 * the page but that count.
 */
import { useState } from "react";
import { Link, useParams } from "react-router";
import { nameMatches } from "../../../core/memorial/name-query.js";
import { useApi } from "../../api/use-api.js";
import { useTitle } from "../../components/use-title.js";
import { currentLocale, formatList, t } from "../../i18n/i18n.js";
import { type MemorialList, type MemorialPerson, nameFor } from "./memorial-types.js";

export function lifeLine(p: MemorialPerson): string {
  const parts = [
    p.age !== null
      ? t("memorial.age", { n: p.age })
      : p.birthYear !== null
        ? t("memorial.born", { year: String(p.birthYear) })
        : null,
    p.places.length > 0 ? formatList(p.places) : null,
  ];
  return parts.filter((x): x is string => x !== null).join(" · ");
}

const searchable = (p: MemorialPerson) => [
  ...p.spellings.map((s) => s.name),
  p.names.az.text,
  p.names.ru.text,
  p.names.en.text,
];

function Counts({ list }: { list: MemorialList }) {
  const named = t("memorial.named", { n: list.named });
  return (
    <p className="memorial-counts">
      {list.others > 0
        ? t("memorial.counts", { named, others: t("memorial.others", { n: list.others }) })
        : `${named}.`}
    </p>
  );
}

export function MemorialPage() {
  const { id = "" } = useParams();
  const memorial = useApi<MemorialList>(`/api/cases/${encodeURIComponent(id)}/memorial`);
  const [query, setQuery] = useState("");
  useTitle(t("memorial.title"));
  const locale = currentLocale();
  return (
    <section className="memorial">
      <h1>{t("memorial.title")}</h1>
      <p className="lede">{t("memorial.intro")}</p>
      {memorial.state === "loading" && (
        <p className="muted" aria-live="polite">
          {t("state.loading")}
        </p>
      )}
      {memorial.state === "error" && (
        <p role="alert">
          {memorial.status === 404
            ? t("memorial.notPublished")
            : t("state.error", { detail: memorial.message })}
        </p>
      )}
      {memorial.state === "ready" && (
        <>
          <Counts list={memorial.data} />
          <label className="inline-field">
            {t("memorial.find")}
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          {(() => {
            const q = query.trim();
            const shown = q
              ? memorial.data.items.filter((p) => nameMatches(searchable(p), q))
              : memorial.data.items;
            if (memorial.data.items.length === 0) return <p>{t("memorial.none")}</p>;
            if (shown.length === 0) return <p role="status">{t("memorial.noneFound", { q })}</p>;
            return (
              <ul className="memorial-list" aria-label={t("memorial.title")}>
                {shown.map((p) => (
                  <li key={p.id} className="memorial-person" data-testid="memorial-person">
                    <Link
                      to={`/cases/${encodeURIComponent(id)}/memorial/${encodeURIComponent(p.id)}`}
                      className="memorial-name"
                    >
                      {nameFor(p, locale).text}
                    </Link>
                    <span className="muted small"> {lifeLine(p)}</span>
                  </li>
                ))}
              </ul>
            );
          })()}
        </>
      )}
    </section>
  );
}
