/**
 * The one place Chart.js is loaded. Registers just the controllers, elements, scales and plugins
 * the app draws, so the bundle leaves the rest of Chart.js out; every drawing module takes `Chart`
 * from here, so it is registered before the first chart whichever module draws it.
 */
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DoughnutController,
	Filler,
	Legend,
	LinearScale,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	RadarController,
	RadialLinearScale,
	PointElement,
	LineElement,
	Filler,
	DoughnutController,
	ArcElement,
	Tooltip,
	Legend
);

export { Chart };
