import { describe, expect, it } from "vitest";
import { shortUnitName } from "@/domain/admin-units";

describe("shortUnitName", () => {
  it("drops the level word", () => {
    expect(shortUnitName("Huyện Văn Giang")).toBe("Văn Giang");
    expect(shortUnitName("Thị xã Mỹ Hào")).toBe("Mỹ Hào");
    expect(shortUnitName("Thành phố Hưng Yên")).toBe("Hưng Yên");
    expect(shortUnitName("Xã Nghĩa Trụ")).toBe("Nghĩa Trụ");
    expect(shortUnitName("Phường Phố Nối")).toBe("Phố Nối");
  });
  it("keeps names without a level word", () => {
    expect(shortUnitName("Văn Lâm")).toBe("Văn Lâm");
    expect(shortUnitName("Huyện")).toBe("Huyện");
  });
});
