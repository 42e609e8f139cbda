// Fill patterns that tell series apart without colour: the palettes are chosen for colour-blind
// readers, and a pattern per series makes a stacked chart readable in grey print and for readers who
// see none of the hues. Each pattern is the series' colour with a light motif over it; the same series
// (a category, by its place in the taxonomy) always gets the same motif.

/** Motifs in the order series receive them; the first is plain, so the largest series reads calm. */
const MOTIFS = [
  'none',
  'diagonal',
  'dots',
  'horizontal',
  'cross',
  'reverse',
  'vertical',
  'grid',
  'zigzag',
] as const;
type Motif = (typeof MOTIFS)[number];

const SIZE = 10;
const cache = new Map<string, CanvasPattern | string>();

function drawMotif(ctx: CanvasRenderingContext2D, motif: Motif): void {
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.7)';
  ctx.fillStyle = 'rgba(255, 255, 255, 0.7)';
  ctx.lineWidth = 1.5;
  const line = (x1: number, y1: number, x2: number, y2: number): void => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  switch (motif) {
    case 'none':
      return;
    case 'diagonal':
      line(0, SIZE, SIZE, 0);
      line(-SIZE / 2, SIZE / 2, SIZE / 2, -SIZE / 2);
      line(SIZE / 2, SIZE * 1.5, SIZE * 1.5, SIZE / 2);
      return;
    case 'reverse':
      line(0, 0, SIZE, SIZE);
      line(-SIZE / 2, SIZE / 2, SIZE / 2, SIZE * 1.5);
      line(SIZE / 2, -SIZE / 2, SIZE * 1.5, SIZE / 2);
      return;
    case 'dots':
      ctx.beginPath();
      ctx.arc(SIZE / 2, SIZE / 2, 1.8, 0, Math.PI * 2);
      ctx.fill();
      return;
    case 'horizontal':
      line(0, SIZE / 2, SIZE, SIZE / 2);
      return;
    case 'vertical':
      line(SIZE / 2, 0, SIZE / 2, SIZE);
      return;
    case 'cross':
      line(0, 0, SIZE, SIZE);
      line(0, SIZE, SIZE, 0);
      return;
    case 'grid':
      line(0, SIZE / 2, SIZE, SIZE / 2);
      line(SIZE / 2, 0, SIZE / 2, SIZE);
      return;
    case 'zigzag':
      ctx.beginPath();
      ctx.moveTo(0, SIZE * 0.7);
      ctx.lineTo(SIZE / 2, SIZE * 0.3);
      ctx.lineTo(SIZE, SIZE * 0.7);
      ctx.stroke();
      return;
  }
}

/**
 * A fill for series number `index` in `color`: a canvas pattern, or the plain colour where canvas is
 * not available (a pattern cannot be made without a document).
 */
export function patternFill(color: string, index: number): CanvasPattern | string {
  const motif = MOTIFS[index % MOTIFS.length] ?? 'none';
  if (motif === 'none' || typeof document === 'undefined') return color;
  const key = `${color}|${motif}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const canvas = document.createElement('canvas');
  // Drawn at twice the size and scaled: crisp on high-density screens and in print.
  canvas.width = SIZE * 2;
  canvas.height = SIZE * 2;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return color;
  ctx.scale(2, 2);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, SIZE, SIZE);
  drawMotif(ctx, motif);
  const pattern = ctx.createPattern(canvas, 'repeat');
  if (pattern === null) return color;
  pattern.setTransform(new DOMMatrix().scale(0.5, 0.5));
  cache.set(key, pattern);
  return pattern;
}
