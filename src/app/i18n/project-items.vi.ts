// Vietnamese texts of a project's graves and utilities to move (src/features/project-items), part of vi.ts.

export const projectItemsVi = {
  documentTitle: "Mộ, công trình phải di dời – GPMB Hưng Yên",
  heading: "Mộ và công trình hạ tầng phải di dời",
};
