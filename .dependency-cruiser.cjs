/** Layering rules: core is pure; inner layers never import outer ones; web talks to the server only over HTTP. */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "core holds domain logic only: no I/O layer, no Node built-ins that touch the outside world",
      severity: "error",
      from: { path: "^src/core" },
      to: {
        path: ["^src/(ingest|store|services|server|cli|web)", "^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads|dgram|tls)$"],
      },
    },
    {
      name: "ingest-and-store-below-services",
      severity: "error",
      from: { path: "^src/(ingest|store)" },
      to: { path: "^src/(services|server|cli|web)" },
    },
    {
      name: "services-below-edges",
      severity: "error",
      from: { path: "^src/services" },
      to: { path: "^src/(server|cli|web)" },
    },
    {
      name: "server-and-cli-are-separate-doors",
      severity: "error",
      from: { path: "^src/server" },
      to: { path: "^src/(cli|web)" },
    },
    {
      name: "web-talks-http-only",
      severity: "error",
      from: { path: "^src/web" },
      to: { path: "^src/(ingest|store|services|server|cli)" },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    exclude: { path: "(^dist|\\.test\\.tsx?$)" },
  },
};
