/**
 * What the first view of a case (its overview) asks the API for, and the element of the page
 * that may carry those answers. One list for both sides: the server puts these answers into the
 * overview's page (server/first-view-data.ts) and the web application asks for the ones the page
 * does not carry (web/api/first-view.ts), so the two can never drift apart.
 */

/** The id of the page's inert JSON element holding the first view's answers. */
export const FIRST_VIEW_DATA_ID = "first-view-data";

/** The overview's own API paths for a case: the case, its figure cards and the activity. */
export function overviewPaths(caseId: string): readonly string[] {
  const base = `/api/cases/${encodeURIComponent(caseId)}`;
  return [base, `${base}/figure-cards`, "/api/activity?limit=10"];
}
