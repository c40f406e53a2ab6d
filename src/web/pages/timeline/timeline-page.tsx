/** The chronology: before, the night hour by hour, and the aftermath year by year. */
import { useParams } from "react-router";
import type { Claim, Page, SourceSummary, Timeline, TimelineEvent } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useClaimantNames, usePlaceNames } from "../../components/case-texts.js";
import { LoadState } from "../../components/load-state.js";
import { TableLink } from "../../components/table-link.js";
import { useTitle } from "../../components/use-title.js";
import { currentLocale, t } from "../../i18n/i18n.js";
import type { Lookup } from "./evidence.js";
import { NightChart } from "./night-chart.js";
import { TimelineEntry } from "./timeline-entry.js";

function Entries({
  events,
  lookup,
  clock,
}: {
  events: readonly TimelineEvent[];
  lookup: Lookup;
  clock: boolean;
}) {
  return (
    <ol className="events">
      {events.map((e) => (
        <TimelineEntry key={e.id} event={e} lookup={lookup} clock={clock} />
      ))}
    </ol>
  );
}

function Chronology({ timeline, lookup }: { timeline: Timeline; lookup: Lookup }) {
  // The server sends the chronology in order (timed entries of a day before the day-level ones).
  const sorted = timeline.events;
  const phase = (p: string) => sorted.filter((e) => e.phase === p);
  const after = sorted.filter((e) => e.phase !== "before" && e.phase !== "night");
  const years = [...new Set(after.map((e) => e.when.start.slice(0, 4)))];
  return (
    <>
      <p className="muted" data-testid="conflict-count">
        {t("timeline.conflicts", { n: timeline.conflicts.length })}
      </p>
      <section aria-labelledby="before-h">
        <h2 id="before-h">{t("timeline.before")}</h2>
        <Entries events={phase("before")} lookup={lookup} clock={false} />
      </section>
      <section aria-labelledby="night-h">
        <h2 id="night-h">{t("timeline.night")}</h2>
        <NightChart events={phase("night")} />
        <TableLink target="night-list" label={t("timeline.night.tableLink")} />
        <div id="night-list">
          <Entries events={phase("night")} lookup={lookup} clock={true} />
        </div>
      </section>
      <section aria-labelledby="after-h">
        <h2 id="after-h">{t("timeline.after")}</h2>
        {years.map((y) => (
          <section key={y} aria-labelledby={`y-${y}`}>
            <h3 id={`y-${y}`} className="year">
              {y}
            </h3>
            <Entries
              events={after.filter((e) => e.when.start.startsWith(y))}
              lookup={lookup}
              clock={false}
            />
          </section>
        ))}
      </section>
    </>
  );
}

export function TimelinePage() {
  const { id = "" } = useParams();
  const key = encodeURIComponent(id);
  // The chronology, its claims and the source titles are fetched together (one round trip).
  const timeline = useApi<Timeline>(`/api/cases/${key}/timeline`);
  const claims = useApi<Page<Claim>>(`/api/claims?case=${key}&limit=1000`);
  const sources = useApi<Page<SourceSummary>>("/api/sources?limit=500");
  const placeName = usePlaceNames(id);
  const claimantName = useClaimantNames(id);
  useTitle(t("timeline.title"));
  const events = timeline.state === "ready" ? timeline.data.events : [];
  const lookup: Lookup = {
    placeName: (p) => placeName(p),
    claimantName,
    whatOf: (eventId, original) =>
      events.find((e) => e.id === eventId)?.translations?.[currentLocale()]?.what ?? original,
    claims: new Map(claims.state === "ready" ? claims.data.items.map((c) => [c.id, c]) : []),
    titles: new Map(
      sources.state === "ready" ? sources.data.items.map((s) => [s.id, s.title]) : [],
    ),
  };
  return (
    <section className="timeline">
      <h1>{t("timeline.title")}</h1>
      <p className="lede">{t("timeline.intro")}</p>
      <LoadState loaded={timeline}>
        {(tl) => <Chronology timeline={tl} lookup={lookup} />}
      </LoadState>
    </section>
  );
}
