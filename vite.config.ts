import { defineConfig, type PluginOption } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath, URL } from "node:url";

// The local Supabase-compatible backend (@supabase/lite) runs only under `vite serve`, and is
// imported lazily: a top-level import made the dev server exit silently, and the plugin active
// during `vite build` baked the local URL and key into the production bundle.
export default defineConfig(async ({ command }) => {
  const plugins: PluginOption[] = [react()];
  if (command === "serve" && process.env.GPMB_NO_LOCAL_BACKEND !== "1") {
    process.env.LITE_TELEMETRY ??= "0";
    const { supalite } = await import("@supabase/lite/vite");
    plugins.push(supalite({ config: process.env.GPMB_LITE_CONFIG ?? "./supabase/config.toml", initOnBoot: false }));
  }
  return {
    plugins,
    resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
    server: { port: 5173, strictPort: true, host: "127.0.0.1" },
    build: { sourcemap: true },
  };
});
