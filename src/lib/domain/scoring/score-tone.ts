/**
 * The one colour rule for readiness figures. Every place that colours a score or a percentage
 * (chart bars on screen and in the PDF, report table cells, the score figure, level badges) asks
 * these functions, so one value never gets two colours. Pure; the roles are resolved to colours
 * by the charts' palettes, the PDF style and the CSS badges.
 */
import type { ReadinessLevel } from '../types';
import { LEVEL_RULES } from './readiness';

/** The colour of a figure: good, partial, poor, or nothing to show. */
export type ScoreTone = 'ok' | 'warn' | 'bad' | 'muted';

/** The colour of a level: as a figure's, plus 'info' for the levels between. */
export type LevelTone = ScoreTone | 'info';

/**
 * Lower bounds of each colour, in basis points, on the levels' own thresholds so a figure and its
 * level never disagree: at or above the audit-ready bar for a criterion (80%) is good; at or
 * above the Developing floor (40%) is partial, the colour Developing has; lower is poor, the
 * colour of Not ready.
 */
export const SCORE_TONE_RULES = {
	ok: LEVEL_RULES.auditReadyCriterion,
	warn: LEVEL_RULES.developingOverall
} as const;

/** The colour of a score in basis points; null (not covered, nothing scored) is muted. */
export function scoreTone(bp: number | null | undefined): ScoreTone {
	if (bp === null || bp === undefined || Number.isNaN(bp)) return 'muted';
	if (bp >= SCORE_TONE_RULES.ok) return 'ok';
	if (bp >= SCORE_TONE_RULES.warn) return 'warn';
	return 'bad';
}

/** The colour of a readiness level's badge or pill. */
export const LEVEL_TONE: Record<ReadinessLevel, LevelTone> = {
	audit_ready: 'ok',
	nearly_ready: 'info',
	window_ready: 'info',
	developing: 'warn',
	not_ready: 'bad',
	not_rated: 'muted'
};
