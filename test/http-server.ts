/** A real HTTP server on 127.0.0.1 serving files from a folder, with ETag / Last-Modified and 304s. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export interface FileServer {
  url: string;
  /** Paths requested, in order, with the status answered. */
  requests: { path: string; status: number }[];
  /** Answer this status for the next requests of a path (e.g. 500). */
  fail: Map<string, number>;
  close(): Promise<void>;
}

export async function serveFolder(root: string): Promise<FileServer> {
  const requests: FileServer["requests"] = [];
  const fail = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const answer = (status: number, body?: Buffer, headers: Record<string, string> = {}) => {
      requests.push({ path, status });
      res.writeHead(status, headers);
      res.end(body);
    };
    const forced = fail.get(path);
    if (forced) return answer(forced);
    const file = join(root, path);
    if (path.includes("..") || !existsSync(file) || !statSync(file).isFile()) return answer(404);
    const body = readFileSync(file);
    const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
    const lastModified = statSync(file).mtime.toUTCString();
    if (req.headers["if-none-match"] === etag) return answer(304);
    answer(200, body, { etag, "last-modified": lastModified, "content-length": String(body.length) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
