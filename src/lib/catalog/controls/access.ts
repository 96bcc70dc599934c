import type { Control } from '../types';

export const CONTROLS_ACCESS = [] as const satisfies readonly Control[];
