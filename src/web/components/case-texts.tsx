/**
 * A case's own texts in the reader's language: the translation the case data carries, with the
 * original a click away; place names translated by the case or, failing that, transliterated
 * into the reader's script (core/names), never shown in a script the reader may not read.
 */
import { PLACES } from "../../core/gazetteer/places.js";
import { inReaderScript } from "../../core/names/to-script.js";
import type { CaseOverview } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { currentLocale, t } from "../i18n/i18n.js";
import { ENDONYM, isLocale } from "../i18n/locales.js";

const GAZETTEER_NAMES = new Map(PLACES.map((p) => [p.id, p.name]));

export type PlaceNamer = (id: string, fallback?: string) => string;

/** Names places in the reader's language from a case's translations (or none yet). */
export function placeNamer(overview: CaseOverview | null): PlaceNamer {
  const locale = currentLocale();
  const translated = overview?.translations?.[locale]?.places ?? {};
  const original = overview?.language ?? "en";
  return (id, fallback) => {
    const name = GAZETTEER_NAMES.get(id) ?? fallback ?? id;
    if (translated[id]) return translated[id];
    return locale === original ? name : inReaderScript(name, locale);
  };
}

/** Place names for a view that is not the overview: the case's texts come with its overview. */
export function usePlaceNames(caseId: string | undefined): PlaceNamer {
  const overview = useApi<CaseOverview>(caseId ? `/api/cases/${encodeURIComponent(caseId)}` : null);
  return placeNamer(overview.state === "ready" ? overview.data : null);
}

/** A claimant's name in the reader's language where the case data translates it, else as written. */
export type ClaimantNamer = (name: string) => string;

/**
 * Claimant names for a view of the case, in the reader's language: asked for by the views that
 * name claimants, not carried by the overview, which names none.
 */
export function useClaimantNames(caseId: string | undefined): ClaimantNamer {
  const names = useApi<{ name: string; translation: string }[]>(
    caseId
      ? `/api/cases/${encodeURIComponent(caseId)}/claimant-names?lang=${currentLocale()}`
      : null,
  );
  const translated = new Map(
    names.state === "ready" ? names.data.map((c) => [c.name, c.translation]) : [],
  );
  return (name) => translated.get(name) ?? name;
}

/** A claimant's name as the reader reads it, the case data's own words beside it when they differ. */
export function ClaimantName({ name, namer }: { name: string; namer: ClaimantNamer }) {
  const shown = namer(name);
  if (shown === name) return <>{name}</>;
  return (
    <>
      {shown} <span className="muted small case-original-name">({name})</span>
    </>
  );
}

/** A case text and, when it is shown translated, the original one click away. */
export function CaseText({
  text,
  translations,
  originalLanguage,
  className,
}: {
  text: string;
  translations: Record<string, string | undefined>;
  originalLanguage: string | undefined;
  className?: string;
}) {
  const locale = currentLocale();
  const translated = translations[locale];
  const from = originalLanguage ?? "en";
  if (!translated || locale === from) return <p className={className}>{text}</p>;
  return (
    <div className={className}>
      <p>{translated}</p>
      <details className="case-original small">
        <summary>{t("case.original.show")}</summary>
        <p lang={from}>
          <span className="muted">
            {t("case.original", { lang: isLocale(from) ? ENDONYM[from] : from })}:{" "}
          </span>
          {text}
        </p>
      </details>
    </div>
  );
}

/** A case's title in the reader's language. */
export function caseTitle(overview: CaseOverview): string {
  return overview.translations?.[currentLocale()]?.title ?? overview.title;
}
