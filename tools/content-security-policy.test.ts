import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, contentSecurityPolicyHeader, tileSource } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("the production Content-Security-Policy", () => {
  it("allows scripts and styles only from the app, with no inline code", () => {
    const policy = contentSecurityPolicy({ apiUrl: "https://abc.supabase.co" });
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
    expect(directive(policy, "style-src")).toBe("style-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "worker-src")).toBe("worker-src 'self'"); // the service worker, sw.js
    expect(directive(policy, "manifest-src")).toBe("manifest-src 'self'");
    expect(policy).not.toContain("frame-ancestors"); // ignored in a meta tag
  });

  it("lets the app reach its Supabase project over https and wss (Realtime)", () => {
    const policy = contentSecurityPolicy({ apiUrl: "https://abc.supabase.co/" });
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://abc.supabase.co wss://abc.supabase.co");
    // a local backend, with its port
    expect(directive(contentSecurityPolicy({ apiUrl: "http://127.0.0.1:54321" }), "connect-src"))
      .toBe("connect-src 'self' http://127.0.0.1:54321 ws://127.0.0.1:54321");
    expect(directive(contentSecurityPolicy({}), "connect-src")).toBe("connect-src 'self'");
  });

  it("lets images come from the tile server (OpenStreetMap by default) and data: URLs", () => {
    expect(directive(contentSecurityPolicy({}), "img-src")).toBe("img-src 'self' data: https://tile.openstreetmap.org");
    expect(tileSource("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png?key=1")).toBe("https://*.tile.example.org");
    expect(tileSource("https://tiles.example.org:8443/{z}/{x}/{y}.png")).toBe("https://tiles.example.org:8443");
    expect(() => tileSource("https://tiles.{s}.example.org/{z}/{x}/{y}.png")).toThrow(/first label/);
    expect(() => tileSource("/tiles/{z}/{x}/{y}.png")).toThrow(/http/);
  });

  it("adds frame-ancestors to the header version", () => {
    expect(contentSecurityPolicyHeader({ apiUrl: "https://abc.supabase.co" })).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; " +
        "font-src 'self'; connect-src 'self' https://abc.supabase.co wss://abc.supabase.co; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });
});

describe("the README's deploy steps", () => {
  it("give static hosts the header this module makes", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const header = contentSecurityPolicyHeader({ apiUrl: "https://ref.supabase.co" }).replaceAll("ref.supabase.co", "<ref>.supabase.co");
    expect(readme).toContain(`Content-Security-Policy: ${header}\n`);
  });
});
