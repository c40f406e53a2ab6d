/**
 * Sign-in with username and password. The server answers with an HttpOnly session cookie; the
 * page never holds a password or a token beyond this form.
 */
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { signIn, signOut, useSession } from "../api/auth.js";
import { messageOf } from "../api/client.js";
import { useTitle } from "../components/use-title.js";
import { t } from "../i18n/i18n.js";
import { TokensSection } from "./tokens-section.js";

/** Only paths inside this application: a crafted ?next= cannot send the reader elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/review";
}

export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useTitle(t("auth.title"));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      setPassword("");
      navigate(safeNext(params.get("next")));
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
          {t("auth.signedInAs", { name: session.username })}{" "}
          <button type="button" onClick={() => signOut().catch(() => undefined)}>
            {t("auth.signOut")}
          </button>
        </p>
      )}
      <form onSubmit={submit} className="form">
        <label>
          {t("auth.username")}
          <input
            name="username"
            type="text"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t("auth.password")}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
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
      {session && <TokensSection />}
    </section>
  );
}
