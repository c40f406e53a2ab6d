-- A passage row (its text and its search tokens, ~2.5 KB for a paragraph) is just over the size at
-- which the store compresses a row (~2 KB), so every passage written paid pglz on its tokens: about
-- a fifth of the passages' insert in the store's CPU (measured on the PostgreSQL server, 10,000
-- passages: 1.48 s → 1.26 s). Up to 8 KB a row now stays as written; longer ones are compressed
-- and moved out of line as before. Only rows written from now on are affected.
ALTER TABLE passages SET (toast_tuple_target = 8160);
