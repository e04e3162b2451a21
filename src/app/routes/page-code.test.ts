import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { eagerPage, lazyPage } from "@/app/routes/page-code";
import type { PageProps } from "@/app/routes/page-code";

function Hello({ params }: PageProps) {
  return createElement("p", null, `hello ${params.name ?? ""}`);
}

describe("lazyPage", () => {
  it("asks for the page's code once, however often it is preloaded", async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const page = lazyPage(load);
    await Promise.all([page.preload(), page.preload()]);
    await page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("renders nothing before its code is there, then the page with its params", async () => {
    const page = lazyPage(() => Promise.resolve(Hello));
    expect(renderToString(createElement(page.Component, { params: { name: "x" } }))).toBe("");
    await page.preload();
    expect(renderToString(createElement(page.Component, { params: { name: "x" } }))).toBe("<p>hello x</p>");
  });

  it("after a failed load, says so to the error boundary, and a later preload asks again", async () => {
    const load = vi.fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new Error("chunk missing"))
      .mockResolvedValueOnce(Hello);
    const page = lazyPage(load);
    await expect(page.preload()).rejects.toThrow("chunk missing");
    expect(() => renderToString(createElement(page.Component, { params: {} }))).toThrow("chunk missing");
    await page.preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(renderToString(createElement(page.Component, { params: {} }))).toBe("<p>hello </p>");
  });

  it("an eager page is there at once", async () => {
    const page = eagerPage(Hello);
    expect(page.Component).toBe(Hello);
    await expect(page.preload()).resolves.toBe(Hello);
  });
});
