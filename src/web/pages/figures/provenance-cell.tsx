/** A claim's basis and its chain to its origin: "reported speech ← The Independent ← prosecutor". */
import type { FigureRow } from "../../api/figures.js";
import { t, tMaybe } from "../../i18n/i18n.js";

export function basisLabel(basis: string): string {
  return tMaybe(`figures.basis.${basis}`) ?? basis;
}

export function ProvenanceCell({ row }: { row: FigureRow }) {
  const origin = row.chain.at(-1);
  const via = row.chain.slice(0, -1);
  return (
    <div className="provenance" data-testid="provenance">
      <span className={`basis basis-${row.basis}`}>{basisLabel(row.basis)}</span>
      {via.map((step) => (
        <span key={`${step.kind}:${step.id}`} className="small">
          {" ← "}
          {step.name}
        </span>
      ))}
      {origin && (
        <div className="muted small">{t("figures.chain.origin", { name: origin.name })}</div>
      )}
    </div>
  );
}
