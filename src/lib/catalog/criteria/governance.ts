import type { Criterion } from '../types';

export const CRITERIA_GOVERNANCE = [] as const satisfies readonly Criterion[];
