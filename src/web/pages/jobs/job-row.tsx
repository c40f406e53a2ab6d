/** One job in the jobs table: state, a live progress bar, result or error, and cancel while it runs. */
import { useState } from "react";
import { messageOf, postJson } from "../../api/client.js";
import { formatDateTime, t, tMaybe } from "../../i18n/i18n.js";
import { isLive, type JobView, resultLine } from "./job-view.js";

export function JobRow({ job, onChange }: { job: JobView; onChange: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const { done, total, failed, currentItem } = job.progress;
  const cancel = async () => {
    try {
      await postJson(`/api/jobs/${job.id}/cancel`, {});
      onChange();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <tr data-testid="job-row" data-job={job.id} data-state={job.state} data-done={done}>
      <td>
        <code>{job.type}</code>
        <div className="muted">{formatDateTime(job.createdAt)}</div>
      </td>
      <td data-testid="job-state">{tMaybe(`jobs.state.${job.state}`) ?? job.state}</td>
      <td>
        <progress max={Math.max(total, 1)} value={done} aria-label={t("jobs.col.progress")} />
        <div>
          {t("jobs.progress", { done, total })}
          {failed > 0 && <> · {t("jobs.failedItems", { n: failed })}</>}
        </div>
        {currentItem && <div className="muted">{currentItem}</div>}
      </td>
      <td>{job.startedBy}</td>
      <td data-testid="job-result" className={job.error ? "error" : undefined}>
        {resultLine(job)}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </td>
      <td>
        {isLive(job) && (
          <button type="button" onClick={cancel}>
            {t("jobs.cancel")}
          </button>
        )}
      </td>
    </tr>
  );
}
