/** What a list line adds for an item awaiting a second reviewer (four eyes): who confirmed it first. */
export function firstBy(item: { status: string; reviewedBy: string | null }): string {
  return item.status === "awaiting"
    ? `  [awaiting a second review; first confirmed by ${item.reviewedBy ?? "?"}]`
    : "";
}
