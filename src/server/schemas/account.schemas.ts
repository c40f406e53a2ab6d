/** Schemas of sign-in, accounts, groups and API tokens. */
import { Type } from "typebox";
import { ROLES, TOKEN_SCOPES } from "../../core/model/account.js";
import { Nullable } from "./common.schemas.js";

const Name = Type.String({ minLength: 1, maxLength: 63 });

export const SignInSchema = Type.Object(
  { username: Name, password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);

export const MeSchema = Type.Object({
  kind: Type.String(),
  name: Nullable(Type.String()),
  username: Nullable(Type.String()),
  role: Nullable(Type.String()),
  groups: Type.Array(Type.String()),
  /** Sent with every state-changing request of a signed-in browser (header x-csrf-token). */
  csrfToken: Nullable(Type.String()),
});

export const UserSchema = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  groups: Type.Array(Type.String()),
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: "date-time" }),
});

export const NewUserSchema = Type.Object(
  {
    username: Name,
    displayName: Type.Optional(Type.String({ maxLength: 200 })),
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    password: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false },
);

export const UserPatchSchema = Type.Object(
  {
    role: Type.Optional(Type.Union(ROLES.map((r) => Type.Literal(r)))),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const UsernameParams = Type.Object({ username: Name });

export const GroupSchema = Type.Object({ name: Type.String(), members: Type.Array(Type.String()) });
export const GroupParams = Type.Object({ name: Name });
export const MemberParams = Type.Object({ name: Name, username: Name });

export const TokenSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  scope: Type.String(),
  caseId: Nullable(Type.String()),
  state: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  expiresAt: Nullable(Type.String({ format: "date-time" })),
  lastUsedAt: Nullable(Type.String({ format: "date-time" })),
});

export const NewTokenSchema = Type.Object(
  {
    username: Type.Optional(Name),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scope: Type.Union(TOKEN_SCOPES.map((s) => Type.Literal(s))),
    caseId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);
