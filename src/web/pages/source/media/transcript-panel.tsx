/**
 * A recording's transcript beside its player: every line with its time, the line being played
 * marked (aria-current), and each line a link to its moment — following it seeks the player.
 */
import { useEffect } from "react";
import { clockTime } from "../../../../core/model/locator.js";
import type { Transcripts } from "../../../api/types.js";
import { useApi } from "../../../api/use-api.js";
import { sourceHref } from "../../../components/format.js";
import { t } from "../../../i18n/i18n.js";

export function TranscriptPanel(p: {
  sourceId: string;
  /** Raised when a transcript was attached: the list is read again. */
  round: number;
  now: number;
  onSeek: (seconds: number) => void;
}) {
  const loaded = useApi<Transcripts>(`/api/sources/${encodeURIComponent(p.sourceId)}/transcripts`);
  const { reload } = loaded;
  useEffect(() => {
    if (p.round > 0) reload();
  }, [p.round, reload]);
  const transcript = loaded.state === "ready" ? loaded.data.transcripts[0] : undefined;
  if (!transcript) return null;
  return (
    <section className="transcript" aria-labelledby="transcript-h" data-testid="transcript">
      <h2 id="transcript-h">{t("media.transcript")}</h2>
      <p className="small">
        <a href={sourceHref(transcript.sourceId)}>{t("media.transcript.source")}</a>
      </p>
      <ol className="plain transcript-lines">
        {transcript.cues.map((c) => {
          const current = p.now >= c.start && p.now < c.end;
          return (
            <li key={c.passageId} className={`transcript-line${current ? " current" : ""}`}>
              <a
                href={`?t=${c.start}`}
                aria-current={current ? "true" : undefined}
                data-testid="transcript-line"
                onClick={(e) => {
                  e.preventDefault();
                  p.onSeek(c.start);
                }}
              >
                <span className="clock">{clockTime(c.start)}</span> {c.text}
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
