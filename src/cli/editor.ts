import type { ChildProcess } from "node:child_process";
import { editorBackendPort } from "../editor/config.ts";
import { startLocalBackend, startPreview } from "../editor/editor-processes.ts";
import { readArguments } from "./arguments.ts";
import { ADMIN_URL } from "../urls/urls.ts";

/**
 * `npm run editor`: Decap's local backend and the preview server together, so that an editor can
 * write articles in the browser at /admin/ and see them on the preview as they save.
 */
const values = readArguments("editor", {
  input: { type: "string", default: "content" },
  port: { type: "string", default: "8080" },
  "backend-port": { type: "string", default: String(editorBackendPort()) },
});
const servers = { input: values.input, previewPort: port(values.port, "port"), backendPort: port(values["backend-port"], "backend-port") };

const children: ChildProcess[] = [startLocalBackend(servers), startPreview(servers)];
console.log(`Editor:  http://localhost:${servers.previewPort}${ADMIN_URL}`);
console.log(`Preview: http://localhost:${servers.previewPort}/`);
console.log(`(Decap's local backend on http://127.0.0.1:${servers.backendPort}/api/v1 writes into ${values.input}/; nothing is committed)`);

// One server alone is of no use: when either stops, so does the other, and so does this command.
for (const child of children) {
  child.on("exit", (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill("SIGTERM");
    process.exitCode = code ?? 1;
  });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}

function port(text: string, flag: string): number {
  const value = Number(text);
  if (Number.isInteger(value) && value > 0 && value < 65536) return value;
  console.error(`npm run editor: --${flag}=${text} is not a port (expected a number from 1 to 65535, e.g. 8080)`);
  process.exit(2);
}
