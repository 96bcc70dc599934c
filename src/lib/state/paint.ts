/**
 * Lets the browser paint a progress message before a long synchronous step (parsing or checking
 * an imported file). A hidden tab does not paint, so a timer stands in for the frame there.
 */
export function paint(): Promise<void> {
	return new Promise((resolve) => {
		const done = () => setTimeout(resolve, 0);
		requestAnimationFrame(done);
		setTimeout(done, 100);
	});
}
