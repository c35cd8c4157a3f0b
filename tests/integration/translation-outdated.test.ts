// A translation can never show an outdated value as current (issue 17). One build of a copy of the
// project with a Chinese page citing two translated facts: one whose English has not changed (the page
// shows its translation) and one whose English value was changed after it was translated (the page
// shows the new English with the "being updated" note, never the old translation). The stale report
// lists only the second for editors.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildCopy, copyProject } from '../fixtures/project-copy.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';

const CHANGED = 'anthropic.batch.cancel';
const KEPT = 'anthropic.batch.results-order';
const OLD_CHINESE = '测试译文：处理结束前都可以取消';
const KEPT_CHINESE = '测试译文：不保证顺序';
const NEW_ENGLISH = 'Possible until processing ends; results already finished are kept';

let dir: string;
let remove: () => void;
let build: { status: number | null; output: string };

beforeAll(() => {
	({ dir, remove } = copyProject('batchwise-i18n-'));
	const factsFile = join(dir, 'data/facts/anthropic.yaml');
	const facts = parse(readFileSync(factsFile, 'utf8')) as {
		id: string;
		value: unknown;
		verifiedOn: string;
	}[];
	const english = (id: string) => facts.find((f) => f.id === id)!;
	// Both translated from today's English, whatever the live translations say.
	const zhFile = join(dir, 'data/i18n/zh.yaml');
	const zh = parse(readFileSync(zhFile, 'utf8'));
	for (const [id, value] of [
		[CHANGED, OLD_CHINESE],
		[KEPT, KEPT_CHINESE],
	])
		zh.facts[id] = {
			label: '测试标签',
			value,
			translatedFrom: { verifiedOn: english(id).verifiedOn, value: english(id).value },
		};
	writeFileSync(zhFile, stringify(zh));
	// Then the English of one changes (a hand edit of the value, its short form dropped).
	const text = readFileSync(factsFile, 'utf8');
	const edited = text.replace(
		/(- id: anthropic\.batch\.cancel\n(?:  .*\n)*?)  short: .*\n  value: >-\n(?:    .*\n)+/,
		(_, head: string) => `${head}  value: ${NEW_ENGLISH}\n`
	);
	expect(edited).not.toBe(text);
	writeFileSync(factsFile, edited);
	const page = (title: string) =>
		`---\ntitle: ${title}\ndescription: A page used by the translation test.\npurpose: Cites two translated facts in running text.\n---\n\n<FactValue id="${KEPT}" />\n\n<FactValue id="${CHANGED}" />\n`;
	writeFileSync(join(dir, 'content/guides/test.mdx'), page('Test page'));
	mkdirSync(join(dir, 'content/zh/guides'), { recursive: true });
	writeFileSync(join(dir, 'content/zh/guides/test.mdx'), page('测试页面'));
	build = buildCopy(dir);
}, 180_000);
afterAll(() => remove());

/** The rendered FactValue of `id` on a built page. */
function factOn(path: string, id: string): string {
	const html = readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
	return (
		new RegExp(`<span class="fact" data-fact="${id.replaceAll('.', '\\.')}"[^>]*>[^<]*`).exec(
			html
		)?.[0] ?? ''
	);
}

test('the build succeeds', () => expect(build.status, build.output).toBe(0));

test('a translation whose English has not changed is shown, with no note', () => {
	expect(factOn('zh/guides/test', KEPT)).toContain(KEPT_CHINESE);
	expect(factOn('zh/guides/test', KEPT)).not.toContain('data-translation');
});

test('after the English value changed, the Chinese page shows the new English with the note, never the old translation', () => {
	const zh = readFileSync(join(dir, 'dist/zh/guides/test/index.html'), 'utf8');
	expect(factOn('zh/guides/test', CHANGED)).toContain('data-translation="outdated"');
	expect(factOn('zh/guides/test', CHANGED)).toContain(NEW_ENGLISH);
	expect(zh).not.toContain(OLD_CHINESE);
	expect(zh).toContain(STRINGS.zh['translation.updating']);
	// The English page just shows the new value.
	expect(factOn('guides/test', CHANGED)).toContain(NEW_ENGLISH);
	expect(factOn('guides/test', CHANGED)).not.toContain('data-translation');
});

test('the stale report lists the outdated translation for editors, and only that one', () => {
	const report = spawnSync(
		process.execPath,
		[
			'scripts/check-stale-facts.ts',
			'--translations',
			'--json',
			'--data',
			join(dir, 'data'),
			'--today',
			'2026-12-01',
		],
		{ encoding: 'utf8' }
	);
	expect(report.status, report.stderr).toBe(0);
	expect(report.stdout).toContain(CHANGED);
	expect(report.stdout).not.toContain(KEPT);
});
