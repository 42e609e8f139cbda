// Colours for the values of a dimension other than category (severity, source, region, sector): Paul
// Tol's "muted" scheme, nine colours chosen to stay distinguishable with the common colour-vision
// deficiencies, in an order that keeps neighbours in a stack apart. The values beyond nine share one
// grey as "All others". Categories keep their own colours (palette.ts).
// https://personal.sron.nl/~pault/#sec:qualitative
export const DIMENSION_COLORS: readonly string[] = [
  '#332288',
  '#DDCC77',
  '#117733',
  '#CC6677',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];

/** The colour of the merged rest. */
export const OTHERS_COLOR = '#BBBBBB';

/** The colour of a value the source left empty. */
export const NOT_GIVEN_COLOR = '#DDDDDD';

/** The comparison line: dark and dashed, so it reads against any bar colour and in greyscale print. */
export const COMPARISON_COLOR = '#1b2029';

/**
 * Severity low → critical as an ordinal scale (Paul Tol's sequential "YlOrBr"): the steps differ in
 * lightness as well as hue, so their order reads with any colour vision and in greyscale print.
 * https://personal.sron.nl/~pault/#sec:sequential
 */
export const SEVERITY_COLORS: Readonly<Record<string, string>> = {
  low: '#FEC44F',
  medium: '#EC7014',
  high: '#993404',
  critical: '#4A1A04',
};
