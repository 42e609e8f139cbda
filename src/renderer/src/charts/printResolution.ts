// Charts are drawn on canvases at the screen's pixel density, which prints blurred. Before printing,
// every chart is redrawn at print density; after, back at the screen's. Animation is off in every
// chart already, so the printed frame is the finished one.
import { Chart } from 'chart.js';

/** Canvas pixels per CSS pixel when printing: about 300 dpi on paper. */
export const PRINT_PIXEL_RATIO = 3;

function redrawAll(ratio: number | undefined): void {
  for (const chart of Object.values(Chart.instances)) {
    chart.options.devicePixelRatio = ratio;
    chart.resize();
  }
}

let installed = false;

export function installPrintResolution(target: Window): void {
  if (installed) return;
  installed = true;
  target.addEventListener('beforeprint', () => {
    redrawAll(PRINT_PIXEL_RATIO);
  });
  target.addEventListener('afterprint', () => {
    redrawAll(undefined);
  });
}
