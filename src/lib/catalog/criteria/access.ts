import type { Criterion } from '../types';

export const CRITERIA_ACCESS = [] as const satisfies readonly Criterion[];
