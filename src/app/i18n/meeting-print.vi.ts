// Vietnamese texts of the meeting view's print (src/features/meeting), part of meeting.vi.ts.

export const meetingPrintVi = {
  documentTitle: "Báo cáo tiến độ GPMB – GPMB Hưng Yên",
};
