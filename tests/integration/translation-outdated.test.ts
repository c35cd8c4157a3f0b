// A translation can never show an outdated value as current (issue 17): a Chinese page citing a fact
// shows its current translation; once the English value changes, the same page shows the new English
// with the "being updated" note, and the stale report lists the translation for editors.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildCopy, copyProject } from '../fixtures/project-copy.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';

const ID = 'anthropic.batch.cancel';
const TRANSLATED = '测试译文：处理结束前都可以取消';
const NEW_ENGLISH = 'Possible until processing ends; results already finished are kept';

let dir: string;
let remove: () => void;
const factsFile = () => join(dir, 'data/facts/anthropic.yaml');
const zhPage = () => readFileSync(join(dir, 'dist/zh/guides/test/index.html'), 'utf8');
const enPage = () => readFileSync(join(dir, 'dist/guides/test/index.html'), 'utf8');

beforeAll(() => {
	({ dir, remove } = copyProject('batchwise-i18n-'));
	// The fact's translation, made from today's English (so it starts current whatever the live data says).
	const facts = parse(readFileSync(factsFile(), 'utf8')) as {
		id: string;
		value: unknown;
		verifiedOn: string;
	}[];
	const fact = facts.find((f) => f.id === ID)!;
	const zhFile = join(dir, 'data/i18n/zh.yaml');
	const zh = parse(readFileSync(zhFile, 'utf8'));
	zh.facts[ID] = {
		label: '取消批处理',
		value: TRANSLATED,
		translatedFrom: { verifiedOn: fact.verifiedOn, value: fact.value },
	};
	writeFileSync(zhFile, stringify(zh));
	const page = (title: string) =>
		`---\ntitle: ${title}\ndescription: A page used by the translation test.\npurpose: Cites one translated fact in running text.\n---\n\n<FactValue id="${ID}" />\n`;
	writeFileSync(join(dir, 'content/guides/test.mdx'), page('Test page'));
	mkdirSync(join(dir, 'content/zh/guides'), { recursive: true });
	writeFileSync(join(dir, 'content/zh/guides/test.mdx'), page('测试页面'));
}, 60_000);
afterAll(() => remove());

const staleTranslations = () =>
	spawnSync(
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
		{
			encoding: 'utf8',
		}
	);

test(
	'while the translation is current, the Chinese page shows it, with no note',
	{ timeout: 120_000 },
	() => {
		const { status, output } = buildCopy(dir);
		expect(status, output).toBe(0);
		expect(zhPage()).toContain(TRANSLATED);
		expect(zhPage()).not.toContain('data-translation="outdated"');
		expect(staleTranslations().stdout).not.toContain(ID);
	}
);

test(
	'after the English value changes, the Chinese page shows the new English with the note, and the report lists it',
	{ timeout: 120_000 },
	() => {
		const facts = readFileSync(factsFile(), 'utf8');
		const edited = facts.replace(
			/(- id: anthropic\.batch\.cancel\n(?:  .*\n)*?)  short: .*\n  value: >-\n(?:    .*\n)+/,
			(_, head: string) => `${head}  value: ${NEW_ENGLISH}\n`
		);
		expect(edited).not.toBe(facts);
		writeFileSync(factsFile(), edited);

		const { status, output } = buildCopy(dir);
		expect(status, output).toBe(0);
		const zh = zhPage();
		expect(zh).toContain(NEW_ENGLISH);
		expect(zh).not.toContain(TRANSLATED);
		expect(zh).toContain('data-translation="outdated"');
		expect(zh).toContain(STRINGS.zh['translation.updating']);
		// The English page just shows the new value.
		expect(enPage()).toContain(NEW_ENGLISH);
		expect(enPage()).not.toContain('data-translation');

		const report = staleTranslations();
		expect(report.status, report.stderr).toBe(0);
		expect(report.stdout).toContain(ID);
	}
);
