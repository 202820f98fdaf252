export * from "./BarChart";
export * from "./ChartFigure";
