// Vietnamese texts of the meeting view's targets (src/features/meeting), part of meeting.vi.ts.

export const meetingTargetsVi = {

};
