import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { editorRepositoryRoot } from "./content-path.ts";

const require = createRequire(import.meta.url);

export interface EditorServers {
  /** The content folder, relative to the working folder or absolute. */
  input: string;
  previewPort: number;
  backendPort: number;
  /** The working folder: the project, whose `.eleventy.ts` the preview runs. */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Decap's local backend, bound to 127.0.0.1 only, in its file-system mode: it writes the files the
 * editor saves into the repository folder and commits nothing.
 */
export function startLocalBackend(options: EditorServers): ChildProcess {
  const cwd = options.cwd ?? process.cwd();
  const server = require.resolve("decap-server/dist/index.js");
  return spawn(process.execPath, [server], {
    cwd,
    env: {
      ...process.env,
      ...options.env,
      PORT: String(options.backendPort),
      BIND_HOST: "127.0.0.1",
      MODE: "fs",
      GIT_REPO_DIRECTORY: editorRepositoryRoot(options.input, cwd),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/** The preview server exactly as `npm start` runs it, on `previewPort`, with `/admin/` pointing at the local backend. */
export function startPreview(options: EditorServers): ChildProcess {
  const cwd = options.cwd ?? process.cwd();
  // The package exports only its API; its command sits beside `src/`.
  const eleventy = path.join(path.dirname(require.resolve("@11ty/eleventy")), "..", "cmd.cjs");
  const args = [
    "--import",
    "tsx",
    eleventy,
    "--config=.eleventy.ts",
    "--serve",
    `--port=${options.previewPort}`,
    `--input=${options.input}`,
  ];
  return spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...options.env, EDITOR_BACKEND_PORT: String(options.backendPort) },
    stdio: ["ignore", "inherit", "inherit"],
  });
}
