/** The application shell: header, navigation and the routes of every view. */
import { NavLink, Route, Routes } from "react-router";
import { t } from "./i18n/i18n.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { SourcePage } from "./pages/source-page.js";
import { SourcesPage } from "./pages/sources-page.js";

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          {t("app.name")}
        </NavLink>
        <nav aria-label={t("nav.label")}>
          <NavLink to="/sources">{t("nav.sources")}</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<SourcesPage />} />
          <Route path="/sources" element={<SourcesPage />} />
          <Route path="/sources/:id" element={<SourcePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
