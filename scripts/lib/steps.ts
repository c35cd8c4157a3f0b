// Runs a plan of npm scripts in stages: the lanes of a stage run side by side, each lane's steps one
// after another, and the next stage starts once every lane has passed. Each step's output is held
// and printed whole when it ends, so two lanes never interleave their lines. The first failure stops
// the run: the steps still running are stopped (their whole process group), nothing more starts,
// and the failed step's output is printed in full.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Step {
	/** The npm script to run. */
	script: string;
	/** How the step is named in the log, when not by its script. */
	label?: string;
	/** Added to the environment of this step only. */
	env?: Record<string, string>;
}
export type Lane = Step[];
export type Stage = Lane[];

export interface StepResult {
	label: string;
	/** "passed", "failed" (with its exit code or signal) or "stopped" because another step failed. */
	outcome: 'passed' | 'failed' | 'stopped';
	detail: string;
	seconds: number;
}

export interface RunOptions {
	/** One step at a time, in plan order (for a busy machine, or to read the log in order). */
	serial?: boolean;
	log?: (text: string) => void;
	/** The command for a step; `npm run --silent <script>` unless a test says otherwise. */
	command?: (step: Step) => { file: string; args: string[] };
}

export async function runStages(
	stages: Stage[],
	options: RunOptions = {}
): Promise<{ ok: boolean; results: StepResult[] }> {
	const log = options.log ?? ((text: string) => process.stdout.write(text));
	const command =
		options.command ?? ((step: Step) => ({ file: 'npm', args: ['run', '--silent', step.script] }));
	const results: StepResult[] = [];
	const running = new Set<ChildProcess>();
	const stopped = new Set<ChildProcess>();
	let failed = false;
	const stopAll = () => {
		for (const child of running) {
			stopped.add(child);
			try {
				// The group: npm, the script and whatever it started (a build, a browser, Java).
				process.kill(-child.pid!, 'SIGTERM');
			} catch {
				/* already gone */
			}
		}
	};
	// Stopped from outside (Ctrl-C, CI's timeout): take the steps down too.
	const onSignal = (signal: NodeJS.Signals) => {
		stopAll();
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	const runStep = (step: Step) =>
		new Promise<void>((done) => {
			const label = step.label ?? step.script;
			const started = Date.now();
			const { file, args } = command(step);
			const child = spawn(file, args, {
				env: { ...process.env, ...step.env },
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: true,
			});
			running.add(child);
			const output: Buffer[] = [];
			child.stdout!.on('data', (chunk: Buffer) => output.push(chunk));
			child.stderr!.on('data', (chunk: Buffer) => output.push(chunk));
			log(`▶ ${label}\n`);
			let finished = false;
			// A process that cannot start reports an error, and may report closing as well: count it once.
			const finish = (code: number | null, signal: string | null, error?: Error) => {
				if (finished) return;
				finished = true;
				running.delete(child);
				const seconds = (Date.now() - started) / 1000;
				const outcome = code === 0 ? 'passed' : stopped.has(child) ? 'stopped' : 'failed';
				const detail = error
					? `could not start: ${error.message}`
					: code === 0
						? ''
						: signal
							? `signal ${signal}`
							: `exit code ${code}`;
				results.push({ label, outcome, detail, seconds });
				const text = Buffer.concat(output).toString('utf8');
				if (outcome === 'stopped')
					log(`■ ${label}: stopped after ${seconds.toFixed(1)} s (another step failed)\n`);
				else
					log(
						`■ ${label}: ${outcome}${detail ? ` (${detail})` : ''} in ${seconds.toFixed(1)} s\n${text}${text && !text.endsWith('\n') ? '\n' : ''}`
					);
				if (outcome === 'failed') {
					failed = true;
					stopAll();
				}
				done();
			};
			child.once('error', (error) => finish(null, null, error));
			child.once('close', (code, signal) => finish(code, signal));
		});

	const runLane = async (lane: Lane) => {
		for (const step of lane) {
			if (failed) return;
			await runStep(step);
		}
	};

	try {
		// --serial: each stage as one lane, its steps in the order the plan lists them.
		const plan = options.serial ? stages.map((stage) => [stage.flat()]) : stages;
		for (const stage of plan) {
			await Promise.all(stage.map(runLane));
			if (failed) break;
		}
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	}
	return { ok: !failed, results };
}

/** The closing table: each step, its outcome and time. */
export function summary(results: StepResult[], seconds: number): string {
	const width = Math.max(...results.map((r) => r.label.length), 4);
	const lines = results.map(
		(r) =>
			`  ${r.label.padEnd(width)}  ${r.outcome.padEnd(7)}  ${r.seconds.toFixed(1).padStart(6)} s${r.detail ? `  ${r.detail}` : ''}`
	);
	return `${lines.join('\n')}\n  ${'all'.padEnd(width)}  ${results.every((r) => r.outcome === 'passed') ? 'passed' : 'failed'}   ${seconds.toFixed(1).padStart(6)} s (wall)\n`;
}
