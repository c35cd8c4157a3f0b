// Validates everything in data/ and prints each problem with its file, record and field.
// Usage: node scripts/check-data.ts [--today YYYY-MM-DD]   (exit 0 when valid, 2 when not)
import { parseArgs } from 'node:util';
import { readDataset } from '../src/lib/data-files.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { todayIso } from '../src/lib/dates.ts';

const { values } = parseArgs({ options: { today: { type: 'string' }, data: { type: 'string', default: 'data' } } });
const { data, problems } = readDataset(values.data!, values.today ?? todayIso());
for (const p of problems) console.error(formatProblem(p));
console.log(
	`${data.providers.length} providers, ${data.facts.length} facts, ${data.models.length} models, ${data.claims.length} claims: ` +
		(problems.length ? `${problems.length} problem(s)` : 'all valid'),
);
process.exitCode = problems.length ? 2 : 0;
