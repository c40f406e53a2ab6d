import { Link } from "react-router";
import type { ActivityEntry } from "../../api/types.js";
import { sourceHref } from "../../components/format.js";

/** What an activity entry is about, linked when the web application has a view of it. */
export function ActivityTarget({ entry }: { entry: ActivityEntry }) {
  const label = entry.title || entry.targetId;
  if (entry.targetType === "source") return <Link to={sourceHref(entry.targetId)}>{label}</Link>;
  if (entry.targetType === "claim") return <Link to={`/claims/${entry.targetId}`}>{label}</Link>;
  return <span>{label}</span>;
}
