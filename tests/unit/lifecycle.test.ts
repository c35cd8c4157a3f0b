// Model lifecycle judged on a fixed date, on the lifecycle fixtures (Gamma's models): the status words,
// the calculator's warnings (retired, within 60 days with its 60/61-day edges, none), the lifetimes a
// model sells, the wizard's refusal of retired models, the retirements list, its JSON and its calendar.
import { afterAll, describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
	daysLeftText,
	lifecycleOn,
	lifecycleText,
	lifecycleWarning,
	RETIREMENT_WARNING_DAYS,
	withLifecycle,
} from '../../src/lib/facts/lifecycle.ts';
import { addDays } from '../../src/lib/site/dates.ts';
import { estimateCost, toCostModel } from '../../src/lib/calculator/cost.ts';
import * as results from '../../src/lib/calculator/results-html.ts';
import type { CostModel, ModelCost, Ttl } from '../../src/lib/calculator/cost.ts';
import { islandStrings } from '../../src/lib/i18n/strings.ts';

// The calculator's functions with the English page's words.
const EN = { locale: 'en' as const, w: islandStrings('en', 'calculator') };
const lifecycleNotice = (m: CostModel) => results.lifecycleNotice(m, EN);
const renderResults = (r: ModelCost[], s: results.CalcScenario) =>
	results.renderResults(r, s, [], EN);
const renderTtlChoices = (offered: Ttl[], checked: Ttl | undefined) =>
	results.renderTtlChoices(offered, checked, EN);
const statusSuffix = (m: CostModel) => results.statusSuffix(m, EN);
const statusWords = (m: CostModel) => results.statusWords(m, EN);
import { parseCalculatorQuery, DEFAULT_SCENARIO } from '../../src/lib/calculator/query.ts';
import { modelsDocument } from '../../src/lib/publish/json-api.ts';
import { collectRetirements, retirementsDocument } from '../../src/lib/publish/retirements.ts';
import { checkTree } from '../../src/lib/wizard/rules.ts';
import { readDataset } from '../../src/lib/facts/read.ts';
import { formatProblem } from '../../src/lib/facts/problems.ts';
import {
	ApiModelsSchema,
	ApiRetirementsSchema,
	type DecisionTree,
	type Model,
} from '../../src/schemas.ts';
import { lifecycleData, siteDataFrom } from '../fixtures/temp-data.ts';

const fixture = lifecycleData();
afterAll(() => fixture.cleanup());
const TODAY = '2026-12-01';
const site = siteDataFrom(fixture.dir, TODAY);
const raw = readDataset(fixture.dir, TODAY);
const model = (id: string): Model => raw.data.models.find((m) => m.record.id === id)!.record;
const costModel = (id: string, today = TODAY) => toCostModel(model(id), site.freshness, today);

test('the lifecycle fixtures are valid data', () => {
	expect(raw.problems).toEqual([]);
});

describe('lifecycleOn', () => {
	test('past its shutdown day a model is retired, whatever its recorded status', () => {
		expect(model('gamma-classic').status).toBe('deprecated');
		expect(lifecycleOn(model('gamma-classic'), TODAY)).toEqual({
			status: 'retired',
			deprecatedOn: '2026-01-15',
			retiresOn: '2026-04-20',
			daysLeft: -225,
			warn: true,
		});
		// On the shutdown day itself it no longer answers.
		expect(lifecycleOn(model('gamma-sunset'), '2026-12-11')).toMatchObject({
			status: 'retired',
			daysLeft: 0,
		});
		expect(lifecycleOn(model('gamma-sunset'), '2026-12-10')).toMatchObject({
			status: 'deprecated',
			daysLeft: 1,
		});
	});
	test('a model with a shutdown date is deprecated before it; one without keeps its recorded status', () => {
		expect(lifecycleOn(model('gamma-sunset'), TODAY)).toEqual({
			status: 'deprecated',
			deprecatedOn: '2026-09-01',
			retiresOn: '2026-12-11',
			daysLeft: 10,
			warn: true,
		});
		expect(lifecycleOn(model('gamma-long'), TODAY)).toEqual({ status: 'active', warn: false });
		expect(lifecycleOn({ status: 'legacy', deprecatedOn: '2027-01-01' }, TODAY)).toEqual({
			status: 'legacy',
			deprecatedOn: '2027-01-01',
			warn: false,
		});
		expect(lifecycleOn({ status: 'legacy', deprecatedOn: '2026-11-01' }, TODAY).status).toBe(
			'deprecated'
		);
	});
	test('warns from exactly 60 days before the shutdown, not at 61', () => {
		expect(RETIREMENT_WARNING_DAYS).toBe(60);
		const later = model('gamma-later'); // shuts down 2027-01-31
		expect(lifecycleOn(later, addDays('2027-01-31', -61))).toMatchObject({
			daysLeft: 61,
			warn: false,
			status: 'deprecated',
		});
		expect(lifecycleOn(later, addDays('2027-01-31', -60))).toMatchObject({
			daysLeft: 60,
			warn: true,
		});
	});
	test('withLifecycle replaces only the status, and returns the same object when nothing changes', () => {
		const long = model('gamma-long');
		expect(withLifecycle(long, TODAY)).toBe(long);
		expect(withLifecycle(model('gamma-classic'), TODAY)).toMatchObject({
			id: 'gamma-classic',
			status: 'retired',
			retiresOn: '2026-04-20',
		});
		// Pages get judged statuses from the site data.
		expect(site.models.find((m) => m.id === 'gamma-classic')!.status).toBe('retired');
		expect(site.models.find((m) => m.id === 'gamma-sunset')!.status).toBe('deprecated');
	});
});

describe('wording', () => {
	test('one status wording with dates', () => {
		expect(lifecycleText(lifecycleOn(model('gamma-classic'), TODAY))).toBe('Retired 20 Apr 2026');
		expect(lifecycleText(lifecycleOn(model('gamma-sunset'), TODAY))).toBe(
			'Deprecated 1 Sep 2026, shuts down 11 Dec 2026'
		);
		expect(lifecycleText({ status: 'legacy' })).toBe('Legacy');
		expect(lifecycleText({ status: 'active' })).toBe('Active');
		expect(statusSuffix(costModel('gamma-classic'))).toBe(' (retired 20 Apr 2026)');
		expect(statusSuffix(costModel('gamma-long'))).toBe('');
		expect(statusWords(costModel('gamma-sunset'))).toBe(
			'deprecated 1 Sep 2026, shuts down 11 Dec 2026'
		);
	});
	test.each([
		[0, 'today'],
		[1, 'tomorrow'],
		[10, 'in 10 days'],
	])('%i days left reads "%s"', (days, text) => expect(daysLeftText(days)).toBe(text));
});

describe('calculator warnings', () => {
	test('a retired model: the vendor no longer serves it', () => {
		expect(lifecycleWarning('Gamma Classic', lifecycleOn(model('gamma-classic'), TODAY))).toBe(
			'Gamma Classic was retired on 20 Apr 2026: the vendor no longer serves it.'
		);
		const html = lifecycleNotice(costModel('gamma-classic'));
		expect(html).toContain('data-lifecycle="retired"');
		expect(html).toContain('Retired:</strong> Gamma Classic was retired on 20 Apr 2026');
	});
	test('a model shutting down within 60 days: the date and the days left', () => {
		expect(lifecycleWarning('Gamma Sunset', lifecycleOn(model('gamma-sunset'), TODAY))).toBe(
			'Gamma Sunset shuts down on 11 Dec 2026, in 10 days.'
		);
		expect(lifecycleNotice(costModel('gamma-later', '2026-12-02'))).toContain(
			'Gamma Later shuts down on 31 Jan 2027, in 60 days.'
		);
	});
	test('none at 61 days, nor for a model without a shutdown date', () => {
		expect(lifecycleNotice(costModel('gamma-later', '2026-12-01'))).toBe('');
		expect(
			lifecycleWarning('Gamma Later', lifecycleOn(model('gamma-later'), '2026-12-01'))
		).toBeUndefined();
		expect(lifecycleNotice(costModel('gamma-long'))).toBe('');
	});
	test('the results carry the warning for the chosen and the compared model, and say which lifetime was billed', () => {
		const s = { ...DEFAULT_SCENARIO, model: 'gamma-sunset', compare: 'gamma-classic' };
		const html = renderResults(
			[estimateCost(costModel('gamma-sunset'), s), estimateCost(costModel('gamma-classic'), s)],
			s
		);
		expect(html).toMatch(
			/<section class="calc-col" data-model="gamma-sunset"[^]*data-lifecycle="deprecated"[^]*in 10 days\./
		);
		expect(html).toMatch(
			/<section class="calc-col" data-model="gamma-classic"[^]*data-lifecycle="retired"/
		);
		expect(html).toContain('<span class="badge" data-status="deprecated">Deprecated</span>');
		expect(html).toContain(
			'<p class="calc-ttl" data-ttl="5m">Cache writes are billed at the 5-minute lifetime.</p>'
		);
		// Gamma Classic sells no cache writes: nothing to say about a lifetime.
		expect(html.split('data-model="gamma-classic"')[1]).not.toContain('calc-ttl');
	});
});

describe('cache-write lifetimes per model', () => {
	test('the form offers the lifetimes the model sells, labelled once', () => {
		expect(renderTtlChoices(['30m', '12h'], '30m')).toBe(
			'<label><input type="radio" name="ttl" value="30m" checked> 30 minutes</label><label><input type="radio" name="ttl" value="12h"> 12 hours</label>'
		);
		expect(renderTtlChoices(['5m', '1h'], '1h')).toContain('value="1h" checked> 1 hour');
		expect(renderTtlChoices([], undefined)).toContain('data-no-ttl');
	});
	test('an old link asking for 5 minutes on a 30-minute model is billed at 30 minutes, and says so', () => {
		const { params, messages } = parseCalculatorQuery(
			'model=gamma-long&ttl=5m',
			site.models.map((m) => m.id)
		);
		expect(messages).toEqual([]);
		const result = estimateCost(costModel('gamma-long'), params);
		expect(result.ttl).toBe('30m');
		const html = renderResults([result], params);
		expect(html).toContain('data-ttl="30m">Cache writes are billed at the 30-minute lifetime.');
		expect(html).toMatch(/sells no 5-minute cache write; its 30-minute write/);
		expect(html).toContain('Batch cache write (30 min): $1.25/MTok');
	});
	test.each(['5m', '30m', '1h', '12h'])('ttl=%s is accepted from a URL', (ttl) => {
		expect(parseCalculatorQuery(`model=gamma-long&ttl=${ttl}`, ['gamma-long']).params.ttl).toBe(
			ttl
		);
	});
	test('12 hours is billed at the 12-hour price', () => {
		const s = { ...DEFAULT_SCENARIO, model: 'gamma-long', ttl: '12h' as const };
		const html = renderResults([estimateCost(costModel('gamma-long'), s)], s);
		expect(html).toContain('Real-time cache write (12 h): $4.00/MTok');
		expect(html).toContain('(the rest write it, 12-hour lifetime)');
	});
});

describe('JSON API', () => {
	test('models.json judges lifecycle on the build date and adds launch and deprecation dates', () => {
		const doc = ApiModelsSchema.parse(modelsDocument(site));
		const byId = new Map(doc.models.map((m) => [m.id, m]));
		expect(byId.get('gamma-classic')).toMatchObject({
			lifecycle: 'retired',
			deprecatedOn: '2026-01-15',
			retiresOn: '2026-04-20',
		});
		expect(byId.get('gamma-sunset')).toMatchObject({
			lifecycle: 'deprecated',
			retiresOn: '2026-12-11',
		});
		expect(byId.get('gamma-long')).toMatchObject({ lifecycle: 'active', launchedOn: '2026-06-01' });
		expect(byId.get('gamma-long')).not.toHaveProperty('retiresOn');
		// The same data judged on an earlier day.
		const before = ApiModelsSchema.parse(modelsDocument(siteDataFrom(fixture.dir, '2026-04-19')));
		expect(before.models.find((m) => m.id === 'gamma-classic')!.lifecycle).toBe('deprecated');
	});
	test('retirements.json: upcoming soonest first, then past newest first, each with its source', () => {
		const doc = ApiRetirementsSchema.parse(retirementsDocument(site));
		expect(doc.retirements.map((r) => [r.id, r.lifecycle, r.daysLeft])).toEqual([
			['gamma-sunset', 'deprecated', 10],
			['gamma-later', 'deprecated', 61],
			['gamma-classic', 'retired', -225],
		]);
		expect(doc.retirements[0]).toMatchObject({
			fact: 'gamma.models.lifecycle',
			verifiedOn: '2026-11-01',
			sources: [{ url: 'https://docs.gamma.example/deprecations' }],
		});
		const { upcoming, past } = collectRetirements(siteDataFrom(fixture.dir, '2026-12-20'));
		expect(upcoming.map((r) => r.model.id)).toEqual(['gamma-later']);
		expect(past.map((r) => r.model.id)).toEqual(['gamma-sunset', 'gamma-classic']);
	});
});

describe('the wizard never recommends a retired model', () => {
	const tree = (model: string, compare?: string): DecisionTree => ({
		questions: [
			{
				id: 'size',
				key: 'size',
				type: 'choice',
				prompt: 'How big is the job?',
				options: [
					{ value: 'small', label: 'Small', next: 'pick-small' },
					{ value: 'large', label: 'Large', next: 'pick-large' },
				],
			},
		],
		outcomes: ['pick-small', 'pick-large'].map((id) => ({
			id,
			candidate: 'either' as const,
			title: 'Either batch API',
			alternative: { label: 'Real time', when: 'When it is urgent.' },
			why: [{ text: 'Batch halves the price.', facts: ['gamma.batch.discount'] }],
			facts: [],
			whatWouldChange: ['A new discount.'],
			...(id === 'pick-large'
				? { calculator: { family: 'main', ...(compare ? { compare: 'other' } : {}) } }
				: {}),
		})),
		checks: { zdrFacts: {}, modalityEndpoints: {} },
		models: [
			{ family: 'main', text: model },
			...(compare ? [{ family: 'other', text: compare }] : []),
		],
	});
	// As recorded (not already judged), so each check judges them on its own day.
	const models = new Map(raw.data.models.map((m) => [m.record.id, m.record]));
	test('a retired calculator model fails, naming the outcome, the model and the date', () => {
		const problems = checkTree(tree('gamma-long', 'gamma-classic'), site.facts, models, TODAY);
		expect(problems).toEqual([
			expect.objectContaining({ id: 'model-for-other', field: 'text', rule: 'no-retired-models' }),
		]);
		expect(formatProblem(problems[0])).toMatch(
			/"model-for-other", field "text": recommends model "gamma-classic", which is retired since 20 Apr 2026 \(2026-04-20\)/
		);
	});
	test('a model still served (even one shutting down soon) passes; judged on the day given', () => {
		expect(checkTree(tree('gamma-sunset'), site.facts, models, TODAY)).toEqual([]);
		expect(
			checkTree(tree('gamma-sunset'), site.facts, models, '2026-12-11').map((p) => p.rule)
		).toEqual(['no-retired-models']);
		expect(checkTree(tree('gamma-classic'), site.facts, models, '2026-04-19')).toEqual([]);
	});
	test('reading data/ refuses such a tree (the data check and the build)', () => {
		writeFileSync(join(fixture.dir, 'decision-tree.yaml'), stringify(tree('gamma-classic')));
		const { problems } = readDataset(fixture.dir, TODAY);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/decision-tree\.yaml: "model-for-main", field "text": recommends model "gamma-classic", which is retired since 20 Apr 2026/
			),
		]);
		writeFileSync(
			join(fixture.dir, 'decision-tree.yaml'),
			stringify(tree('gamma-sunset', 'gamma-long'))
		);
		expect(readDataset(fixture.dir, TODAY).problems).toEqual([]);
	});
});
