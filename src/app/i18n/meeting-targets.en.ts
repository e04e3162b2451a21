// English texts of the meeting view's targets, with the keys of meeting-targets.vi.ts.

import type { meetingTargetsVi } from "@/app/i18n/meeting-targets.vi";

export const meetingTargetsEn: typeof meetingTargetsVi = {
  intro: "For each target: the value so far in its period against the band, the pace of the last 30 days, the forecast date of reaching the lower bound and what is still needed per week.",
  loading: "Loading the targets…",
  error: "The targets could not be loaded.",
  details: "Error details",
  retry: "Try again",
  empty: "No targets yet.",
  band: "Target band",
  actual: "Achieved",
  status: "Status",
  pace: "Pace (30 days)",
  paceEnded: "Pace (last 30 days of the period)",
  forecast: "Lower bound reached",
  needed: "Still needed per week",
  neededUntil: "{{value}} (until {{date}})",
  none: "–",
  metAlready: "reached",
  noForecast: "not at this pace",
  periodEnded: "the period has ended",
  noDeadline: "no deadline",
  pastDeadline: "past the deadline",
  notBegun: "The period has not begun: it starts on {{date}}.",
  chartLoading: "Loading the chart…",
  chartCut: "The chart has figures up to {{date}}; the pace and forecast are the server's.",
  chartError: "The chart's figures could not be loaded.",
  legend: {
    actual: "Achieved (so far in the period)",
    projection: "Forecast at the 30-day pace",
    min: "Lower bound",
    max: "Upper bound",
  },
  chartDescription: "Progress chart of “{{name}}” from {{start}} to {{end}}: achieved {{actual}}, target band {{band}}.",
};
