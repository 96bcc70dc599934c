import type { Criterion } from '../types';

export const CRITERIA_OPERATIONS = [] as const satisfies readonly Criterion[];
