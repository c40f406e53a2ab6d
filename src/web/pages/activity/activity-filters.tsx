/** The activity page's filters: who (signed-in readers), what, from and to which day, which case. */
import { useCases } from "../../components/case-context.js";
import { DayField } from "../../components/day-field.js";
import { t, tMaybe } from "../../i18n/i18n.js";

/** The kinds of action a reader filters by (entries about sources, claims and cases). */
const ACTIONS = [
  "source.ingest",
  "source.edit",
  "source.delete",
  "source.acquire_again",
  "claim.propose",
  "claim.review",
  "claim.provenance",
  "grade.set",
  "case.load",
  "case.export",
  "case.report",
] as const;

export function ActivityFilters({
  params,
  update,
  signedIn,
}: {
  params: URLSearchParams;
  update: (key: string, value: string) => void;
  signedIn: boolean;
}) {
  const cases = useCases();
  return (
    <search className="filters" aria-label={t("activity.filters")}>
      {signedIn && (
        <label>
          {t("activity.filter.actor")}
          <input
            name="actor"
            defaultValue={params.get("actor") ?? ""}
            onBlur={(e) => update("actor", e.target.value.trim())}
            onKeyDown={(e) => {
              if (e.key === "Enter") update("actor", e.currentTarget.value.trim());
            }}
          />
        </label>
      )}
      <label>
        {t("activity.filter.action")}
        <select
          name="action"
          value={params.get("action") ?? ""}
          onChange={(e) => update("action", e.target.value)}
        >
          <option value="">{t("activity.filter.action.all")}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {tMaybe(`activity.${a}`) ?? a}
            </option>
          ))}
        </select>
      </label>
      {(["from", "to"] as const).map((key) => (
        <DayField
          key={key}
          name={key}
          label={t(`activity.filter.${key}`)}
          value={params.get(key) ?? ""}
          // The filter follows a whole day or an emptied field, never half-typed text.
          onChange={(day) => {
            if (day !== null) update(key, day);
          }}
        />
      ))}
      <label>
        {t("activity.filter.case")}
        <select
          name="case"
          value={params.get("case") ?? ""}
          onChange={(e) => update("case", e.target.value)}
        >
          <option value="">{t("activity.filter.case.all")}</option>
          {cases.state === "ready" &&
            cases.data.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
        </select>
      </label>
    </search>
  );
}
