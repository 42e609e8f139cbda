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
