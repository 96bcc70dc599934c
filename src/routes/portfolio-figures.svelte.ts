/**
 * Works out, on this device, the home-list figures that are not cached yet (an imported
 * assessment, a cache from an earlier day) and the trend since each assessment's newest
 * snapshot. One assessment at a time, yielding to the event loop in between, so a portfolio of
 * dozens never freezes the page. Computed summaries are stored (derived data, not an edit), so the
 * next visit shows them at once; trends are kept for this visit only.
 *
 * The scoring code and the catalog load only when something needs computing.
 */
import type { SnapshotTrend } from '$lib/domain/assessments/compute-summary';
import type { AssessmentRecord, AssessmentSummary } from '$lib/domain/types';
import { loadCatalog } from '$lib/state/catalog';
import { needsSummary } from './portfolio';

/** Progress shows only when the work takes longer than this. */
const SLOW_MS = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function tools() {
	const [compute, data, snapshots, rows, assessments, catalog] = await Promise.all([
		import('$lib/domain/assessments/compute-summary'),
		import('$lib/db/repositories/assessment-data'),
		import('$lib/db/repositories/snapshots'),
		import('$lib/db/repositories/rows'),
		import('$lib/db/repositories/assessments'),
		loadCatalog()
	]);
	return { ...compute, ...data, ...snapshots, ...rows, ...assessments, catalog };
}

export class PortfolioFigures {
	/** Summaries worked out here, by assessment id, shown until the stored copy catches up. */
	summaries = $state.raw(new Map<string, AssessmentSummary>());
	/** Trend since the newest snapshot, by assessment id (null: no snapshot). */
	trends = $state.raw(new Map<string, SnapshotTrend | null>());
	/** Assessments still to work out in this round, and how many the round has. */
	remaining = $state(0);
	total = $state(0);
	/** True once a round has taken longer than half a second, until it ends. */
	slow = $state(false);

	/** What was worked out for each id: the last-edit time it was worked out for. */
	#done = new Map<string, string>();
	#queue: AssessmentRecord[] = [];
	#running = false;
	#owners: Promise<Set<string>> | null = null;

	/** Queues what the list needs; safe to call whenever the list changes. */
	update(records: readonly AssessmentRecord[], today: string): void {
		if (records.length === 0) return;
		// A database closed meanwhile (an upgrade in another tab) leaves the figures as they are.
		this.#owners ??= import('$lib/db/repositories/snapshots')
			.then((m) => m.snapshotOwners())
			.catch(() => new Set<string>());
		void this.#owners.then((owners) => {
			const queued = new Set(this.#queue.map((r) => r.id));
			for (const r of records) {
				if (queued.has(r.id) || this.#done.get(r.id) === r.updatedAt) continue;
				if (!needsSummary(r, today) && !owners.has(r.id)) continue;
				this.#queue.push(r);
				this.total += 1;
				this.remaining += 1;
			}
			void this.#run(today, owners);
		});
	}

	async #run(today: string, owners: Set<string>): Promise<void> {
		if (this.#running || this.#queue.length === 0) return;
		this.#running = true;
		const timer = setTimeout(() => (this.slow = true), SLOW_MS);
		try {
			const t = await tools();
			for (let r = this.#queue.shift(); r; r = this.#queue.shift()) {
				try {
					await this.#one(t, r, today, owners.has(r.id));
				} catch {
					// The row went away or the database closed (another tab upgraded it): this one
					// keeps its cached figures, and the next visit tries again.
					this.#done.delete(r.id);
				}
				this.remaining -= 1;
				await nextTask();
			}
		} catch {
			// The scoring code or catalog could not load: the list shows what is cached.
			this.#queue = [];
		} finally {
			clearTimeout(timer);
			this.#running = false;
			this.slow = false;
			this.total = 0;
			this.remaining = 0;
		}
	}

	async #one(
		t: Awaited<ReturnType<typeof tools>>,
		r: AssessmentRecord,
		today: string,
		hasSnapshots: boolean
	): Promise<void> {
		this.#done.set(r.id, r.updatedAt);
		const data = await t.readAssessmentData(r.id);
		if (!data) return;
		if (needsSummary(r, today)) {
			const summary = t.computeSummary(t.catalog, data, today);
			this.summaries = new Map(this.summaries).set(r.id, summary);
			// Stored even when the figures are the same, so it is not worked out again today.
			await t.saveSummary(r.id, { ...summary, computedAt: new Date().toISOString() });
		}
		if (hasSnapshots) {
			const snaps = await t.listSnapshots(r.id);
			const trend = t.trendSinceLastSnapshot(t.catalog, data, snaps, today);
			this.trends = new Map(this.trends).set(r.id, trend);
		}
	}
}
