import { describe, expect, it } from "vitest";
import { shortProjectName } from "@/domain/project-names";

describe("shortProjectName", () => {
  it("keeps names that fit", () => {
    expect(shortProjectName("KCN Yên Mỹ II")).toBe("KCN Yên Mỹ II");
    expect(shortProjectName("CCN Phạm Ngũ Lão – Nghĩa Dân")).toBe("CCN Phạm Ngũ Lão – Nghĩa Dân");
  });
  it("drops parentheses, then what follows a dash", () => {
    expect(shortProjectName("Đường Vành đai 4 – Vùng Thủ đô (đoạn qua Hưng Yên)")).toBe("Đường Vành đai 4");
    expect(shortProjectName("Đường Tân Phúc – Võng Phan (đoạn qua Ân Thi)")).toBe("Đường Tân Phúc – Võng Phan");
  });
  it("cuts long names at a word with an ellipsis", () => {
    const short = shortProjectName("Khu tái định cư phục vụ dự án đường Vành đai 4 tại xã Long Hưng");
    expect(short).toBe("Khu tái định cư phục vụ dự…");
    expect(short.length).toBeLessThanOrEqual(28);
  });
});
