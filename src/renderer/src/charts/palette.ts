// One colour per category, used everywhere a category appears (chips, table, filter, chart), so an
// analyst learns it once. Built from Paul Tol's "muted" scheme and the Okabe–Ito palette, both chosen
// to stay distinguishable with the common colour-vision deficiencies; neighbours in taxonomy order
// (which is also the stacking order of the chart) are kept far apart in hue and lightness. Fifteen
// colours cannot all be told apart by everyone, so a category is never shown by colour alone: its
// name stands beside the swatch, in tooltips and in the legend.
// https://personal.sron.nl/~pault/#sec:qualitative  https://jfly.uni-koeln.de/color/
import type { CategoryCode } from '../../../shared/taxonomy';

export const CATEGORY_COLORS: Readonly<Record<CategoryCode, string>> = {
  malware: '#332288',
  botnet_c2: '#882255',
  defacement: '#E69F00',
  backdoor: '#117733',
  phishing: '#CC6677',
  ddos: '#0072B2',
  vulnerability: '#DDCC77',
  data_leak: '#AA4499',
  intrusion: '#D55E00',
  scanning: '#88CCEE',
  spam: '#999933',
  fraud: '#44AA99',
  outage: '#7A5C3E',
  other: '#8C8C8C',
  uncategorized: '#CFCFCF',
};
