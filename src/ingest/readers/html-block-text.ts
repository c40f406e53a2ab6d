/**
 * Visible text of a DOM subtree laid out as plain text: block elements become paragraphs separated
 * by blank lines, `<br>` and table rows become line breaks, runs of whitespace become one space,
 * and `<pre>` keeps its lines. The walk is iterative, so deeply nested markup cannot overflow the stack.
 */

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(
  (
    "script style noscript template head title svg math canvas iframe object embed select " +
    "button input textarea"
  ).split(" "),
);

const BLOCKS = new Set(
  (
    "address article aside blockquote body caption dd details dialog div dl dt fieldset " +
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main " +
    "nav ol p section summary table tbody tfoot thead ul"
  ).split(" "),
);

/** Elements that end a line but not a paragraph. */
const LINES = new Set(["br", "tr"]);
/** Table cells: kept apart by a space on their row's line. */
const CELLS = new Set(["td", "th"]);

/**
 * The text of `root` with blocks separated by blank lines.
 * @example htmlBlockText(body) // "Heading\n\nFirst paragraph.\n\nSecond paragraph."
 */
export function htmlBlockText(root: Node): string {
  const blocks: string[] = [];
  let parts: string[] = [];
  const flush = () => {
    const block = layoutBlock(parts.join(""));
    if (block !== "") blocks.push(block);
    parts = [];
  };
  const boundary = (node: Node) => {
    const tag = tagOf(node);
    if (BLOCKS.has(tag)) flush();
    else if (LINES.has(tag)) parts.push("\n");
    else if (CELLS.has(tag)) parts.push(" ");
  };

  let node: Node | null = root.firstChild;
  while (node !== null) {
    const tag = tagOf(node);
    let descend = false;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      // Source line breaks are only whitespace in HTML; the "\n"s in `parts` come from <br>/<tr>.
      // Other whitespace is collapsed once, per line of the block, by layoutBlock.
      const value = node.nodeValue ?? "";
      parts.push(value.includes("\n") ? value.replace(/\n/g, " ") : value);
    } else if (node.nodeType === ELEMENT && !SKIPPED.has(tag)) {
      if (tag === "pre") {
        flush();
        const pre = layoutPre(node.textContent ?? "");
        if (pre !== "") blocks.push(pre);
      } else {
        boundary(node);
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Leave this node, then every ancestor whose last child it was, closing their blocks.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) boundary(node);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  flush();
  return blocks.join("\n\n");
}

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT ? (node as Element).localName.toLowerCase() : "";
}

/** Collapses whitespace within each line of a block and drops empty lines. */
function layoutBlock(raw: string): string {
  return raw
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Preformatted text keeps its lines; only trailing spaces and outer blank lines go. */
function layoutPre(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}
