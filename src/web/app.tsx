/** The application shell: header, navigation and the routes of every view. */
import { NavLink, Route, Routes } from "react-router";
import { useCaseId } from "./components/case-context.js";
import { SessionStatus } from "./components/session-status.js";
import { t } from "./i18n/i18n.js";
import { AddPage } from "./pages/add/add-page.js";
import { ClaimPage } from "./pages/claim-page.js";
import { FiguresPage } from "./pages/figures/figures-page.js";
import { JobsPage } from "./pages/jobs/jobs-page.js";
import { MapPage } from "./pages/map/map-page.js";
import { MatrixPage } from "./pages/matrix/matrix-page.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { CasePage, HomePage } from "./pages/overview/overview-page.js";
import { PeoplePage } from "./pages/people-page.js";
import { RecognitionPage } from "./pages/recognition/recognition-page.js";
import { RegistryPage } from "./pages/registry/registry-page.js";
import { ReviewPage } from "./pages/review/review-page.js";
import { SearchPage } from "./pages/search/search-page.js";
import { SignInPage } from "./pages/sign-in-page.js";
import { SourcePage } from "./pages/source/source-page.js";
import { SourcesPage } from "./pages/sources-page.js";
import { TimelinePage } from "./pages/timeline/timeline-page.js";

function Navigation() {
  const caseId = useCaseId();
  const base = caseId ? `/cases/${caseId}` : null;
  return (
    <nav aria-label={t("nav.label")}>
      {base && (
        <>
          <NavLink to={base} end>
            {t("nav.overview")}
          </NavLink>
          <NavLink to={`${base}/figures/killed`}>{t("nav.figures")}</NavLink>
          <NavLink to={`${base}/timeline`}>{t("nav.timeline")}</NavLink>
          <NavLink to={`${base}/map`}>{t("nav.map")}</NavLink>
          <NavLink to={`${base}/recognition`}>{t("nav.recognition")}</NavLink>
          <NavLink to={`${base}/people`}>{t("nav.people")}</NavLink>
          <NavLink to={`${base}/matrix`}>{t("nav.matrix")}</NavLink>
        </>
      )}
      <NavLink to="/sources">{t("nav.sources")}</NavLink>
      <NavLink to="/search">{t("nav.search")}</NavLink>
      <NavLink to="/review">{t("nav.review")}</NavLink>
      <NavLink to="/add">{t("nav.add")}</NavLink>
      <NavLink to="/registry">{t("nav.registry")}</NavLink>
      <NavLink to="/jobs">{t("nav.jobs")}</NavLink>
    </nav>
  );
}

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
        <Navigation />
        <SessionStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/cases/:id" element={<CasePage />} />
          <Route path="/cases/:id/figures" element={<FiguresPage />} />
          <Route path="/cases/:id/figures/:measure" element={<FiguresPage />} />
          <Route path="/cases/:id/timeline" element={<TimelinePage />} />
          <Route path="/cases/:id/map" element={<MapPage />} />
          <Route path="/cases/:id/recognition" element={<RecognitionPage />} />
          <Route path="/cases/:id/people" element={<PeoplePage />} />
          <Route path="/cases/:id/matrix" element={<MatrixPage />} />
          <Route path="/sources" element={<SourcesPage />} />
          <Route path="/sources/:id" element={<SourcePage />} />
          <Route path="/claims/:id" element={<ClaimPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/add" element={<AddPage />} />
          <Route path="/registry" element={<RegistryPage />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/jobs" element={<JobsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
