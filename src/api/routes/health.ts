/** GET /healthz (the process answers) and GET /readyz (the screening index is built): open (registered outside the keyed context), not rate limited. */
import { NotReadyError } from "../../errors.js";
import type { ApiContext, App } from "../context.js";
import { ErrorResponse, HealthResponse, ReadyResponse } from "../schemas.js";

export function registerHealthRoutes(app: App, ctx: ApiContext): void {
  const config = { rateLimit: false } as const;
  app.get(
    "/healthz",
    {
      config,
      schema: { tags: ["System"], summary: "Liveness: the server answers", security: [], response: { 200: HealthResponse } },
    },
    async () => ({ status: "ok" as const, version: ctx.version, auth: ctx.auth }),
  );
  app.get(
    "/readyz",
    {
      config,
      schema: {
        tags: ["System"],
        summary: "Readiness: the screening index is built (503 until then, or while no list is loaded)",
        security: [],
        response: { 200: ReadyResponse, 503: ErrorResponse },
      },
    },
    async () => {
      const status = ctx.index.status();
      if (status.state !== "ready") {
        // current() words the reason (building, empty, failed).
        try {
          ctx.index.current();
        } catch (e) {
          throw e instanceof NotReadyError ? e : new NotReadyError(String(e));
        }
      }
      return { status: "ready" as const, index: status };
    },
  );
}
