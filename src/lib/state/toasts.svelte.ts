/** Short-lived messages with an optional action (such as Undo). */

export interface Toast {
	id: number;
	message: string;
	actionLabel?: string;
	action?: () => void | Promise<void>;
	/** Runs when the toast goes away without its action being used. */
	onExpire?: () => void | Promise<void>;
}

class Toasts {
	items = $state<Toast[]>([]);
	#next = 1;
	#timers = new Map<number, ReturnType<typeof setTimeout>>();

	show(toast: Omit<Toast, 'id'>, timeoutMs = 10_000): number {
		const id = this.#next++;
		this.items.push({ ...toast, id });
		this.#timers.set(
			id,
			setTimeout(() => void this.expire(id), timeoutMs)
		);
		return id;
	}

	async act(id: number): Promise<void> {
		const t = this.#remove(id);
		await t?.action?.();
	}

	async expire(id: number): Promise<void> {
		const t = this.#remove(id);
		await t?.onExpire?.();
	}

	#remove(id: number): Toast | undefined {
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
		const t = this.items.find((x) => x.id === id);
		this.items = this.items.filter((x) => x.id !== id);
		return t;
	}
}

export const toasts = new Toasts();
