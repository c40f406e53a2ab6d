/** Schemas of the memorial routes. */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

const Form = Type.Object({ text: Type.String(), fromSource: Type.Boolean() });

const Summary = {
  id: Type.String(),
  names: Type.Object({ az: Form, ru: Form, en: Form }),
  spellings: Type.Array(
    Type.Object({
      name: Type.String(),
      list: Type.String(),
      recordId: Type.String(),
      line: Type.Integer(),
    }),
  ),
  age: Nullable(Type.Integer()),
  birthYear: Nullable(Type.Integer()),
  places: Type.Array(Type.String()),
};

export const MemorialParams = Type.Object({
  id: Type.String({ pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: 100 }),
  person: Type.String({ minLength: 1, maxLength: 100 }),
});

export const MemorialQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: "a name in any spelling or script" }),
  ),
});

export const MemorialListSchema = Type.Object({
  caseId: Type.String(),
  named: Type.Integer(),
  others: Type.Integer(),
  total: Type.Integer(),
  items: Type.Array(Type.Object(Summary)),
});

export const MemorialPersonSchema = Type.Object({
  caseId: Type.String(),
  ...Summary,
  mentions: Type.Array(
    Type.Object({
      sourceId: Type.String(),
      sourceTitle: Type.String(),
      seq: Nullable(Type.Integer()),
      snippet: Type.String(),
    }),
  ),
  photos: Type.Array(
    Type.Object({
      entryId: Type.String(),
      sourceId: Type.String(),
      title: Type.String(),
      caption: Type.String(),
      hasThumbnail: Type.Boolean(),
      width: Nullable(Type.Integer()),
      height: Nullable(Type.Integer()),
    }),
  ),
});

export const MemorialSettingSchema = Type.Object({
  caseId: Type.String(),
  published: Type.Boolean(),
});

export const MemorialSettingBody = Type.Object(
  {
    published: Type.Boolean(),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
