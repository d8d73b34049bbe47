/**
 * `chokepoint serve`: the HTTP API and the dashboard. Needs API keys (CHOKEPOINT_API_KEYS) unless
 * `--open`, which serves without keys and only on a loopback address.
 */
import type { Command } from "commander";
import { createApiServer } from "../../api/app.js";
import { checkExposure } from "../../api/auth.js";
import { CliError, ValidationError } from "../../errors.js";
import { contextFor } from "../context.js";

interface ServeFlags {
  host?: string;
  port?: string;
  open?: boolean;
  rateLimit?: string;
  refreshSeconds?: string;
  maxUploadMb?: string;
  webRoot?: string;
}

function positive(value: string | undefined, flag: string, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    throw new CliError(`${flag} must be a positive number (got '${value}')`, { exitCode: 2 });
  return n;
}

/** 0..65535, checked here so that a bad port is a usage error, not a stack from listen(). */
function portNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535)
    throw new CliError(`--port must be a whole number from 0 to 65535 (got '${value}')`, { exitCode: 2 });
  return n;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the dashboard at /")
    .option("--host <address>", "listen address (env CHOKEPOINT_HOST; default 127.0.0.1)")
    .option("--port <n>", "listen port (env CHOKEPOINT_PORT; default 8080)")
    .option("--open", "serve without API keys: local use only, refuses any address but 127.0.0.1 or ::1")
    .option("--rate-limit <n>", "requests per minute per API key (default 1200)")
    .option("--refresh-seconds <s>", "how often to look for new list releases and rebuild the index (default 60; 0 = never)")
    .option("--max-upload-mb <n>", "largest batch file accepted (default 20)")
    .option("--web-root <dir>", "the built dashboard (default web/dist of this installation)")
    .addHelpText(
      "after",
      "\nKeys: CHOKEPOINT_API_KEYS=key1,key2 (8+ characters each); clients send 'Authorization: ApiKey <key>'.\nLocal use without keys: chokepoint serve --open (binds 127.0.0.1 only).",
    )
    .action(async (flags: ServeFlags, command: Command) => {
      const port = flags.port === undefined ? undefined : portNumber(flags.port);
      const { config, out, store } = contextFor(command, { host: flags.host, port });
      try {
        checkExposure(config.host, config.apiKeys, Boolean(flags.open));
      } catch (e) {
        if (e instanceof ValidationError) throw new CliError(e.message, { exitCode: 2 });
        throw e;
      }
      const server = await createApiServer({
        store: store(),
        apiKeys: config.apiKeys,
        open: Boolean(flags.open),
        rateLimitPerMinute: positive(flags.rateLimit, "--rate-limit", 1200),
        refreshMs: positive(flags.refreshSeconds, "--refresh-seconds", 60, true) * 1000,
        maxUploadBytes: Math.round(positive(flags.maxUploadMb, "--max-upload-mb", 20) * 1024 * 1024),
        ...(flags.webRoot ? { webRoot: flags.webRoot } : {}),
        logger: { level: "info" },
      });
      let address: string;
      try {
        address = await server.app.listen({ host: config.host, port: config.port });
      } catch (e) {
        await server.close();
        const code = (e as NodeJS.ErrnoException).code;
        const at = `${config.host}:${config.port}`;
        if (code === "EADDRINUSE")
          throw new CliError(`cannot listen on ${at}: the port is in use; choose another with --port or CHOKEPOINT_PORT`, { exitCode: 2 });
        if (code === "EACCES")
          throw new CliError(`cannot listen on ${at}: permission denied (ports below 1024 need privileges); choose another with --port`, {
            exitCode: 2,
          });
        if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
          throw new CliError(`cannot listen on ${at}: no such address on this machine; check --host or CHOKEPOINT_HOST`, { exitCode: 2 });
        throw e;
      }
      out.note(`chokepoint API on ${address}  (dashboard ${address}/, docs ${address}/docs)`);
      out.note(flags.open ? "open mode: no API keys, loopback only" : `${config.apiKeys.length} API key(s) accepted`);
      // The index builds after listening, so that readyz can say 503 meanwhile.
      void server.start();
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          server.close().then(resolve, resolve);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
    });
}
