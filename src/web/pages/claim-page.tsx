/** A claim's permanent address: opens the claim at its passage in its source. */
import { Navigate, useParams } from "react-router";
import type { Claim } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { claimHref } from "../components/format.js";
import { LoadState } from "../components/load-state.js";

export function ClaimPage() {
  const { id = "" } = useParams();
  const claim = useApi<Claim>(`/api/claims/${encodeURIComponent(id)}`);
  return (
    <LoadState loaded={claim}>
      {(c) => <Navigate to={claimHref(c.sourceId, c.id)} replace />}
    </LoadState>
  );
}
