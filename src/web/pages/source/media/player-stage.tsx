/**
 * A video or a sound recording with its scrubber: a slider to seek (arrow keys step, as every
 * slider does), the claims' moments as marks on the track (each a link to its claim), and the
 * time range a reviewer marks with "Mark start" and "Mark end" at the player's position. The
 * player element is handed up so that a transcript line or a claim can seek it.
 */
import { type ReactNode, type RefObject, useEffect, useState } from "react";
import { clockTime, type TimeRange } from "../../../../core/model/locator.js";
import { t } from "../../../i18n/i18n.js";

export interface ShownMoment {
  readonly claimId: string;
  readonly label: string;
  readonly time: TimeRange;
  readonly selected: boolean;
}

const pct = (v: number, d: number) => `${d > 0 ? (v / d) * 100 : 0}%`;

export function PlayerStage(p: {
  kind: "video" | "audio";
  src: string;
  title: string;
  duration: number;
  width: number | null;
  height: number | null;
  player: RefObject<HTMLMediaElement | null>;
  moments: readonly ShownMoment[];
  marking: { start: number | null; end: number | null } | null;
  onMark: (m: { start: number | null; end: number | null }) => void;
  onOpen: (claimId: string) => void;
  onTime: (seconds: number) => void;
  /** The regions over a video's frame (shown for the moments that are playing). */
  children?: ReactNode;
}) {
  const [now, setNow] = useState(0);
  const [playing, setPlaying] = useState(false);
  const { player, onTime } = p;
  useEffect(() => {
    const el = player.current;
    if (!el) return;
    const tick = () => {
      setNow(el.currentTime);
      onTime(el.currentTime);
    };
    const play = () => setPlaying(!el.paused);
    el.addEventListener("timeupdate", tick);
    el.addEventListener("seeked", tick);
    el.addEventListener("play", play);
    el.addEventListener("pause", play);
    return () => {
      el.removeEventListener("timeupdate", tick);
      el.removeEventListener("seeked", tick);
      el.removeEventListener("play", play);
      el.removeEventListener("pause", play);
    };
  }, [player, onTime]);
  const seek = (s: number) => {
    const el = player.current;
    if (el) el.currentTime = Math.min(p.duration, Math.max(0, s));
    setNow(s);
  };
  const media =
    p.kind === "video" ? (
      <video
        ref={(el) => {
          player.current = el;
        }}
        src={p.src}
        preload="metadata"
        aria-label={p.title}
        data-testid="player"
        playsInline
      >
        <track kind="captions" />
      </video>
    ) : (
      <audio
        ref={(el) => {
          player.current = el;
        }}
        src={p.src}
        preload="metadata"
        aria-label={p.title}
        data-testid="player"
      >
        <track kind="captions" />
      </audio>
    );
  const m = p.marking;
  return (
    <div className="player">
      {p.kind === "video" ? (
        <div className="video-frame" style={{ aspectRatio: `${p.width ?? 16} / ${p.height ?? 9}` }}>
          {media}
          {p.children}
        </div>
      ) : (
        media
      )}
      <div className="player-controls">
        <button
          type="button"
          onClick={() => (playing ? player.current?.pause() : player.current?.play())}
        >
          {playing ? t("media.pause") : t("media.play")}
        </button>
        <span className="clock" data-testid="clock">
          {clockTime(now)} / {clockTime(p.duration)}
        </span>
      </div>
      <div className="scrubber">
        <input
          type="range"
          min={0}
          max={p.duration}
          step={0.1}
          value={now}
          aria-label={t("media.position")}
          aria-valuetext={clockTime(now)}
          onChange={(e) => seek(Number(e.target.value))}
          data-testid="scrubber"
        />
        <div className="moment-track">
          {m && m.start !== null && (
            <span
              className="moment draft"
              data-testid="draft-moment"
              style={{
                left: pct(Math.min(m.start, m.end ?? m.start), p.duration),
                width: pct(Math.abs((m.end ?? m.start) - m.start), p.duration),
              }}
            />
          )}
          {p.moments.map((mo) => (
            <a
              key={mo.claimId}
              href={`#claim-${mo.claimId}`}
              className={`moment${mo.selected ? " selected" : ""}`}
              style={{
                left: pct(mo.time.start, p.duration),
                width: pct(mo.time.end - mo.time.start, p.duration),
              }}
              title={mo.label}
              onClick={(e) => {
                e.preventDefault();
                // Seek here too: the claim may be open already, and then the address does not change.
                seek(mo.time.start);
                p.onOpen(mo.claimId);
              }}
            >
              <span className="visually-hidden">{mo.label}</span>
            </a>
          ))}
        </div>
      </div>
      {m && (
        <div className="mark-tools">
          <button type="button" onClick={() => p.onMark({ start: now, end: m.end })}>
            {t("media.mark.start")}
          </button>
          <button type="button" onClick={() => p.onMark({ start: m.start, end: now })}>
            {t("media.mark.end")}
          </button>
          <span data-testid="marked-range" aria-live="polite">
            {m.start === null ? "—" : clockTime(m.start)} –{" "}
            {m.end === null ? "—" : clockTime(m.end)}
          </span>
        </div>
      )}
    </div>
  );
}
