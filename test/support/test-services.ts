/**
 * The services on a store of one target, opened from this run's template and disposed after: for
 * each test (`per: "test"`, the default) or once for a describe block (`per: "suite"`). Call it in
 * the describe block; `use` receives the store and its services before each test or the suite.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createServices, type Services } from "../../src/services/services.js";
import type { Store } from "../../src/store/open-store.js";
import type { StoreTarget } from "./databases.js";
import type { TemplateKind } from "./store-templates.js";

export interface ServicesOnStore {
  readonly store: Store;
  readonly services: Services;
}

export function servicesOn(
  target: StoreTarget,
  use: (opened: ServicesOnStore) => void,
  options: { readonly kind?: TemplateKind; readonly per?: "test" | "suite" } = {},
): void {
  let dispose: (() => Promise<void>) | undefined;
  const open = async () => {
    const opened = await target.open(options.kind);
    dispose = opened.dispose;
    use({ store: opened.store, services: createServices(opened.store, { door: "test" }) });
  };
  const close = async () => {
    await dispose?.();
    dispose = undefined;
  };
  if (options.per === "suite") {
    beforeAll(open);
    afterAll(close);
  } else {
    beforeEach(open);
    afterEach(close);
  }
}
