import { Link } from "react-router";
import { signOut, useSession } from "../api/auth.js";
import { t } from "../i18n/i18n.js";

/** Who is signed in, in the header: writes are made, and logged, in this name. */
export function SessionStatus() {
  const session = useSession();
  if (!session)
    return (
      <Link className="session" to="/sign-in">
        {t("auth.signIn")}
      </Link>
    );
  return (
    <span className="session">
      <span data-testid="signed-in-as">
        {t("auth.signedInAs", { name: `${session.username} (${session.role})` })}
      </span>{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => signOut().catch(() => undefined)}
      >
        {t("auth.signOut")}
      </button>
    </span>
  );
}
