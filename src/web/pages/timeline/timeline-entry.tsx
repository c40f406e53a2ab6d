import type { TimelineEvent } from "../../api/types.js";
import { CaseText } from "../../components/case-texts.js";
import { formatList, t } from "../../i18n/i18n.js";
import { Conflict, Evidence, type Lookup } from "./evidence.js";
import { formatWhen } from "./when.js";

/** One event: when (as precise as stated), what, where, and what backs it. */
export function TimelineEntry({
  event,
  lookup,
  clock,
}: {
  event: TimelineEvent;
  lookup: Lookup;
  clock: boolean;
}) {
  return (
    <li className="event" id={`event-${event.id}`} data-testid="event">
      <div className="event-when">{formatWhen(event.when, clock)}</div>
      <div className="event-body">
        {event.claimed ? (
          <p className="event-what" data-testid="claimed-event">
            {t("timeline.claimed", { title: event.what })}
          </p>
        ) : (
          <CaseText
            className="event-what"
            text={event.what}
            translations={Object.fromEntries(
              Object.entries(event.translations ?? {}).map(([l, tr]) => [l, tr?.what]),
            )}
            originalLanguage={undefined}
          />
        )}
        {event.where.length > 0 && (
          <p className="muted small">{formatList(event.where.map((w) => lookup.placeName(w)))}</p>
        )}
        {event.conflicts.map((c) => (
          <Conflict key={c.about} conflict={c} lookup={lookup} />
        ))}
        {event.conflictsElsewhere.map((c) => (
          <p key={c.about} className="small" data-testid="conflict-elsewhere">
            {t("timeline.conflictElsewhere")}{" "}
            <a href={`#event-${c.eventId}`}>{lookup.whatOf(c.eventId, c.eventWhat)}</a>
          </p>
        ))}
        <details open={event.claimIds.length + event.sourceIds.length <= 3}>
          <summary className="small">
            {t("timeline.backing", { n: event.claimIds.length + event.sourceIds.length })}
          </summary>
          <Evidence claimIds={event.claimIds} sourceIds={event.sourceIds} lookup={lookup} />
        </details>
      </div>
    </li>
  );
}
