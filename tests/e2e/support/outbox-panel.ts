// The officer's outbox panel on the map ("Thay đổi trên máy này") and its "Gửi ngay".
import type { Page } from "playwright-core";

export const outboxPanel = (page: Page) => page.getByRole("region", { name: "Thay đổi trên máy này" });

/**
 * Presses "Gửi ngay", unless the outbox has started sending on its own first (the network came
 * back, or its back-off ran out): the button then leaves, and that is no failure. The caller
 * waits for the outcome either way.
 */
export async function sendNow(page: Page): Promise<void> {
  try {
    await outboxPanel(page).getByRole("button", { name: "Gửi ngay" }).click({ timeout: 5_000 });
  } catch {
    // sending already
  }
}
