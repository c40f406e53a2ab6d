/** The link from a chart or map to the table that says the same in text (WCAG 1.1.1, 1.3.1). */
export function TableLink({ target, label }: { target: string; label: string }) {
  return (
    <p className="small table-link">
      <a href={`#${target}`}>{label}</a>
    </p>
  );
}
