/** The victim registry over the server's API. Progress is not streamed: the server does the work. */
import type { RegistryPort } from "./registry-port.js";

export type ApiCall = <T>(
  method: string,
  path: string,
  body?: BodyInit,
  contentType?: string,
) => Promise<T>;

type Params = Record<string, string | number | boolean | undefined>;

function query(params: Params): string {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number | boolean] => e[1] !== undefined,
  );
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : "";
}

const joined = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.join(",") : undefined;

export function remoteRegistryPort(call: ApiCall): RegistryPort {
  const json = (value: unknown) => JSON.stringify(value);
  return {
    importList(req) {
      const form = new FormData();
      form.append("name", req.name);
      if (req.caseId !== undefined) form.append("case", req.caseId);
      if (req.access !== undefined) form.append("access", req.access);
      if (req.idColumn !== undefined) form.append("id", req.idColumn);
      // JSON keeps a header that holds a comma whole.
      if (req.map && Object.keys(req.map).length > 0) form.append("map", json(req.map));
      if (req.ignore && req.ignore.length > 0) form.append("ignore", json(req.ignore));
      form.append("file", new Blob([Buffer.from(req.bytes)]), req.fileName);
      return call("POST", "/api/lists", form);
    },
    personLists: () => call("GET", "/api/lists"),
    personList: (id, page) =>
      call(
        "GET",
        `/api/lists/${encodeURIComponent(id)}${query({ limit: page.limit, offset: page.offset })}`,
      ),
    runLinkage: (req) =>
      call(
        "POST",
        "/api/linkage",
        json({
          lists: req.lists,
          threshold: req.threshold,
          dedupe: req.dedupe,
          eventYear: req.eventYear,
          seed: req.seed,
        }),
        "application/json",
      ),
    listLinks: (q) =>
      call(
        "GET",
        `/api/links${query({ status: q.status, list: q.list, limit: q.limit, offset: q.offset })}`,
      ),
    reviewLink: (id, req) =>
      call("POST", `/api/links/${encodeURIComponent(id)}/review`, json(req), "application/json"),
    linkByHand: (req) =>
      call(
        "POST",
        "/api/links",
        json({ left: req.left, right: req.right, reason: req.reason }),
        "application/json",
      ),
    unlink: (id, req) =>
      call(
        "POST",
        `/api/links/${encodeURIComponent(id)}/unlink`,
        json({ reason: req.reason }),
        "application/json",
      ),
    linkHistory: (id) => call("GET", `/api/links/${encodeURIComponent(id)}/history`),
    searchRecords: (list, search) =>
      call(
        "GET",
        `/api/lists/${encodeURIComponent(list)}/records${query({ q: search.q, limit: search.limit, offset: search.offset })}`,
      ),
    registryHistories: (lists) =>
      call("GET", `/api/registry/histories${query({ lists: joined(lists) })}`),
    registryEstimates: (req) =>
      call(
        "GET",
        `/api/registry/estimates${query({ lists: joined(req.lists), method: joined(req.methods), seed: req.seed, iterations: req.iterations })}`,
      ),
  };
}
