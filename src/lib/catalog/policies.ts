import type { Policy } from './types';

export const POLICIES = [] as const satisfies readonly Policy[];
