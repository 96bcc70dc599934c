import type { Criterion } from '../types';

export const CRITERIA_PRIVACY = [] as const satisfies readonly Criterion[];
