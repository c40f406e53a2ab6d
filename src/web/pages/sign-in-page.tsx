/**
 * Sign-in with the operator token (from <data dir>/server.json). The token is checked against
 * the API before it is kept, and kept only for this browser tab's session.
 */
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { signIn, signOut, useSession } from "../api/auth.js";
import { getJson, messageOf } from "../api/client.js";
import { useTitle } from "../components/use-title.js";
import { t } from "../i18n/i18n.js";

export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [token, setToken] = useState("");
  const [actor, setActor] = useState(session?.actor ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useTitle(t("auth.title"));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const candidate = { token: token.trim(), actor: actor.trim() };
    try {
      // /api/me answers 401 for a wrong token and says who a right one belongs to.
      await getJson("/api/me", undefined, { authorization: `Bearer ${candidate.token}` });
      signIn(candidate);
      navigate(params.get("next") ?? "/review");
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1>{t("auth.title")}</h1>
      <p className="lede">{t("auth.intro")}</p>
      {session && (
        <p>
          {t("auth.signedInAs", { name: session.actor || t("auth.operator") })}{" "}
          <button type="button" onClick={signOut}>
            {t("auth.signOut")}
          </button>
        </p>
      )}
      <form onSubmit={submit} className="form">
        <label>
          {t("auth.token")}
          <input
            name="token"
            type="password"
            autoComplete="off"
            required
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <label>
          {t("auth.actor")}
          <input
            name="actor"
            type="text"
            value={actor}
            onChange={(e) => setActor(e.target.value)}
          />
          <span className="muted small">{t("auth.actor.help")}</span>
        </label>
        {error && (
          <p className="error" role="alert">
            {t("auth.failed", { detail: error })}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t("auth.signIn")}
        </button>
      </form>
    </section>
  );
}
