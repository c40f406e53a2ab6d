/**
 * The jobs panel: every background job with live progress (polled each second while one is
 * queued or running), its result or error, cancel; and a form that ingests files as one job.
 */
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../api/auth.js";
import { messageOf } from "../../api/client.js";
import { postFormWithProgress } from "../../api/post-form.js";
import { useApi } from "../../api/use-api.js";
import { FileInput } from "../../components/file-input.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { JobRow } from "./job-row.js";
import { isLive, type JobList, type JobView } from "./job-view.js";

const POLL_MS = 1000;

function BatchForm({ onStarted }: { onStarted: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const form = new FormData();
    for (const f of files) form.append("file", f, f.name);
    try {
      const job = await postFormWithProgress<JobView>("/api/jobs/ingest", form, () => {});
      setMessage({ error: false, text: t("jobs.batch.started", { id: job.id }) });
      onStarted();
    } catch (error) {
      setMessage({ error: true, text: messageOf(error) });
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="batch-title">
      <h2 id="batch-title">{t("jobs.batch.title")}</h2>
      <label>
        {t("jobs.batch.files")}{" "}
        <FileInput
          multiple
          data-testid="batch-files"
          onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
        />
      </label>{" "}
      <button type="submit" disabled={files.length === 0}>
        {t("jobs.batch.start")}
      </button>
      {message && (
        <p className={message.error ? "error" : "muted"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </form>
  );
}

export function JobsPage() {
  useTitle(t("jobs.title"));
  const session = useSession();
  const jobs = useApi<JobList>(session ? "/api/jobs?limit=50" : null);
  const { reload } = jobs;
  const live = jobs.state === "ready" && jobs.data.items.some(isLive);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [live, reload]);
  if (!session)
    return (
      <section>
        <h1>{t("jobs.title")}</h1>
        <p>
          {t("jobs.signedOut")} <Link to="/sign-in?next=/jobs">{t("auth.signIn")}</Link>
        </p>
      </section>
    );
  return (
    <section>
      <h1>{t("jobs.title")}</h1>
      <p className="muted">{t("jobs.intro")}</p>
      <BatchForm onStarted={reload} />
      <LoadState loaded={jobs}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t("jobs.empty")}</p>
          ) : (
            <div className="table-scroll">
              <table data-testid="jobs-table">
                <thead>
                  <tr>
                    <th scope="col">{t("jobs.col.type")}</th>
                    <th scope="col">{t("jobs.col.state")}</th>
                    <th scope="col">{t("jobs.col.progress")}</th>
                    <th scope="col">{t("jobs.col.by")}</th>
                    <th scope="col">{t("jobs.col.result")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("jobs.cancel")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((job) => (
                    <JobRow key={job.id} job={job} onChange={reload} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
    </section>
  );
}
