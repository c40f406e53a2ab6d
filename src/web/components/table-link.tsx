/** The link from a chart or map to the table that says the same in text (WCAG 1.1.1, 1.3.1). */
export function TableLink({ target, label }: { target: string; label: string }) {
  return (
    <p className="small table-link">
      <a
        href={`#${target}`}
        onClick={() => {
          // The table may sit in a closed disclosure: open it before the browser scrolls there.
          const details = document.getElementById(target)?.closest("details");
          if (details) details.open = true;
        }}
      >
        {label}
      </a>
    </p>
  );
}
