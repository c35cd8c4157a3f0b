// Writing an edited data file safely: the whole dataset is validated with the edit applied (on a
// temporary copy) before anything is written, and the file is replaced atomically (temp + rename).
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, basename } from 'node:path';
import { readDataset } from './data-files.ts';
import type { Problem } from './problems.ts';

/** Every problem the dataset in `dataDir` would have if `file` held `text`, named by the real paths. */
export function problemsWith(dataDir: string, file: string, text: string, today: string): Problem[] {
	const tmp = mkdtempSync(join(tmpdir(), 'batchwise-edit-'));
	try {
		cpSync(dataDir, tmp, { recursive: true });
		const rel = relative(resolve(dataDir), resolve(file));
		if (rel.startsWith('..')) throw new Error(`${file} is not inside ${dataDir}`);
		writeFileSync(join(tmp, rel), text);
		const { problems } = readDataset(tmp, today);
		const tmpLabel = relative(process.cwd(), tmp) || tmp;
		const realLabel = relative(process.cwd(), resolve(dataDir)) || '.';
		return problems.map((p) => (p.file.startsWith(tmpLabel) ? { ...p, file: join(realLabel, p.file.slice(tmpLabel.length)) } : p));
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** Replaces `file` with `text` so readers see the old file or the new one, never half of it. */
export function writeAtomically(file: string, text: string): void {
	const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
	try {
		writeFileSync(tmp, text);
		renameSync(tmp, file);
	} catch (error) {
		rmSync(tmp, { force: true });
		throw error;
	}
}

/** Validates the dataset with the edit applied; writes only when it has no problems. */
export function commitEdit(dataDir: string, file: string, text: string, today: string): Problem[] {
	const problems = problemsWith(dataDir, file, text, today);
	if (!problems.length) writeAtomically(file, text);
	return problems;
}
