export * from './types';
export { buildLineChart } from './lineChart';
export {
  confidenceChart,
  keyResultValueChart,
  type ConfidenceChartInput,
  type KeyResultValueChartInput,
} from './krCharts';
export { chartToSvg, escapeXml } from './svg';
