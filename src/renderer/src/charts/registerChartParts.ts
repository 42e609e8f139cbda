// Chart.js is tree-shaken: only the parts the charts use are registered, once, before any chart is
// drawn. Text is drawn with the app's own system font stack (no font is ever fetched).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { installPrintResolution } from './printResolution';

export const CHART_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);
Chart.defaults.font.family = CHART_FONT;
Chart.defaults.font.size = 12;
Chart.defaults.color = '#444b57';
Chart.defaults.borderColor = '#e3e6eb';
if (typeof window !== 'undefined') installPrintResolution(window);
