/** The photo chronicle in the CLI port: in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type {
  ChronicleEntryPatch,
  ChronicleEntryRequest,
  ChronicleService,
} from "../../services/chronicle.service.js";
import type { ChronicleEntryView } from "../../services/presenters/chronicle.presenter.js";
import type { ApiCall } from "./registry-remote-port.js";

export type ChronicleView = Awaited<ReturnType<ChronicleService["list"]>>;

export interface ChroniclePort {
  chronicle(caseId: string): Promise<ChronicleView>;
  addChronicleEntry(caseId: string, req: ChronicleEntryRequest): Promise<ChronicleEntryView>;
  editChronicleEntry(id: string, patch: ChronicleEntryPatch): Promise<ChronicleEntryView>;
  moveChronicleEntry(id: string, position: number): Promise<ChronicleEntryView>;
  removeChronicleEntry(id: string, reason: string | null): Promise<void>;
}

export function localChroniclePort(chronicle: ChronicleService, me: Caller): ChroniclePort {
  return {
    chronicle: (caseId) => chronicle.list(me, caseId),
    addChronicleEntry: (caseId, req) => chronicle.add(me, caseId, req),
    editChronicleEntry: (id, patch) => chronicle.edit(me, id, patch),
    moveChronicleEntry: (id, position) => chronicle.move(me, id, position),
    removeChronicleEntry: (id, reason) => chronicle.remove(me, id, reason),
  };
}

export function remoteChroniclePort(call: ApiCall): ChroniclePort {
  const c = (id: string) => encodeURIComponent(id);
  const send = <T>(method: string, path: string, body: unknown) =>
    call<T>(method, path, JSON.stringify(body), "application/json");
  return {
    chronicle: (caseId) => call("GET", `/api/cases/${c(caseId)}/chronicle`),
    addChronicleEntry: (caseId, req) => send("POST", `/api/cases/${c(caseId)}/chronicle`, req),
    editChronicleEntry: (id, patch) => send("PATCH", `/api/chronicle/${c(id)}`, patch),
    moveChronicleEntry: (id, position) =>
      send("POST", `/api/chronicle/${c(id)}/move`, { position }),
    removeChronicleEntry: (id, reason) =>
      call("DELETE", `/api/chronicle/${c(id)}${reason ? `?reason=${c(reason)}` : ""}`),
  };
}
