/**
 * Witness protection and consent for one person of a case, for the case's reviewers and
 * administrators: protect or stop protecting (the public then sees the stable pseudonym), record
 * a consent (scope, day given; the recorder is whoever is signed in) and withdraw one. The same
 * service calls as `casefile people`. Anyone else never sees the panel: it shows only when the
 * signed-in role may review and the server answers the case's register.
 */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { nameKey } from "../../core/protection/name-key.js";
import { useSession } from "../api/auth.js";
import { ApiError, getJson, messageOf, postJson } from "../api/client.js";
import type { CasePerson, Consent } from "../api/types.js";
import { DayField } from "../components/day-field.js";
import { formatDateTime, t } from "../i18n/i18n.js";
import { FieldError } from "./review/correct-field.js";

const SCOPES = ["publication", "memorial", "research"] as const;
const scopeLabel = (scope: string): string =>
  scope === "publication"
    ? t("protection.scope.publication")
    : scope === "memorial"
      ? t("protection.scope.memorial")
      : scope === "research"
        ? t("protection.scope.research")
        : scope;

type Errors = Record<string, string>;

/** A failure as errors by field: the field the server names, or the form's own line. */
function errorsOf(error: unknown, fields: readonly string[]): Errors {
  const field = error instanceof ApiError ? error.field : null;
  return { [field && fields.includes(field) ? field : "form"]: messageOf(error) };
}

export function PersonProtection({ caseId, name }: { caseId: string; name: string }) {
  const session = useSession();
  const mayReview = session?.role === "reviewer" || session?.role === "admin";
  const base = `/api/cases/${encodeURIComponent(caseId)}`;
  const [register, setRegister] = useState<CasePerson[] | null>(null);
  const load = useCallback(async () => {
    try {
      setRegister(await getJson<CasePerson[]>(`${base}/persons`));
    } catch {
      setRegister(null); // not this case's reviewer: the panel stays hidden
    }
  }, [base]);
  useEffect(() => {
    if (mayReview) void load();
  }, [mayReview, load]);
  if (!mayReview || register === null) return null;
  const key = nameKey(name);
  const person = register.find((p) => nameKey(p.name) === key) ?? null;
  return (
    <section className="protection" aria-labelledby="protection-title" data-testid="protection">
      <h2 id="protection-title">{t("protection.title")}</h2>
      <p className="muted">{t("protection.intro")}</p>
      <ProtectForm base={base} name={name} person={person} onDone={load} />
      <h3>{t("protection.consents")}</h3>
      {person && person.consents.length > 0 ? (
        <ul data-testid="consents">
          {person.consents.map((c) => (
            <ConsentItem key={c.id} consent={c} onDone={load} />
          ))}
        </ul>
      ) : (
        <p>{t("protection.noConsents")}</p>
      )}
      <ConsentForm base={base} name={name} onDone={load} />
    </section>
  );
}

function ProtectForm(p: {
  base: string;
  name: string;
  person: CasePerson | null;
  onDone: () => Promise<void>;
}) {
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const on = p.person?.protected === true;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      await postJson(`${p.base}/persons/${on ? "unprotect" : "protect"}`, {
        name: p.name,
        reason: reason.trim() || null,
      });
      setReason("");
      await p.onDone();
    } catch (error) {
      setErrors(errorsOf(error, ["reason"]));
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t("protection.title")}>
      <p role="status" data-testid="protection-state">
        {on
          ? t("protection.protected", { pseudonym: p.person?.pseudonym ?? "" })
          : t("protection.unprotected")}
      </p>
      <label>
        {t("protection.reason")}
        <input
          name="protection-reason"
          type="text"
          maxLength={2000}
          value={reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "error-protection-reason" : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <FieldError name="protection-reason" error={errors.reason} />
      </label>
      <button type="submit" className="primary">
        {on ? t("protection.unprotect") : t("protection.protect")}
      </button>
      <FieldError name="protection-form" error={errors.form} />
    </form>
  );
}

function ConsentItem({ consent, onDone }: { consent: Consent; onDone: () => Promise<void> }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const withdraw = async () => {
    setError(undefined);
    try {
      await postJson(`/api/consents/${encodeURIComponent(consent.id)}/withdraw`, {});
      await onDone();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <li data-testid="consent">
      {t("protection.consent.row", {
        scope: scopeLabel(consent.scope),
        date: consent.givenOn,
        by: consent.recordedBy,
      })}{" "}
      {consent.withdrawnAt ? (
        <strong>
          {t("protection.consent.withdrawn", {
            date: formatDateTime(consent.withdrawnAt),
            by: consent.withdrawnBy ?? "",
          })}
        </strong>
      ) : (
        <button type="button" onClick={() => void withdraw()}>
          {t("protection.withdraw")}
        </button>
      )}
      <FieldError name={`consent-${consent.id}`} error={error} />
    </li>
  );
}

function ConsentForm(p: { base: string; name: string; onDone: () => Promise<void> }) {
  const [scope, setScope] = useState<string>("publication");
  const [givenOn, setGivenOn] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      await postJson(`${p.base}/persons/consents`, {
        name: p.name,
        scope,
        givenOn,
        note: note.trim() || null,
      });
      setGivenOn("");
      setNote("");
      await p.onDone();
    } catch (error) {
      setErrors(errorsOf(error, ["scope", "givenOn", "note"]));
    }
  };
  const invalid = (field: string) =>
    errors[field]
      ? { "aria-invalid": true as const, "aria-describedby": `error-consent-${field}` }
      : {};
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t("protection.record")}>
      <h3>{t("protection.record")}</h3>
      <label>
        {t("protection.scope")}
        <select
          name="consent-scope"
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          {...invalid("scope")}
        >
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {scopeLabel(s)}
            </option>
          ))}
        </select>
        <FieldError name="consent-scope" error={errors.scope} />
      </label>
      <DayField
        name="consent-given-on"
        label={t("protection.givenOn")}
        value={givenOn}
        // Text that is no day is sent as none: the field says so, and the server refuses it.
        onChange={(day) => setGivenOn(day ?? "")}
        error={errors.givenOn}
        errorName="consent-givenOn"
      />
      <label>
        {t("protection.note")}
        <input
          name="consent-note"
          type="text"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          {...invalid("note")}
        />
        <FieldError name="consent-note" error={errors.note} />
      </label>
      <button type="submit">{t("protection.save")}</button>
      <FieldError name="consent-form" error={errors.form} />
    </form>
  );
}
