/** Witness protection and consent over HTTP: the same service calls as `casefile people`. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { CaseParams } from "../schemas/case.schemas.js";
import { IdParams, Nullable, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const Reason = Type.Optional(Nullable(Type.String({ maxLength: 2000 })));
const NameBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), reason: Reason },
  { additionalProperties: false },
);
const ConsentBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    scope: Type.String({ maxLength: 40 }),
    givenOn: Type.String({ maxLength: 10 }),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
const ConsentSchema = Type.Object({
  id: Type.String(),
  scope: Type.String(),
  givenOn: Type.String(),
  note: Nullable(Type.String()),
  recordedAt: Type.String(),
  recordedBy: Type.String(),
  withdrawnAt: Nullable(Type.String()),
  withdrawnBy: Nullable(Type.String()),
  version: Type.Integer(),
});
const PersonSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  name: Type.String(),
  pseudonym: Type.String(),
  protected: Type.Boolean(),
  namedPublicly: Type.Boolean(),
  version: Type.Integer(),
  changedAt: Type.String(),
  changedBy: Type.String(),
  consents: Type.Array(ConsentSchema),
});

export function protectionRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["protection"];
  const write = (summary: string) => ({
    config: { gate: "reviewer" as const },
    schema: {
      summary,
      tags,
      params: CaseParams,
      body: NameBody,
      response: { 200: PersonSchema, ...problems(400, 401, 403, 404) },
    },
  });
  r.get(
    "/api/cases/:id/persons",
    {
      config: { gate: "reviewer" },
      schema: {
        summary:
          "The case's protected and consent-registered persons, for reviewers granted the case",
        tags,
        params: CaseParams,
        response: { 200: Type.Array(PersonSchema), ...problems(400, 401, 403, 404) },
      },
    },
    (req) => services.protection.persons(callerOf(req), req.params.id),
  );
  r.post(
    "/api/cases/:id/persons/protect",
    write(
      "Protect a person: a stable pseudonym and masked passages for whoever may not see the name",
    ),
    (req) =>
      services.protection.protect(callerOf(req), req.params.id, req.body.name, req.body.reason),
  );
  r.post(
    "/api/cases/:id/persons/unprotect",
    write("Stop protecting a person (named publicly only with consent to publication)"),
    (req) =>
      services.protection.unprotect(callerOf(req), req.params.id, req.body.name, req.body.reason),
  );
  r.post(
    "/api/cases/:id/persons/consents",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "Record a person's consent (publication, memorial or research) and its date",
        tags,
        params: CaseParams,
        body: ConsentBody,
        response: { 200: PersonSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (req) =>
      services.protection.recordConsent(callerOf(req), req.params.id, req.body.name, req.body),
  );
  r.post(
    "/api/consents/:id/withdraw",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "Withdraw a consent; it takes effect everywhere at once",
        tags,
        params: IdParams,
        body: Type.Object({ reason: Reason }, { additionalProperties: false }),
        response: { 200: ConsentSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    (req) => services.protection.withdrawConsent(callerOf(req), req.params.id, req.body.reason),
  );
}
