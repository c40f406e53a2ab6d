/** The review queue: proposed claims to confirm, correct or reject. Writes need the operator. */
import { Link } from "react-router";
import { useSession } from "../../api/auth.js";
import type { Claim, Page } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { ReviewQueue } from "./review-queue.js";

function SignedInQueue() {
  // Each claim carries its source's title: the queue is one round trip.
  const claims = useApi<Page<Claim>>("/api/claims?status=proposed&limit=200");
  return (
    <LoadState loaded={claims}>
      {(page) => (
        <>
          <p className="muted" data-testid="review-count">
            {t(page.total > page.items.length ? "review.count.some" : "review.count", {
              n: page.total,
              shown: page.items.length,
            })}
          </p>
          <ReviewQueue
            claims={page.items}
            titles={new Map(page.items.map((c) => [c.sourceId, c.sourceTitle ?? ""]))}
          />
        </>
      )}
    </LoadState>
  );
}

export function ReviewPage() {
  const session = useSession();
  useTitle(t("review.title"));
  return (
    <section>
      <h1>{t("review.title")}</h1>
      <p className="lede">{t("review.intro")}</p>
      {session ? (
        <SignedInQueue />
      ) : (
        <p className="notice" data-testid="review-signed-out">
          {t("review.signedOut")} <Link to="/sign-in?next=/review">{t("auth.signIn")}</Link>
        </p>
      )}
    </section>
  );
}
