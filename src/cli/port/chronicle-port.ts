/** The photo chronicle and the memorial in the CLI port: in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type {
  ChronicleEntryPatch,
  ChronicleEntryRequest,
  ChronicleService,
} from "../../services/chronicle.service.js";
import type { MemorialService } from "../../services/memorial.service.js";
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

export type MemorialListView = Awaited<ReturnType<MemorialService["list"]>>;
export type MemorialPersonView = Awaited<ReturnType<MemorialService["person"]>>;
export type MemorialSettingView = Awaited<ReturnType<MemorialService["setting"]>>;

export interface MemorialPort {
  memorial(caseId: string, q: string | undefined): Promise<MemorialListView>;
  memorialPerson(caseId: string, id: string): Promise<MemorialPersonView>;
  memorialSetting(caseId: string): Promise<MemorialSettingView>;
  publishMemorial(
    caseId: string,
    published: boolean,
    reason: string | null,
  ): Promise<MemorialSettingView>;
}

export function localMemorialPort(memorial: MemorialService, me: Caller): MemorialPort {
  return {
    memorial: (caseId, q) => memorial.list(me, caseId, q),
    memorialPerson: (caseId, id) => memorial.person(me, caseId, id),
    memorialSetting: (caseId) => memorial.setting(me, caseId),
    publishMemorial: (caseId, published, reason) =>
      memorial.setPublished(me, caseId, published, reason),
  };
}

export function remoteMemorialPort(call: ApiCall): MemorialPort {
  const c = (id: string) => encodeURIComponent(id);
  return {
    memorial: (caseId, q) =>
      call("GET", `/api/cases/${c(caseId)}/memorial${q ? `?q=${c(q)}` : ""}`),
    memorialPerson: (caseId, id) => call("GET", `/api/cases/${c(caseId)}/memorial/${c(id)}`),
    memorialSetting: (caseId) => call("GET", `/api/cases/${c(caseId)}/memorial-setting`),
    publishMemorial: (caseId, published, reason) =>
      call(
        "PUT",
        `/api/cases/${c(caseId)}/memorial-setting`,
        JSON.stringify({ published, reason }),
        "application/json",
      ),
  };
}
