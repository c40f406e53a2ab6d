/**
 * A search snippet: HTML-escaped text whose only markup is <mark>. It is split on the mark tags
 * and rendered as React text, never as HTML, so nothing in a source can inject markup.
 */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>[\s\S]*?<\/mark>)/);
  return (
    <>
      {parts.map((part, i) => {
        const key = `${i}-${part.length}`;
        const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
        return marked ? (
          <mark key={key}>{decodeEntities(marked[1] ?? "")}</mark>
        ) : (
          <span key={key}>{decodeEntities(part)}</span>
        );
      })}
    </>
  );
}
