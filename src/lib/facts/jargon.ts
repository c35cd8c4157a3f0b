// Research words readers must never see, checked in data (rules.ts), the wizard's text, the FAQ and the
// content pages (tests/unit/reader-text.test.ts).

/**
 * Research words readers must never see: docs mirrors, commits and their hashes, repositories, file
 * paths. Ordinary English stays allowed ("commit a budget", "registry mirrors", "commits to a window").
 */
const JARGON = new RegExp(
	[
		String.raw`\b(?:docs?|documentation|research)[- ]mirrors?\b`,
		String.raw`\bthe [\w-]+ mirror\b`,
		String.raw`\bmirror(?:ed)? (?:at|copy|snapshot)\b`,
		String.raw`\bat commit\b`,
		String.raw`\bcommits? (?:hash|id|sha)\b`,
		String.raw`\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b`,
		String.raw`\brepo(?:s|sitory|sitories)?\b`,
		String.raw`github\.com`,
		String.raw`\b[\w-]+\/[\w.-]+-docs\b`,
		String.raw`\bdossier\b`,
		String.raw`\bwayback\b`,
		String.raw`\bpull request\b`,
		String.raw`(?<![\w/.:-])[\w-]+\/[\w./-]*\.(?:ya?ml|json|mdx?|ts|js|py)\b`,
		String.raw`\bdata\/(?:facts|models)\b`,
	].join('|'),
	'i'
);

/** The first research word in a reader-facing text, if any. */
export function findJargon(text: string): string | undefined {
	return JARGON.exec(text)?.[0];
}
