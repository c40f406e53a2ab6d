/** What the marks of the figures chart mean; the hues are explained by the affiliation legend. */
import { t } from "../../i18n/i18n.js";

export function ShapeLegend() {
  const ink = "#1b1f24";
  return (
    <ul className="legend" aria-label={t("figures.shapes")}>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill={ink} />
        </svg>
        {t("figures.shape.exact")}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="#fff" stroke={ink} strokeWidth="2" />
        </svg>
        {t("figures.shape.approx")}
      </li>
      <li>
        <svg width="14" height="18" aria-hidden="true">
          <line x1="7" y1="2" x2="7" y2="16" stroke={ink} strokeWidth="3" />
        </svg>
        {t("figures.shape.range")}
      </li>
      <li>
        <svg width="14" height="18" aria-hidden="true">
          <path d="M7,17 V3 M3,7 L7,2 L11,7" fill="none" stroke={ink} strokeWidth="2" />
        </svg>
        {t("figures.shape.open")}
      </li>
      <li>
        <svg width="18" height="14" aria-hidden="true">
          <path
            d="M2,7 h12 m-4,-4 l4,4 l-4,4"
            fill="none"
            stroke={ink}
            strokeWidth="1.5"
            strokeDasharray="2 2"
          />
        </svg>
        {t("figures.shape.bound")}
      </li>
    </ul>
  );
}
