/**
 * The viewer of a photo, video or audio source: the picture zoomable, the recording with its
 * scrubber, the source's claims drawn on it (regions on the picture or frame, moments on the
 * scrubber), each a link to its claim; opening a claim of a moment (or an address with ?t=)
 * seeks the player. A signed-in editor draws a rectangle or polygon, or marks a time range, and
 * files a claim on it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { ClaimLocator, RegionShape } from "../../../../core/model/locator.js";
import { clockTime } from "../../../../core/model/locator.js";
import { useSession } from "../../../api/auth.js";
import type { Claim, MediaInfo } from "../../../api/types.js";
import { useApi } from "../../../api/use-api.js";
import { LoadState } from "../../../components/load-state.js";
import { t } from "../../../i18n/i18n.js";
import { term } from "../../../i18n/terms.js";
import { regionOf, type ShapeDraft, type Tool } from "./draft.js";
import { ImageStage } from "./image-stage.js";
import { NewClaimForm } from "./new-claim-form.js";
import { PlayerStage, type ShownMoment } from "./player-stage.js";
import { RegionOverlay, type ShownRegion } from "./region-overlay.js";
import { TranscriptForm } from "./transcript-form.js";
import { TranscriptPanel } from "./transcript-panel.js";

/** Formats a browser shows as they are; others through a derived copy. */
const SHOWN_AS_IS = new Set(["jpeg", "png", "webp"]);

function srcOf(m: MediaInfo): string {
  const base = `/api/sources/${encodeURIComponent(m.sourceId)}/media`;
  const has = (role: string) => m.derivatives.some((d) => d.role === role);
  if (m.kind === "image") return `${base}/${SHOWN_AS_IS.has(m.format) ? "original" : "thumbnail"}`;
  return `${base}/${has("web_copy") ? "web_copy" : "original"}`;
}

const regionLabel = (c: Claim) =>
  t("media.region.label", { kind: term("claimKind", c.kind), status: term("status", c.status) });

function Viewer(p: {
  media: MediaInfo;
  title: string;
  claims: readonly Claim[];
  selectedId: string | null;
  onOpen: (claimId: string) => void;
  onFiled: (claim: Claim) => void;
}) {
  const { media } = p;
  const session = useSession();
  const mayFile = session !== null && session.role !== "viewer";
  const player = useRef<HTMLMediaElement | null>(null);
  const [now, setNow] = useState(0);
  const [draft, setDraft] = useState<ShapeDraft | null>(null);
  const [marking, setMarking] = useState<{ start: number | null; end: number | null } | null>(null);
  const [transcriptRound, setTranscriptRound] = useState(0);
  const [params] = useSearchParams();
  const width = media.width ?? 0;
  const height = media.height ?? 0;
  const duration = media.durationSeconds ?? 0;
  const selected = p.claims.find((c) => c.id === p.selectedId);
  const seekTo = params.get("t") ?? null;
  useEffect(() => {
    // A claim of a moment, or an address naming a time, opens the recording there.
    const at =
      selected?.locator.type === "MediaTime"
        ? selected.locator.time.start
        : seekTo !== null
          ? Number(seekTo)
          : null;
    const el = player.current;
    if (el && at !== null && Number.isFinite(at)) el.currentTime = at;
  }, [selected, seekTo]);
  const onTime = useCallback((s: number) => setNow(s), []);

  const regions: ShownRegion[] = p.claims.flatMap((c): ShownRegion[] => {
    const l = c.locator;
    const region: RegionShape | undefined =
      l.type === "ImageRegion"
        ? l.region
        : l.type === "MediaTime" &&
            (c.id === p.selectedId || (now >= l.time.start - 0.25 && now <= l.time.end + 0.25))
          ? l.region
          : undefined;
    return region
      ? [{ claimId: c.id, label: regionLabel(c), region, selected: c.id === p.selectedId }]
      : [];
  });
  const moments: ShownMoment[] = p.claims.flatMap((c): ShownMoment[] =>
    c.locator.type === "MediaTime"
      ? [
          {
            claimId: c.id,
            time: c.locator.time,
            selected: c.id === p.selectedId,
            label: t("media.moment.label", {
              kind: term("claimKind", c.kind),
              status: term("status", c.status),
              from: clockTime(c.locator.time.start),
              to: clockTime(c.locator.time.end),
            }),
          },
        ]
      : [],
  );
  const region = regionOf(draft);
  const time =
    marking && marking.start !== null && marking.end !== null
      ? { start: Math.min(marking.start, marking.end), end: Math.max(marking.start, marking.end) }
      : null;
  const locator: ClaimLocator | null =
    media.kind === "image"
      ? region && { type: "ImageRegion", region }
      : time && { type: "MediaTime", time, ...(region ? { region } : {}) };
  const drawing = draft !== null && !draft.done;
  const start = (tool: Tool) => setDraft({ tool, points: [], done: false });
  const reset = () => {
    setDraft(null);
    setMarking(null);
  };
  const overlay = width > 0 && height > 0 && (
    <RegionOverlay
      width={width}
      height={height}
      regions={regions}
      draft={draft}
      onDraft={setDraft}
      onOpen={p.onOpen}
    />
  );
  useEffect(() => {
    // The drawing area takes the keyboard as soon as a tool is chosen.
    if (drawing) document.querySelector<SVGElement>(".region-overlay.drawing")?.focus();
  }, [drawing]);
  return (
    <section className="media-viewer" aria-label={t("media.viewer")} data-testid="media-viewer">
      {media.kind === "image" ? (
        <ImageStage
          src={srcOf(media)}
          alt={p.title}
          width={width}
          height={height}
          drawing={drawing}
        >
          {overlay}
        </ImageStage>
      ) : (
        <div className="media-with-transcript">
          <PlayerStage
            kind={media.kind}
            src={srcOf(media)}
            title={p.title}
            duration={duration}
            width={media.width}
            height={media.height}
            player={player}
            moments={moments}
            marking={marking}
            onMark={setMarking}
            onOpen={p.onOpen}
            onTime={onTime}
          >
            {overlay}
          </PlayerStage>
          <TranscriptPanel
            sourceId={media.sourceId}
            round={transcriptRound}
            now={now}
            onSeek={(s) => {
              const el = player.current;
              if (el) el.currentTime = s;
              setNow(s);
            }}
          />
        </div>
      )}
      {mayFile && (
        <div className="draw-tools" role="toolbar" aria-label={t("media.draw.tools")}>
          {media.kind !== "audio" && width > 0 && (
            <>
              <button
                type="button"
                aria-pressed={draft?.tool === "rect"}
                onClick={() => start("rect")}
              >
                {t("media.draw.rect")}
              </button>
              <button
                type="button"
                aria-pressed={draft?.tool === "polygon"}
                onClick={() => start("polygon")}
              >
                {t("media.draw.polygon")}
              </button>
            </>
          )}
          {draft?.tool === "polygon" && !draft.done && draft.points.length >= 3 && (
            <button type="button" onClick={() => setDraft({ ...draft, done: true })}>
              {t("media.draw.finish")}
            </button>
          )}
          {media.kind !== "image" && (
            <button
              type="button"
              aria-pressed={marking !== null}
              onClick={() => setMarking({ start: null, end: null })}
            >
              {t("media.mark")}
            </button>
          )}
          {(draft || marking) && (
            <button type="button" onClick={reset}>
              {t("review.cancel")}
            </button>
          )}
        </div>
      )}
      {drawing && (
        <p id="draw-help" className="muted small" aria-live="polite">
          {t(draft?.tool === "rect" ? "media.draw.help.rect" : "media.draw.help.polygon")}
        </p>
      )}
      {mayFile && media.kind !== "image" && (
        <TranscriptForm
          sourceId={media.sourceId}
          onAttached={() => setTranscriptRound((r) => r + 1)}
        />
      )}
      {mayFile && locator && (
        <NewClaimForm
          sourceId={media.sourceId}
          locator={locator}
          onFiled={(claim) => {
            reset();
            p.onFiled(claim);
          }}
          onCancel={reset}
        />
      )}
    </section>
  );
}

export function MediaViewer(p: {
  sourceId: string;
  title: string;
  claims: readonly Claim[];
  selectedId: string | null;
  onOpen: (claimId: string) => void;
  onFiled: (claim: Claim) => void;
}) {
  const media = useApi<MediaInfo>(`/api/sources/${encodeURIComponent(p.sourceId)}/media`);
  return <LoadState loaded={media}>{(m) => <Viewer media={m} {...p} />}</LoadState>;
}
