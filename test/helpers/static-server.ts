import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** Content types of what a built site holds (pages, styles, feeds, images, a search index). */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on the loopback interface as a static host does: `index.html` for a folder,
 * a redirect to the slashed URL for a folder asked for without its slash, and `404.html` with
 * status 404 for anything missing.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    respond(base, request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function respond(base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const pathname = decodedPathname(request.url ?? "/");
  const target = pathname === undefined ? undefined : path.join(base, pathname);
  // A `..` or an encoded slash must never reach outside the served folder.
  const inside = target !== undefined && (target === base || target.startsWith(base + path.sep));
  const found = inside ? await stat(target).catch(() => undefined) : undefined;
  if (found?.isDirectory() && !pathname!.endsWith("/")) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const file = found?.isDirectory() ? path.join(target!, "index.html") : target;
  if (file !== undefined && found !== undefined && (await isFile(file))) {
    await sendFile(response, file, 200, request.method);
  } else {
    await sendFile(response, path.join(base, "404.html"), 404, request.method);
  }
}

function decodedPathname(url: string): string | undefined {
  try {
    const pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
    return pathname.includes("\0") ? undefined : path.posix.normalize(pathname);
  } catch {
    return undefined;
  }
}

const isFile = (file: string) =>
  stat(file).then(
    (found) => found.isFile(),
    () => false,
  );

async function sendFile(response: ServerResponse, file: string, status: number, method: string): Promise<void> {
  const size = await stat(file).then(
    (found) => (found.isFile() ? found.size : undefined),
    () => undefined,
  );
  if (size === undefined) {
    response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  response.writeHead(status, { "content-type": contentTypeOf(file), "content-length": size, "cache-control": "no-store" });
  if (method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}
