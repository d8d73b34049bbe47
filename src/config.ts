/**
 * Configuration: one zod schema with every default and its environment variable. `loadConfig()`
 * merges defaults, environment and command-line flags once into a frozen Config. Only this module
 * reads process.env.
 */
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { ValidationError } from "./errors.js";

export const ConfigSchema = z.object({
  /** SQLite file. Env CHOKEPOINT_DB; default $XDG_DATA_HOME/chokepoint/chokepoint.db (~/.local/share/…). */
  db: z.string().min(1),
  /** Where `sync` reads lists from instead of the publishers: a folder or a base URL. Env CHOKEPOINT_MIRROR. */
  mirror: z.string().optional(),
  /** Folder for downloaded files. Env CHOKEPOINT_CACHE; default $XDG_CACHE_HOME/chokepoint. */
  cacheDir: z.string().min(1),
  /** HTTP timeout for downloads in ms. Env CHOKEPOINT_HTTP_TIMEOUT_MS. */
  httpTimeoutMs: z.coerce.number().int().positive().default(60_000),
  /** API keys accepted by `serve`, comma-separated. Env CHOKEPOINT_API_KEYS. */
  apiKeys: z.array(z.string().min(8)).default([]),
  /** Listen address for `serve`. Env CHOKEPOINT_HOST / CHOKEPOINT_PORT. */
  host: z.string().default("127.0.0.1"),
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Colour and progress bars: off when not a TTY or NO_COLOR is set. */
  color: z.boolean().default(true),
});

/** Where each setting comes from, for error messages. */
const ENV_NAMES: Record<string, string> = {
  db: "--db / CHOKEPOINT_DB",
  mirror: "CHOKEPOINT_MIRROR",
  cacheDir: "CHOKEPOINT_CACHE",
  httpTimeoutMs: "CHOKEPOINT_HTTP_TIMEOUT_MS",
  apiKeys: "CHOKEPOINT_API_KEYS",
  host: "--host / CHOKEPOINT_HOST",
  port: "--port / CHOKEPOINT_PORT",
};

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export type ConfigOverrides = Partial<{ [K in keyof z.infer<typeof ConfigSchema>]: z.infer<typeof ConfigSchema>[K] | undefined }>;

export function loadConfig(flags: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const dataHome = env.XDG_DATA_HOME || join(homedir(), ".local", "share");
  const cacheHome = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  const fromEnv: ConfigOverrides = {
    db: env.CHOKEPOINT_DB || join(dataHome, "chokepoint", "chokepoint.db"),
    mirror: env.CHOKEPOINT_MIRROR || undefined,
    cacheDir: env.CHOKEPOINT_CACHE || join(cacheHome, "chokepoint"),
    httpTimeoutMs: env.CHOKEPOINT_HTTP_TIMEOUT_MS ? Number(env.CHOKEPOINT_HTTP_TIMEOUT_MS) : undefined,
    apiKeys: env.CHOKEPOINT_API_KEYS
      ? env.CHOKEPOINT_API_KEYS.split(",")
          .map((k) => k.trim())
          .filter(Boolean)
      : undefined,
    host: env.CHOKEPOINT_HOST || undefined,
    port: env.CHOKEPOINT_PORT ? Number(env.CHOKEPOINT_PORT) : undefined,
    color: env.NO_COLOR ? false : undefined,
  };
  const merged: Record<string, unknown> = {};
  for (const layer of [fromEnv, flags]) {
    for (const [k, v] of Object.entries(layer)) if (v !== undefined) merged[k] = v;
  }
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [key, item] = issue?.path ?? [];
    // Name the setting as the user wrote it: "CHOKEPOINT_API_KEYS key 2: …", not "apiKeys.1".
    const name = typeof key === "string" && ENV_NAMES[key] ? ENV_NAMES[key] : String(key);
    const which = typeof item === "number" ? ` key ${item + 1}` : "";
    const why =
      key === "apiKeys" && issue?.code === "too_small"
        ? "too short: API keys need at least 8 characters"
        : key === "port"
          ? `must be a whole number from 0 to 65535 (got ${merged.port})`
          : issue?.message;
    throw new ValidationError(`configuration: ${name}${which}: ${why}`);
  }
  return Object.freeze(parsed.data);
}
