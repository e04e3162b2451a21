// Vietnamese texts of the meeting view's tables (src/features/meeting), part of meeting.vi.ts.

export const meetingTablesVi = {

};
