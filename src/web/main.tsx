import { StrictMode, useCallback, useState } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { loadSession } from "./api/auth.js";
import { prefetchFirstView } from "./api/first-view.js";
import { App } from "./app.js";
import { SwitchLocale } from "./components/language-switch.js";
import { loadLocale } from "./i18n/i18n.js";
import { chooseLocale, localePath, rememberLocale, splitLocale } from "./i18n/locale-choice.js";
import type { Locale } from "./i18n/locales.js";
import "./styles.css";

// The address always names its language, so that what a reader copies opens as they see it.
const { pathname, search, hash } = window.location;
const initial = chooseLocale(pathname);
const { locale: named, rest } = splitLocale(pathname);
if (named === null)
  window.history.replaceState(null, "", localePath(initial, rest) + search + hash);
// A page that carries its overview's data may run this script before that data has arrived
// (server/web-shell.ts makes the script async there, so that it is evaluated meanwhile): what
// reads the page waits until the page is parsed.
const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== "loading") resolve();
  else document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
});
void parsed.then(() => prefetchFirstView(rest));
void loadSession();

// Going back past a language switch lands on an address in another language: open it afresh.
window.addEventListener("popstate", () => {
  const { locale } = splitLocale(window.location.pathname);
  if (locale !== null && locale !== current) window.location.reload();
});
let current: Locale = initial;

function Root() {
  const [locale, setLocale] = useState<Locale>(initial);
  const switchTo = useCallback((next: Locale) => {
    rememberLocale(next);
    void loadLocale(next).then(() => {
      const { rest } = splitLocale(window.location.pathname);
      const url = localePath(next, rest) + window.location.search + window.location.hash;
      window.history.replaceState(null, "", url);
      current = next;
      setLocale(next);
    });
  }, []);
  return (
    <SwitchLocale.Provider value={switchTo}>
      {/* A new router per language: its basename is the language segment of every link. */}
      <BrowserRouter key={locale} basename={`/${locale}`}>
        <App />
      </BrowserRouter>
    </SwitchLocale.Provider>
  );
}

void Promise.all([loadLocale(initial), parsed]).then(() => {
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
