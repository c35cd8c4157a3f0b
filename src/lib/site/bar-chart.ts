// Geometry for simple horizontal bar charts drawn as inline SVG (no JavaScript).

export interface Bar {
	label: string;
	/** One value per series; undefined when unknown (drawn as a gap and said in words). */
	values: (number | undefined)[];
}

export interface BarLayout {
	width: number;
	height: number;
	/** Room left of the bars for the row labels, widened to fit the longest one. */
	labelWidth: number;
	rows: {
		label: string;
		y: number;
		bars: { x: number; y: number; width: number; height: number; value?: number; series: number }[];
	}[];
	max: number;
}

/** Lays out grouped bars: one row per item, one bar per series, scaled to the largest value. */
export function layoutBars(
	items: Bar[],
	opts: { width?: number; labelWidth?: number; barHeight?: number; gap?: number } = {}
): BarLayout {
	const { width = 640, barHeight = 12, gap = 10 } = opts;
	// Labels are drawn at 11px: about 6.5 units a character, so a long model name never runs into its bars.
	const labelWidth = Math.max(
		opts.labelWidth ?? 170,
		...items.map((i) => Math.ceil(i.label.length * 6.5) + 8)
	);
	const series = Math.max(1, ...items.map((i) => i.values.length));
	const max = Math.max(
		0,
		...items.flatMap((i) =>
			i.values.filter((v): v is number => v !== undefined && Number.isFinite(v))
		)
	);
	const plot = width - labelWidth - 70; // room for the value label after each bar
	const rowHeight = series * barHeight + gap;
	const rows = items.map((item, r) => ({
		label: item.label,
		y: r * rowHeight,
		bars: item.values.map((value, s) => ({
			x: labelWidth,
			y: r * rowHeight + s * barHeight,
			width: value === undefined || max === 0 ? 0 : Math.max(1, (value / max) * plot),
			height: barHeight - 2,
			value,
			series: s,
		})),
	}));
	return { width, height: items.length * rowHeight, labelWidth, rows, max };
}
