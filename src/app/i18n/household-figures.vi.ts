// Vietnamese texts of the leaders' household units (src/features/household-figures: the progress
// panel, the province summary, the payment deadline), part of vi.ts.

export const householdFiguresVi = {
  heading: "Hộ dân, kinh phí, mộ, hạ tầng, tái định cư",
};
