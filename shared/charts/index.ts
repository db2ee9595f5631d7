export * from './types';
export { buildLineChart } from './lineChart';
export {
  AT_RISK_CONFIDENCE,
  confidenceChart,
  keyResultValueChart,
  type ConfidenceChartInput,
  type KeyResultValueChartInput,
} from './krCharts';
export { chartToSvg, escapeXml } from './svg';
export { formatCompact, formatDayLabel, formatWithUnit } from './format';
