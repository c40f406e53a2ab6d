/**
 * One link: both records side by side, the model's probability (or who linked them by hand), a
 * mark when it is a candidate below the threshold, its history, and the reviewer's actions.
 */
import { t } from "../../i18n/i18n.js";
import { agreement, percentOf } from "./field-agreement.js";
import { LinkHistory } from "./link-history.js";
import { fieldLabel, inFieldOrder } from "./person-fields.js";
import type { LinkedRecord, PersonLink } from "./registry-types.js";

/** How a record is named in messages: its full name, or given and surname, or its key. */
export function recordName(r: LinkedRecord): string {
  const f = r.fields;
  return f.full_name || [f.given, f.patronymic, f.surname].filter(Boolean).join(" ") || r.key;
}

function source(r: LinkedRecord): string {
  return t("registry.links.record", { list: r.listName, line: r.rowNumber });
}

export type LinkAction = "confirm" | "reject" | "unlink";

export interface LinkItemProps {
  link: PersonLink;
  active: boolean;
  onActivate: () => void;
  onAction: (action: LinkAction) => void;
}

export function LinkItem({ link, active, onActivate, onAction }: LinkItemProps) {
  const fields = inFieldOrder([
    ...Object.keys(link.left.fields),
    ...Object.keys(link.right.fields),
  ]);
  const decided = link.status === "confirmed";
  return (
    <li
      className={`review-item${active ? " active" : ""}`}
      aria-current={active ? "true" : undefined}
      data-testid="link-item"
      data-link-id={link.id}
      onFocusCapture={onActivate}
    >
      {link.status === "awaiting" && (
        <p className="notice small" data-testid="link-awaiting">
          {t("review.awaiting.badge", { who: link.reviewedBy ?? "?" })}
        </p>
      )}
      {link.status === "candidate" && (
        <p className="notice small below-threshold" data-testid="link-below-threshold">
          {t("registry.links.belowThreshold")}
        </p>
      )}
      {link.probability === null ? (
        <p className="link-probability manual" data-testid="link-manual">
          {t("registry.links.manual", { who: link.createdBy ?? "?" })}
        </p>
      ) : (
        <p className="link-probability">
          {t("registry.links.probability", { p: percentOf(link.probability) })}
          <meter min={0} max={1} value={link.probability} aria-hidden="true" />
        </p>
      )}
      <div className="table-scroll">
        <table className="link-pair">
          <thead>
            <tr>
              <th scope="col">{t("registry.links.field")}</th>
              <th scope="col">{source(link.left)}</th>
              <th scope="col">{source(link.right)}</th>
              <th scope="col">{t("registry.links.agreement")}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => {
              const [a, b] = [link.left.fields[f], link.right.fields[f]];
              const agree = agreement(f, a, b);
              return (
                <tr key={f} className={`agree-${agree}`} data-agreement={agree}>
                  <th scope="row">{fieldLabel(f)}</th>
                  <td>{a ?? "—"}</td>
                  <td>{b ?? "—"}</td>
                  <td>{t(`registry.links.agree.${agree}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LinkHistory id={link.id} />
      <div className="buttons">
        {!decided && (
          <>
            <button type="button" className="primary" onClick={() => onAction("confirm")}>
              {t("review.confirm")} <kbd>c</kbd>
            </button>
            <button type="button" className="danger" onClick={() => onAction("reject")}>
              {t("review.reject")} <kbd>r</kbd>
            </button>
          </>
        )}
        <button type="button" onClick={() => onAction("unlink")}>
          {t("registry.links.unlink")}
        </button>
      </div>
    </li>
  );
}
