/** How deeply a DOM nests, measured without recursion and without walking past a limit. */

/**
 * True when some node lies more than `limit` levels below `root`. Readability slows down
 * roughly with the cube of the depth (seconds at a thousand levels), so deep trees skip it.
 */
export function nestsDeeperThan(root: Node, limit: number): boolean {
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (node.firstChild !== null) {
      depth++;
      if (depth > limit) return true;
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      depth--;
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return false;
}
