/**
 * One id per page view, sent with every API request the page makes (`x-casefile-view`), so that
 * the server logs a view of restricted material once per page, not once per request.
 */
let shown = "";
let id = "";

export function viewId(): string {
  const here = `${location.pathname}${location.search}`;
  if (here !== shown) {
    shown = here;
    id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  }
  return id;
}
