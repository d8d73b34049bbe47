/** The dashboard's build: web/ → web/dist, served at / by `chokepoint serve`. Everything is bundled (no CDN). */
import { defineConfig } from "vite";

export default defineConfig({
  base: "/",
  publicDir: "public",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Plot and d3 make one larger chunk; it is served from this machine, so the warning says nothing useful.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npm run dev:web` beside `chokepoint serve --open`: the API is proxied so the dashboard's requests stay same-origin.
    proxy: Object.fromEntries(
      ["/match", "/entities", "/search", "/sources", "/changes", "/screen", "/trade", "/healthz", "/readyz", "/openapi.json", "/docs"].map((p) => [
        p,
        "http://127.0.0.1:8080",
      ]),
    ),
  },
});
