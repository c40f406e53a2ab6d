/**
 * The source reader: the text with its claims highlighted, the selected claim beside it, and
 * the source's metadata and custody. Passages (#p-12) and claims (#claim-<id>) are citable URLs.
 */

import { useEffect } from "react";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import type { Claim, Page, SourceDetail } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useClaimantNames } from "../../components/case-texts.js";
import { CiteBox } from "../../components/cite-box.js";
import { sourceHref } from "../../components/format.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { formatPartialDate, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { CitationClaims } from "./citation-claims.js";
import { ClaimList } from "./claim-list.js";
import { ClaimPanel } from "./claim-panel.js";
import { KindLegend } from "./kind-legend.js";
import { MediaViewer } from "./media/media-viewer.js";
import { PassageText } from "./passage-text.js";
import { SourceMeta } from "./source-meta.js";
import { TestimonyFacts } from "./testimony-facts.js";
import { useTermHighlight } from "./use-term-highlight.js";

/** Formats the media viewer shows (core/media/media-format.ts). */
const MEDIA_FORMATS = new Set([
  "jpeg",
  "png",
  "webp",
  "tiff",
  "heic",
  "mp4",
  "mov",
  "webm",
  "mp3",
  "wav",
  "ogg",
  "m4a",
]);

function Reader({
  source,
  claims,
  onFiled,
  onChanged,
}: {
  source: SourceDetail;
  claims: readonly Claim[];
  onFiled: () => void;
  /** After the source's details were edited: the page reads the source again. */
  onChanged: () => void;
}) {
  const { hash, pathname, search } = useLocation();
  const navigate = useNavigate();
  const selectedId = hash.startsWith("#claim-") ? hash.slice("#claim-".length) : null;
  const passageSeq = /^#p-(\d+)$/.exec(hash)?.[1];
  const citedPassage = source.passages.find((p) => String(p.seq) === passageSeq) ?? null;
  const highlighted = claims.length;
  const [params] = useSearchParams();
  // The words a search hit was opened for stay marked on arrival.
  useTermHighlight(params.get("hl"), source.passages.length + highlighted);
  useEffect(() => {
    // Bring a cited passage or claim into view once the text, and its claims, are on the page.
    if (hash && highlighted >= 0)
      document.getElementById(hash.slice(1))?.scrollIntoView({ block: "start" });
  }, [hash, highlighted]);
  const isMedia = MEDIA_FORMATS.has(source.format) && source.sha256 !== null;
  const open = (claimId: string) => navigate(`${pathname}${search}#claim-${claimId}`);
  // The case's claimant names, read once for the list and every claim opened beside it.
  const namer = useClaimantNames(source.caseId ?? undefined);
  return (
    <article className="reader">
      <header>
        <p className="eyebrow">{term("sourceKind", source.kind)}</p>
        <h1>{source.title}</h1>
        <p className="muted">
          {[source.organisation, source.published && formatPartialDate(source.published)]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {source.parentId && (
          <p>
            <Link to={sourceHref(source.parentId)}>{t("source.parent")}</Link>
          </p>
        )}
        <CiteBox key={source.id} id={source.id} label={t("cite.source")} />
      </header>
      {source.kind === "testimony" && <TestimonyFacts source={source} />}
      <div className="reader-layout">
        <aside aria-label={t("source.metadata")} className="reader-aside">
          {citedPassage && (
            <CiteBox
              key={citedPassage.id}
              id={citedPassage.id}
              label={t("cite.passage", { seq: citedPassage.seq })}
            />
          )}
          {selectedId && (
            <ClaimPanel
              claimId={selectedId}
              namer={namer}
              onClose={() => navigate(pathname, { replace: true })}
            />
          )}
          <SourceMeta source={source} onChanged={onChanged} />
        </aside>
        <div className="text">
          <h2 className="visually-hidden">
            {t("source.passages", { count: source.passages.length })}
          </h2>
          {isMedia && (
            <MediaViewer
              sourceId={source.id}
              title={source.title}
              claims={claims}
              selectedId={selectedId}
              onOpen={open}
              onFiled={(claim) => {
                onFiled();
                open(claim.id);
              }}
            />
          )}
          {isMedia && claims.length > 0 && (
            <ClaimList
              id="media-claims"
              namer={namer}
              claims={claims}
              selectedId={selectedId}
              onOpen={open}
            />
          )}
          {!isMedia && claims.length > 0 && <KindLegend claims={claims} />}
          {!isMedia && source.passages.length === 0 && <Citation source={source} />}
          {!isMedia && source.passages.length === 0 && claims.length > 0 && (
            <CitationClaims source={source} namer={namer} claims={claims} selectedId={selectedId} />
          )}
          {source.passages.map((p) => (
            <PassageText
              key={p.id}
              passage={p}
              text={source.text}
              claims={claims}
              selectedId={selectedId}
              cited={p.id === citedPassage?.id}
            />
          ))}
        </div>
      </div>
    </article>
  );
}

/** A source known by citation only: how to find it, since its text is not here. */
function Citation({ source }: { source: SourceDetail }) {
  const parts = [
    source.authors.join(", "),
    source.title,
    source.organisation,
    source.publishedPlace,
    source.published && formatPartialDate(source.published),
  ];
  return (
    <p className="citation" data-testid="citation">
      {parts.filter(Boolean).join(". ")}.{source.url && <> {source.url}</>}
    </p>
  );
}

export function SourcePage() {
  const { id = "" } = useParams();
  const key = encodeURIComponent(id);
  // The text and its claims are asked for together: one round trip for the whole reader.
  const source = useApi<SourceDetail>(`/api/sources/${key}`);
  const claims = useApi<Page<Claim>>(`/api/claims?source=${key}&limit=1000`);
  useTitle(source.state === "ready" ? source.data.title : null);
  return (
    <LoadState loaded={source}>
      {(s) => (
        <Reader
          source={s}
          claims={claims.state === "ready" ? claims.data.items : []}
          onFiled={claims.reload}
          onChanged={() => {
            source.reload();
            claims.reload();
          }}
        />
      )}
    </LoadState>
  );
}
