/** Edit distances for short strings: optimal string alignment (Levenshtein plus adjacent swaps) and Jaro-Winkler. */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("Donlad" → "Donald" is one edit) each cost 1.
 */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (!n) return m;
  if (!m) return n;
  // Past `max` the exact distance does not matter: stop early and return max + 1.
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  // prev2 = row i-2, prev = row i-1, cur = row i.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A swap can lower the next row by one below this row's minimum at most: keep a margin of one.
    if (rowMin > max + 1) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 letters), as OFAC's own search uses. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  const n = a.length;
  const m = b.length;
  if (!n || !m) return 0;
  const range = Math.max(0, Math.floor(Math.max(n, m) / 2) - 1);
  const aMatch = new Uint8Array(n);
  const bMatch = new Uint8Array(m);
  let matches = 0;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(m - 1, i + range);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (!bMatch[j] && b.charCodeAt(j) === c) {
        aMatch[i] = 1;
        bMatch[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let k = 0;
  let half = 0;
  for (let i = 0; i < n; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) half++;
    k++;
  }
  const jaro = (matches / n + matches / m + (matches - half / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < n && prefix < m && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
