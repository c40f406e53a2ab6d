/** One passage with its claims highlighted by kind; each highlight is a link to the claim. */

import type { Claim, Passage } from "../../api/types.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { segmentsOf } from "./segments.js";

export function PassageText({
  passage,
  text,
  claims,
  selectedId,
  cited,
}: {
  passage: Passage;
  text: string;
  claims: readonly Claim[];
  selectedId: string | null;
  /** The passage the address links to: highlighted, so the reader sees what was cited. */
  cited: boolean;
}) {
  const body = text ? text : passage.text;
  const offset = text ? 0 : passage.start;
  return (
    <p
      id={`p-${passage.seq}`}
      className={cited ? "passage cited" : "passage"}
      aria-current={cited ? "location" : undefined}
    >
      <a
        className="passage-anchor"
        href={`#p-${passage.seq}`}
        aria-label={t("source.passage.link", { seq: passage.seq })}
      >
        {passage.seq}
      </a>
      {segmentsOf(passage.start, passage.end, claims).map((s) => {
        const words = body.slice(s.start - offset, s.end - offset);
        if (!s.claim) return <span key={s.start}>{words}</span>;
        const c = s.claim;
        return (
          <a
            key={s.start}
            id={s.first ? `claim-${c.id}` : undefined}
            href={`#claim-${c.id}`}
            className={`claim kind-${c.kind} claim-${c.status}${c.id === selectedId ? " selected" : ""}`}
            title={t("source.claim.title", {
              kind: term("claimKind", c.kind),
              status: term("status", c.status),
            })}
          >
            {words}
          </a>
        );
      })}
    </p>
  );
}
