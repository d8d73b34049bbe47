/**
 * The dashboard's only way to the server: a client generated from /openapi.json (types in
 * web/generated/api.d.ts, calls through openapi-fetch). It adds the API key and turns errors into
 * one exception type with the server's `detail`.
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "../generated/api.js";

const KEY_NAME = "chokepoint.apiKey";

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY_NAME) ?? localStorage.getItem(KEY_NAME);
}

export function saveKey(key: string, remember: boolean): void {
  forgetKey();
  (remember ? localStorage : sessionStorage).setItem(KEY_NAME, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(KEY_NAME);
  localStorage.removeItem(KEY_NAME);
}

const auth: Middleware = {
  onRequest({ request }) {
    const key = storedKey();
    if (key) request.headers.set("authorization", `ApiKey ${key}`);
    return request;
  },
};

export const client = createClient<paths>({ baseUrl: window.location.origin });
client.use(auth);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

/** The data of a call, or an ApiError with the server's detail. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  const detail = (error as { detail?: string } | undefined)?.detail ?? `${response.status} ${response.statusText}`;
  if (response.status === 401) window.dispatchEvent(new CustomEvent("chokepoint:unauthorized"));
  throw new ApiError(response.status, detail);
}

/**
 * The served algorithm's default threshold (from /readyz), so that the dashboard shows the same
 * default as the API and the CLI instead of keeping its own; undefined while the index is not ready.
 */
export async function algorithmThreshold(): Promise<number | undefined> {
  const { data } = await client.GET("/readyz");
  return data?.index.threshold ?? undefined;
}

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer R } } };
}
  ? R
  : never;

export type MatchResponse = paths["/match/{dataset}"]["post"]["responses"][200]["content"]["application/json"];
export type ScoredEntity = MatchResponse["responses"][string]["results"][number];
export type Explanation = ScoredEntity["explanation"];
export type EntityResponse = Json<"/entities/{id}", "get">;
export type SourcesResponse = Json<"/sources", "get">;
export type ChangesResponse = Json<"/changes", "get">;
export type ScreenJob = paths["/screen/{job}"]["get"]["responses"][200]["content"]["application/json"];
export type SeriesResponse = Json<"/trade/series", "get">;
export type GrowthResponse = Json<"/trade/growth", "get">;
export type SharesResponse = Json<"/trade/shares", "get">;
export type MirrorResponse = Json<"/trade/mirror", "get">;
export type ReexportResponse = Json<"/trade/reexport", "get">;
export type FlagsResponse = Json<"/trade/flags", "get">;
export type HealthResponse = Json<"/healthz", "get">;
export type ReadyResponse = Json<"/readyz", "get">;
