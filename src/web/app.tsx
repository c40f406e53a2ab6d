/** The application shell: header, navigation and the routes of every view. */
import { type ComponentType, lazy, Suspense } from "react";
import { NavLink, Route, Routes } from "react-router";
import { useCaseId } from "./components/case-context.js";
import { LanguageSwitch } from "./components/language-switch.js";
import { SessionStatus } from "./components/session-status.js";
import { loadPart, t } from "./i18n/i18n.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { CasePage, HomePage } from "./pages/overview/overview-page.js";

// Every view but the overview is its own chunk, fetched when first opened: the first view's
// script stays small on a slow phone, and the map's and charts' libraries load only with them.
// The catalogue's words for these views are a part of their own, fetched alongside.
function view(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => Promise.all([load(), loadPart("views")]).then(([chunk]) => chunk));
}

const ActivityPage = view(() =>
  import("./pages/activity/activity-page.js").then((m) => ({ default: m.ActivityPage })),
);
const AddPage = view(() => import("./pages/add/add-page.js").then((m) => ({ default: m.AddPage })));
const ChroniclePage = view(() =>
  import("./pages/chronicle/chronicle-page.js").then((m) => ({ default: m.ChroniclePage })),
);
const MemorialPage = view(() =>
  import("./pages/memorial/memorial-page.js").then((m) => ({ default: m.MemorialPage })),
);
const MemorialPersonPage = view(() =>
  import("./pages/memorial/memorial-person-page.js").then((m) => ({
    default: m.MemorialPersonPage,
  })),
);
const ClaimPage = view(() =>
  import("./pages/claim-page.js").then((m) => ({ default: m.ClaimPage })),
);
const FiguresPage = view(() =>
  import("./pages/figures/figures-page.js").then((m) => ({ default: m.FiguresPage })),
);
const JobsPage = view(() =>
  import("./pages/jobs/jobs-page.js").then((m) => ({ default: m.JobsPage })),
);
const MapPage = view(() => import("./pages/map/map-page.js").then((m) => ({ default: m.MapPage })));
const MatrixPage = view(() =>
  import("./pages/matrix/matrix-page.js").then((m) => ({ default: m.MatrixPage })),
);
const PeoplePage = view(() =>
  import("./pages/people-page.js").then((m) => ({ default: m.PeoplePage })),
);
const PersonPage = view(() =>
  import("./pages/person-page.js").then((m) => ({ default: m.PersonPage })),
);
const RecognitionPage = view(() =>
  import("./pages/recognition/recognition-page.js").then((m) => ({ default: m.RecognitionPage })),
);
const RegistryPage = view(() =>
  import("./pages/registry/registry-page.js").then((m) => ({ default: m.RegistryPage })),
);
const ReviewPage = view(() =>
  import("./pages/review/review-page.js").then((m) => ({ default: m.ReviewPage })),
);
const SearchPage = view(() =>
  import("./pages/search/search-page.js").then((m) => ({ default: m.SearchPage })),
);
const SignInPage = view(() =>
  import("./pages/sign-in-page.js").then((m) => ({ default: m.SignInPage })),
);
const SourcePage = view(() =>
  import("./pages/source/source-page.js").then((m) => ({ default: m.SourcePage })),
);
const SourcesPage = view(() =>
  import("./pages/sources-page.js").then((m) => ({ default: m.SourcesPage })),
);
const TimelinePage = view(() =>
  import("./pages/timeline/timeline-page.js").then((m) => ({ default: m.TimelinePage })),
);

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
          <NavLink to={`${base}/chronicle`}>{t("nav.chronicle")}</NavLink>
          <NavLink to={`${base}/memorial`}>{t("nav.memorial")}</NavLink>
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
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p className="muted" aria-live="polite">
              {t("state.loading")}
            </p>
          }
        >
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/cases/:id" element={<CasePage />} />
            <Route path="/cases/:id/figures" element={<FiguresPage />} />
            <Route path="/cases/:id/figures/:measure" element={<FiguresPage />} />
            <Route path="/cases/:id/timeline" element={<TimelinePage />} />
            <Route path="/cases/:id/map" element={<MapPage />} />
            <Route path="/cases/:id/recognition" element={<RecognitionPage />} />
            <Route path="/cases/:id/people" element={<PeoplePage />} />
            <Route path="/cases/:id/people/:name" element={<PersonPage />} />
            <Route path="/cases/:id/matrix" element={<MatrixPage />} />
            <Route path="/cases/:id/chronicle" element={<ChroniclePage />} />
            <Route path="/cases/:id/memorial" element={<MemorialPage />} />
            <Route path="/cases/:id/memorial/:person" element={<MemorialPersonPage />} />
            <Route path="/sources" element={<SourcesPage />} />
            <Route path="/sources/:id" element={<SourcePage />} />
            <Route path="/claims/:id" element={<ClaimPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/review" element={<ReviewPage />} />
            <Route path="/add" element={<AddPage />} />
            <Route path="/registry" element={<RegistryPage />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/jobs" element={<JobsPage />} />
            <Route path="/activity" element={<ActivityPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
