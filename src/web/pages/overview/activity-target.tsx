import { Link } from "react-router";
import type { ActivityEntry } from "../../api/types.js";
import { sourceHref } from "../../components/format.js";

/**
 * What an activity entry is about, linked when the web application has a view of it: a claim by
 * its statement and quote (with its source's title beside it), a source by its title.
 */
export function ActivityTarget({ entry }: { entry: ActivityEntry }) {
  if (entry.claim)
    return (
      <>
        <Link to={`/claims/${entry.claim.id}`}>{entry.claim.caption}</Link>
        {entry.source && <span className="muted small"> · {entry.source.title}</span>}
      </>
    );
  if (entry.source) return <Link to={sourceHref(entry.source.id)}>{entry.source.title}</Link>;
  return <span>{entry.targetId}</span>;
}
