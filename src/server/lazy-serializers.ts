/**
 * Fastify's own response serializers (fast-json-stringify), each compiled when its route first
 * answers with that status instead of all of them at start-up. Compiling every response schema of
 * every route made about two thirds of `app.ready()`, ~1 CPU s at every start of the server (and
 * of every application a test builds), for routes most processes never answer. The serializer
 * and its output are the ones Fastify would use; only the moment of compiling moves.
 */
import SerializerSelector, { type SerializerFactory } from "@fastify/fast-json-stringify-compiler";

export function lazySerializers(): SerializerFactory {
  const build = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = build(externalSchemas, options);
    return (route) => {
      let serialize: ((doc: unknown) => string) | null = null;
      return (doc) => {
        serialize ??= compile(route);
        return serialize(doc);
      };
    };
  };
}
