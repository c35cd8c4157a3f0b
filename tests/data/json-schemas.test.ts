// The JSON Schema files in schemas/ and the data files' schema lines match src/schemas.ts:
// changing a zod schema without running `npm run schemas` fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectedFiles, outOfDate } from '../../scripts/generate-schemas.ts';
import { generateJsonSchemas, schemaForDataFile, withSchemaLine } from '../../scripts/lib/editor/json-schemas.ts';

test('schemas/ and the data files are up to date (run npm run schemas if not)', () => {
	expect(outOfDate()).toEqual([]);
});

test('each generated schema equals the file on disk', () => {
	for (const [name, text] of Object.entries(generateJsonSchemas())) expect(readFileSync(`schemas/${name}`, 'utf8'), name).toBe(text);
});

describe('the generated schemas describe the data', () => {
	const facts = JSON.parse(generateJsonSchemas()['facts.schema.json']);
	test('a list of strict fact records with the required fields', () => {
		expect(facts.type).toBe('array');
		expect(facts.items.additionalProperties).toBe(false);
		expect(facts.items.required).toEqual(['id', 'provider', 'kind', 'label', 'value', 'verifiedOn', 'sources', 'confidence']);
		expect(facts.items.properties.kind.enum).toContain('rate-limit');
	});
	test('freshness is one object, not a list', () => {
		expect(JSON.parse(generateJsonSchemas()['freshness.schema.json']).type).toBe('object');
	});
});

test.each([
	['facts/openai.yaml', 'facts.schema.json'],
	['models/anthropic.yaml', 'models.schema.json'],
	['providers.yaml', 'providers.schema.json'],
	['claims.yaml', 'claims.schema.json'],
	['freshness.yaml', 'freshness.schema.json'],
	['decision-tree.yaml', undefined],
])('%s → %s', (path, file) => {
	expect(schemaForDataFile(path)?.file).toBe(file);
});

test('every data file starts with its schema line and the line is replaced, not repeated', () => {
	for (const [path, text] of expectedFiles()) if (path.endsWith('.yaml')) expect(readFileSync(path, 'utf8').split('\n')[0], path).toBe(text.split('\n')[0]);
	expect(readFileSync('data/facts/openai.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/facts.schema.json');
	const once = withSchemaLine('# a\n- id: x\n', '../s.json');
	expect(withSchemaLine(once, '../t.json')).toBe('# yaml-language-server: $schema=../t.json\n# a\n- id: x\n');
});
