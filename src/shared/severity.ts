// Severity levels of DESIGN.md §3, ordered from least to most severe, and the ways exports write them.

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

// Scales and the direction they run in, which is not the same everywhere:
// - A bare number 1–4 counts up (1 = low … 4 = critical), as numeric severity columns in SIEM and
//   ticket exports do. 0 and 5 are left unknown: they belong to 0–4 or 1–5 scales whose steps do not
//   line up with four levels.
// - P1–P4 count down (P1 = critical), as priority does in ITIL and SOC tooling.
// - Chinese grades count down too: 一级 / I级 / 1级 is the most severe (特别重大), after the national
//   incident grading (GB/Z 20986 and the emergency plans that use it). So "1级" is critical while "1"
//   is low; the 级 is what tells them apart.
// - Informational findings are low: Vigil has no level below it, and dropping them would lose rows.
const SEVERITY_WORDS: ReadonlyMap<string, Severity> = new Map<string, Severity>([
  ['low', 'low'],
  ['minor', 'low'],
  ['info', 'low'],
  ['informational', 'low'],
  ['information', 'low'],
  ['medium', 'medium'],
  ['med', 'medium'],
  ['moderate', 'medium'],
  ['high', 'high'],
  ['major', 'high'],
  ['critical', 'critical'],
  ['crit', 'critical'],
  ['severe', 'critical'],
  ['urgent', 'critical'],

  ['1', 'low'],
  ['2', 'medium'],
  ['3', 'high'],
  ['4', 'critical'],

  ['p1', 'critical'],
  ['p2', 'high'],
  ['p3', 'medium'],
  ['p4', 'low'],

  ['特别重大', 'critical'],
  ['重大', 'high'],
  ['较大', 'medium'],
  ['一般', 'low'],
  ['紧急', 'critical'],
  ['严重', 'critical'],
  ['危急', 'critical'],
  ['超危', 'critical'],
  ['高', 'high'],
  ['高危', 'high'],
  ['高风险', 'high'],
  ['中', 'medium'],
  ['中危', 'medium'],
  ['中等', 'medium'],
  ['中风险', 'medium'],
  ['低', 'low'],
  ['低危', 'low'],
  ['低风险', 'low'],
  ['提示', 'low'],
  ['信息', 'low'],

  // NFKC has already turned Ⅰ Ⅱ Ⅲ Ⅳ (and ⅰ…ⅳ) into I II III IV, and lower case into i ii iii iv.
  ['i级', 'critical'],
  ['ii级', 'high'],
  ['iii级', 'medium'],
  ['iv级', 'low'],
  ['一级', 'critical'],
  ['二级', 'high'],
  ['三级', 'medium'],
  ['四级', 'low'],
  ['1级', 'critical'],
  ['2级', 'high'],
  ['3级', 'medium'],
  ['4级', 'low'],
]);

/** Case, width, spaces and a trailing 事件 ("重大事件") do not matter: "Ｐ 1" is P1, "Ⅰ 级" is I级. */
function foldSeverity(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/事件$/, '');
}

function lookUp(value: string): Severity | null {
  const key = foldSeverity(value);
  const found = SEVERITY_WORDS.get(key);
  if (found !== undefined) return found;
  // "Ⅰ级(特别重大)", "High (3)": the grade before the brackets says it; what they hold repeats it.
  const bracket = key.search(/[([【]/);
  return bracket > 0 ? (SEVERITY_WORDS.get(key.slice(0, bracket)) ?? null) : null;
}

// parseSeverity runs once per cell, and a severity column holds a handful of distinct spellings: the
// answer for each spelling is kept, so folding (which allocates) runs once per spelling, not per row.
const MAX_REMEMBERED = 1024;
const remembered = new Map<string, Severity | null>();

/** A severity as a source wrote it, or null when it is not one Vigil knows. */
export function parseSeverity(value: string): Severity | null {
  const known = remembered.get(value);
  if (known !== undefined) return known;
  const found = lookUp(value);
  // Free text in a wrongly mapped column must not grow the map without bound.
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(value, found);
  return found;
}
