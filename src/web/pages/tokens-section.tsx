/**
 * The signed-in user's API tokens for scripts: create one (shown once, never again), see each
 * one's scope and state, revoke one. The page holds a new token only until it is dismissed.
 */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { authHeaders } from "../api/auth.js";
import { getJson, messageOf, postJson } from "../api/client.js";
import { t } from "../i18n/i18n.js";

interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly scope: string;
  readonly state: string;
  readonly expiresAt: string | null;
}

export function TokensSection() {
  const [tokens, setTokens] = useState<TokenInfo[] | null>(null);
  const [name, setName] = useState("");
  const [scope, setScope] = useState("read");
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setTokens(await getJson<TokenInfo[]>("/api/tokens"));
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const answer = await postJson<{ token: string }>("/api/tokens", { name: name.trim(), scope });
      setCreated(answer.token);
      setName("");
      await load();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function revoke(id: string) {
    setError(null);
    const response = await fetch(`/api/tokens/${encodeURIComponent(id)}`, {
      method: "DELETE",
      headers: { accept: "application/json", ...authHeaders() },
    });
    if (!response.ok) setError(`${response.status} ${response.statusText}`);
    await load();
  }

  return (
    <section data-testid="tokens">
      <h2>{t("tokens.title")}</h2>
      <p>{t("tokens.intro")}</p>
      {created && (
        <p className="notice" role="status">
          {t("tokens.created")} <code data-testid="new-token">{created}</code>{" "}
          <button type="button" onClick={() => setCreated(null)}>
            {t("tokens.dismiss")}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {tokens && tokens.length > 0 && (
        <ul>
          {tokens.map((token) => (
            <li key={token.id} data-testid="token">
              {t("tokens.row", { name: token.name, scope: token.scope, state: token.state })}{" "}
              {token.state === "active" && (
                <button type="button" onClick={() => void revoke(token.id)}>
                  {t("tokens.revoke")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={create} className="form">
        <label>
          {t("tokens.name")}
          <input
            name="token-name"
            type="text"
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          {t("tokens.scope")}
          <select name="token-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="read">read</option>
            <option value="write">write</option>
            <option value="admin">admin</option>
          </select>
        </label>
        <button type="submit">{t("tokens.create")}</button>
      </form>
    </section>
  );
}
