import { beforeAll, describe, expect, it } from "vitest";
import { en } from "@/app/i18n/en";
import { i18n } from "@/app/i18n/i18n";
import type { TargetProgress } from "@/domain/targets";
import type { Words } from "@/components/target-words";
import { formatTargetBound } from "@/components/target-words";
import {
  partialEntryText, targetDueText, targetFigureText, targetPaceText, targetPeriodText, targetScopeText,
} from "@/features/progress/target-text";

// The texts join numbers and units with a no-break space (checked once below); the other tests
// compare with plain spaces.
const plain = (s: string | null) => s?.replaceAll("\u00a0", " ") ?? null;

let vi: Words;
let english: Words;
beforeAll(() => {
  i18n.addResourceBundle("en", "translation", en);
  vi = { t: i18n.getFixedT("vi"), lang: "vi" };
  english = { t: i18n.getFixedT("en"), lang: "en" };
});

const clusters: TargetProgress = {
  id: "ccn", name: "CCN", nameEn: null, source: "Kết luận 32", notes: null, measure: "cleared_area_ha",
  scopeKind: "industrial_cluster", scopeProjectId: null, scopeAdminUnitId: null, scopeStatuses: null,
  periodStart: "2024-07-01", periodEnd: "2024-12-31", minValue: 300, maxValue: 500, minExclusive: false,
  maxExclusive: false, dueDate: "2024-12-31", actual: 267.7, status: "missed", exceedsMax: false,
  pacePerWeek: null, forecastDate: null, areaToClearM2: 9_000_000, enteredAreaM2: 9_000_000, projects: 32,
};
const started: TargetProgress = {
  ...clusters, id: "started", measure: "projects_started", minValue: 20, maxValue: null, minExclusive: true, actual: 24,
};
const parks: TargetProgress = {
  ...clusters, id: "kcn", measure: "cleared_share", scopeKind: "industrial_park", minValue: 1, maxValue: null,
  periodStart: null, periodEnd: null, actual: 0.9534,
};

describe("formatTargetBound", () => {
  it("writes an inclusive range of hectares", () => {
    expect(plain(formatTargetBound(clusters, vi))).toBe("300–500 ha");
    expect(plain(formatTargetBound(clusters, english))).toBe("300–500 ha");
  });
  it("writes the document's 'trên' for an exclusive lower bound: more than", () => {
    expect(plain(formatTargetBound(started, vi))).toBe("trên 20 cụm");
    expect(plain(formatTargetBound(started, english))).toBe("more than 20 clusters");
    expect(plain(formatTargetBound({ ...started, scopeKind: null }, vi))).toBe("trên 20 dự án");
    const infrastructure = { ...clusters, measure: "infrastructure_area_ha", minValue: 200, maxValue: null, minExclusive: true } as const;
    expect(plain(formatTargetBound(infrastructure, vi))).toBe("trên 200 ha");
  });
  it("writes an inclusive lower bound as 'at least'", () => {
    expect(plain(formatTargetBound({ ...started, minExclusive: false }, vi))).toBe("ít nhất 20 cụm");
    expect(plain(formatTargetBound({ ...clusters, maxValue: null, minValue: 200.5 }, english))).toBe("at least 200.5 ha");
  });
  it("writes ranges with exclusive ends", () => {
    expect(plain(formatTargetBound({ ...clusters, minExclusive: true }, vi))).toBe("trên 300 đến 500 ha");
    expect(plain(formatTargetBound({ ...clusters, maxExclusive: true }, vi))).toBe("từ 300 đến dưới 500 ha");
    expect(plain(formatTargetBound({ ...clusters, minExclusive: true, maxExclusive: true }, vi))).toBe("trên 300, dưới 500 ha");
  });
  it("writes upper bounds alone", () => {
    expect(plain(formatTargetBound({ ...started, minValue: null, maxValue: 12, minExclusive: false }, vi))).toBe("tối đa 12 cụm");
    expect(plain(formatTargetBound({ ...started, minValue: null, maxValue: 12, maxExclusive: true }, english))).toBe("under 12 clusters");
  });
  it("writes shares in percent; all of the land as 100 %", () => {
    expect(plain(formatTargetBound(parks, vi))).toBe("100 %");
    expect(formatTargetBound(parks, english)).toBe("100%");
    expect(plain(formatTargetBound({ ...parks, minValue: 0.855 }, vi))).toBe("ít nhất 85,5 %");
    expect(plain(formatTargetBound({ ...parks, minValue: 0.8, maxValue: 0.9 }, vi))).toBe("80–90 %");
  });
  it("is empty without bounds", () => {
    expect(formatTargetBound({ ...clusters, minValue: null, maxValue: null }, vi)).toBe("");
  });
});

describe("targetFigureText", () => {
  it("puts the actual value against the bound", () => {
    expect(plain(targetFigureText(clusters, vi))).toBe("Đã bàn giao: 267,7 ha / 300–500 ha");
    expect(plain(targetFigureText(started, vi))).toBe("Đã triển khai: 24 cụm / trên 20 cụm");
    expect(plain(targetFigureText(parks, vi))).toBe("Tỷ lệ bàn giao: 95,3 % / 100 %");
    expect(plain(targetFigureText(parks, english))).toBe("Share handed over: 95.3% / 100%");
  });
  it("keeps numbers with their units", () => {
    expect(targetFigureText(clusters, vi)).toContain("267,7\u00a0ha");
    expect(targetFigureText(started, vi)).toContain("24\u00a0cụm");
  });
  it("says when there is no figure", () => {
    expect(plain(targetFigureText({ ...clusters, actual: null }, vi))).toBe("Đã bàn giao: chưa có số liệu / 300–500 ha");
  });
});

describe("period and due date", () => {
  it("writes the period, or 'lũy kế' when cumulative", () => {
    expect(targetPeriodText(clusters, vi)).toBe("Kỳ tính: 01/07/2024 – 31/12/2024");
    expect(targetPeriodText(clusters, english)).toBe("Period: 1 Jul 2024 – 31 Dec 2024");
    expect(targetPeriodText(parks, vi)).toBe("Kỳ tính: lũy kế");
  });
  it("writes the due date", () => {
    expect(targetDueText(clusters, vi)).toBe("Hạn 31/12/2024");
    expect(targetDueText(clusters, english)).toBe("Due 31 Dec 2024");
    expect(targetDueText({ ...clusters, dueDate: null }, vi)).toBeNull();
  });
});

describe("targetPaceText", () => {
  const running = { ...clusters, periodEnd: "2025-12-31", pacePerWeek: 2.1, forecastDate: "2025-03-12" };
  it("writes the recent pace and the forecast", () => {
    expect(plain(targetPaceText(running, vi, "2025-01-10"))).toBe("30 ngày gần nhất: 2,1 ha/tuần · dự báo đạt 12/03/2025");
    expect(plain(targetPaceText(running, english, "2025-01-10"))).toBe("Last 30 days: 2.1 ha/week · forecast to be met 12 Mar 2025");
  });
  it("says the last 30 days of the period once it has ended", () => {
    expect(plain(targetPaceText({ ...clusters, pacePerWeek: 0.04 }, vi, "2025-01-10"))).toBe("30 ngày cuối kỳ: 0,04 ha/tuần");
  });
  it("writes a share's pace in percentage points and a count's in its unit", () => {
    expect(plain(targetPaceText({ ...parks, pacePerWeek: 0.012 }, vi, "2025-01-10"))).toBe("30 ngày gần nhất: 1,2 %/tuần");
    expect(plain(targetPaceText({ ...started, pacePerWeek: 0.5, periodEnd: null }, vi, "2025-01-10"))).toBe("30 ngày gần nhất: 0,5 cụm/tuần");
  });
  it("is null without a pace", () => {
    expect(targetPaceText(clusters, vi, "2025-01-10")).toBeNull();
  });
});

describe("targetScopeText", () => {
  it("counts the projects in scope and names the statuses that count", () => {
    expect(targetScopeText(clusters, vi)).toBe("Tính trên 32 dự án.");
    expect(targetScopeText({ ...parks, projects: 11, scopeStatuses: ["under_clearance", "operating"] }, vi))
      .toBe("Tính trên 11 dự án ở trạng thái: đang giải phóng mặt bằng, đang hoạt động.");
    expect(targetScopeText({ ...parks, projects: 11, scopeStatuses: ["approved", "new_status"] }, english))
      .toBe("Counts 11 projects that are: with an investment or establishment decision, new_status.");
  });
});

describe("partialEntryText", () => {
  it("says how much of the legal area the parcels entered cover", () => {
    expect(plain(partialEntryText(0.8, vi))).toBe("đã nhập thửa cho 80 % diện tích");
    expect(partialEntryText(0.8, english)).toBe("parcels entered for 80% of the area");
  });
});
