/**
 * The language switch: one link per language to the same page in that language, so it works
 * as a plain link too (new tab, copied address). A click switches in place and is remembered.
 */
import { createContext, useContext } from "react";
import { useLocation } from "react-router";
import { currentLocale, t } from "../i18n/i18n.js";
import { localePath } from "../i18n/locale-choice.js";
import { ENDONYM, LOCALES, type Locale } from "../i18n/locales.js";

export const SwitchLocale = createContext<(locale: Locale) => void>(() => undefined);

export function LanguageSwitch() {
  const location = useLocation();
  const switchTo = useContext(SwitchLocale);
  const current = currentLocale();
  const rest = `${location.pathname}${location.search}${location.hash}`;
  return (
    <nav className="language-switch" aria-label={t("lang.label")}>
      {LOCALES.map((l) => (
        <a
          key={l}
          href={localePath(l, rest)}
          lang={l}
          hrefLang={l}
          aria-current={l === current ? "true" : undefined}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
            e.preventDefault();
            if (l !== current) switchTo(l);
          }}
        >
          {ENDONYM[l]}
        </a>
      ))}
    </nav>
  );
}
