/** What backs a timeline entry: the quoted claims and the sources, each linked to its passage. */
import { Link } from "react-router";
import type { Claim, TimeConflict } from "../../api/types.js";
import { ClaimantName, type ClaimantNamer } from "../../components/case-texts.js";
import { claimHref, sourceHref } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import { locatorText } from "../source/media/locator-text.js";
import { claimTimeValue, formatInterval } from "./when.js";

export interface Lookup {
  claims: ReadonlyMap<string, Claim>;
  titles: ReadonlyMap<string, string>;
  /** Place names and event texts in the reader's language. */
  placeName: (id: string) => string;
  whatOf: (eventId: string, original: string) => string;
  /** Claimants' names in the reader's language where the case data translates them. */
  claimantName: ClaimantNamer;
}

export function Evidence({
  claimIds,
  sourceIds,
  lookup,
}: {
  claimIds: readonly string[];
  sourceIds: readonly string[];
  lookup: Lookup;
}) {
  return (
    <ul className="evidence small">
      {claimIds.map((id) => {
        const c = lookup.claims.get(id);
        if (!c) return null;
        return (
          <li key={id}>
            <Link to={claimHref(c.sourceId, c.id)}>
              {c.text !== null
                ? `“${c.text}”`
                : [lookup.titles.get(c.sourceId) ?? t("timeline.source"), locatorText(c.locator)]
                    .filter(Boolean)
                    .join(", ")}
            </Link>{" "}
            <span className="muted">
              — <ClaimantName name={c.claimant.name} namer={lookup.claimantName} />
            </span>
          </li>
        );
      })}
      {sourceIds.map((id) => (
        <li key={id}>
          <Link to={sourceHref(id)}>{lookup.titles.get(id) ?? t("timeline.source")}</Link>
        </li>
      ))}
    </ul>
  );
}

/** Each claimant once (with their first claim): the same voice twice is not two witnesses. */
function onePerClaimant(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => !seen.has(c.claimant.name) && seen.add(c.claimant.name));
}

/** Sources that give different times for the same thing, each value with who gives it. */
export function Conflict({ conflict, lookup }: { conflict: TimeConflict; lookup: Lookup }) {
  const claims = conflict.claimIds
    .map((id) => lookup.claims.get(id))
    .filter((c): c is Claim => !!c);
  return (
    <div className="conflict" data-testid="time-conflict">
      <strong>{t("timeline.conflict")}</strong>
      <ul className="plain">
        {conflict.values.map((v) => (
          <li key={v}>
            <span className="conflict-value">{formatInterval(v)}</span>{" "}
            {onePerClaimant(claims.filter((c) => claimTimeValue(c.fields) === v)).map((c, i) => (
              <span key={c.id}>
                {i > 0 && "; "}
                <Link to={claimHref(c.sourceId, c.id)}>{lookup.claimantName(c.claimant.name)}</Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
