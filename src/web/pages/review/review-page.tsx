/**
 * The review queue: proposed claims to confirm, correct or reject, and (in a case that requires
 * four eyes) claims awaiting a second reviewer, each naming who gave the first confirmation.
 */
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
  const awaiting = useApi<Page<Claim>>("/api/claims?status=awaiting&limit=200");
  return (
    <LoadState loaded={awaiting}>
      {(second) => (
        <LoadState loaded={claims}>
          {(page) => {
            const items = [...second.items, ...page.items];
            return (
              <>
                {second.total > 0 && (
                  <p className="muted" data-testid="review-awaiting-count">
                    {t(
                      second.total > second.items.length
                        ? "review.awaiting.count.some"
                        : "review.awaiting.count",
                      { n: second.total, shown: second.items.length },
                    )}
                  </p>
                )}
                <p className="muted" data-testid="review-count">
                  {t(page.total > page.items.length ? "review.count.some" : "review.count", {
                    n: page.total,
                    shown: page.items.length,
                  })}
                </p>
                <ReviewQueue
                  claims={items}
                  titles={new Map(items.map((c) => [c.sourceId, c.sourceTitle ?? ""]))}
                />
              </>
            );
          }}
        </LoadState>
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
