// Small statistics helpers for the benchmarks.
export function percentile(values, p) {
	const s = [...values].sort((a, b) => a - b);
	if (s.length === 0) return NaN;
	const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
	return s[i];
}
export const median = (v) => percentile(v, 50);
export const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
