/**
 * `npm run test:e2e`: the vendor packages (`npm run pack:vendors`, all five side by side) in real n8n, on every n8n of the matrix (N8N_MATRIX in
 * scripts/dev/runtime.ts: 1.123.81 and 2.40.5 in full, 1.85.4 as the stated minimum). It builds the
 * pack and packs the five vendor packages once, installs every n8n it lacks (side by side, into
 * .n8n-e2e/n8n-<version>/), and runs the n8n side by side: each, as soon as it is installed, gets a
 * sandbox of its own (suites count the requests and records in it), a user folder (the five vendor
 * packages where n8n's installer puts them, sandbox credentials, every example) and runs the SUITES
 * below that apply to its role, on ports, Redis and registry of its own (their folders are per version
 * and E2E_RUN_SUFFIX). The triggers suite, mostly waiting for n8n's one-minute polls, runs beside its
 * n8n's other suites from the start, on a sandbox and user folder of its own. Then, with nothing else
 * running, one n8n at a time, the editor's panel-open timing.
 * - examples:  each example with `n8n execute`, checking what it left in the sandbox (minimum: one per vendor)
 * - triggers:  the trigger examples activated in `n8n start`, polls delivering each change once
 * - instant:   the instant (webhook) trigger examples activated in `n8n start`: signed Repzo deliveries
 *              and Cirrus events start one execution each, bad or replayed ones none; deactivation
 *              deletes the Repzo integration; the test URL ("Listen for test event") too
 * - editor:    every node and credential type loads, every credential "Test", and (full) each node
 *              added from the node panel in headless Chromium, screenshotted into test/e2e/screenshots/;
 *              the action list's order, a Repzo picker search, the Cirrus Account Type dropdown;
 *              after the side-by-side runs, alone, the panel-open times beside HubSpot's (printed and
 *              saved to panel-times.txt beside the screenshots, not asserted)
 * - schemas:   n8n serves each shipped output schema and previews one in the next node's input (full)
 * - queue:     Redis + main (EXECUTIONS_MODE=queue) + one worker; the examples through webhooks, run
 *              by the worker, leave the same sandbox state as in regular mode; the instant triggers
 *              through main and through a webhook processor, run once by the worker
 * - installer: two vendor packages published to a loopback npm registry and installed through n8n's
 *              own Community Nodes installer
 *
 * Flags: --no-build (use the existing dist/), --n8n <version[,version]>, --suites <name[,name]>,
 * --no-editor, --editor-only, --only <workflowId>, --install-only (install every n8n and the
 * registry, side by side, then stop: CI runs it in the background during npm test).
 * Output lines of the side-by-side runs carry their n8n's version ("[n8n 1.123.81] …", "n8n 2.40.5: …").
 * Ends with the outcomes (grouped by n8n), the Timings (each suite, each n8n, the side-by-side wall time,
 * each panel timing) and the line "N passed, N failed"; exits 1 on any failure, including an n8n install
 * failure.
 */
import { join } from 'path';

import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { ensureVerdaccio } from '../../scripts/dev/registry';
import { buildPack, freePort, log, N8n, N8N_MATRIX, type N8nRole } from '../../scripts/dev/runtime';
import { prepareWorkspace, type Workspace } from '../../scripts/dev/workspace';
import { packVendors, type VendorPackage } from '../../scripts/pack/vendors';
import { editorSuite, panelTimes } from './editor';
import { examplesSuite } from './examples';
import { installerSuite } from './installer';
import { instantSuite } from './instant';
import { queueSuite } from './queue';
import { schemasSuite } from './schemas';
import { RUN_SUFFIX, seconds, type E2eFlags, type N8nContext, type Outcome, type Suite } from './suite';
import { checkTriggers } from './triggers';

/** The trigger examples, activated in `n8n start` (test/e2e/triggers.ts). */
const triggersSuite: Suite = {
	name: 'triggers',
	roles: ['full'],
	// Mostly waiting for n8n's one-minute polls: it runs beside the other suites, which fill the wait.
	apart: true,
	run: (context) => (context.flags.only ? Promise.resolve([]) : checkTriggers({ sandbox: context.sandbox, userFolder: context.workspace.userFolder, examples: context.workspace.examples, n8n: context.n8n })),
};

/** Every suite, in the order they run on each n8n (an `apart` one beside them). Add a suite here (one line). */
export const SUITES: Suite[] = [examplesSuite, triggersSuite, instantSuite, editorSuite, schemasSuite, queueSuite, installerSuite];

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : undefined;
}

function parseFlags(): E2eFlags {
	const raw = new Set(process.argv.slice(2));
	let suites = option('suites')?.split(',');
	if (raw.has('--editor-only')) suites = ['editor'];
	if (raw.has('--no-editor')) suites = (suites ?? SUITES.map((suite) => suite.name)).filter((name) => name !== 'editor');
	return { raw, only: option('only'), suites };
}

function print(outcome: Outcome): void {
	log(`${outcome.ok ? 'PASS' : 'FAIL'} ${outcome.name} (${outcome.seconds} s)${!outcome.ok && outcome.detail ? `\n       ${outcome.detail.split('\n').join('\n       ')}` : ''}`);
}

async function main(): Promise<number> {
	const started = Date.now();
	const flags = parseFlags();
	const timings: string[] = [];
	const wanted = option('n8n')?.split(',');
	const matrix = N8N_MATRIX.filter((target) => !wanted || wanted.includes(target.version));
	if (!matrix.length) throw new Error(`--n8n ${String(wanted)}: not in N8N_MATRIX (${N8N_MATRIX.map((target) => target.version).join(', ')})`);
	if (flags.raw.has('--install-only')) return installOnly(matrix.map((target) => new N8n(target.version)));
	if (!flags.raw.has('--no-build')) buildPack();
	const packStarted = Date.now();
	const vendorPackages = packVendors();
	timings.push(`pack:vendors: ${seconds(packStarted)} s (${vendorPackages.map((pack) => pack.name).join(', ')})`);

	// Every n8n installs at once (npm waits on the network as much as on the CPU); each starts its
	// suites as soon as it is ready, side by side with the others.
	const installStarted = Date.now();
	const installs = matrix.map((target) => {
		const n8n = new N8n(target.version);
		return n8n.ensure({ quiet: true }).then(
			(result) => {
				if (result.installedNow) timings.push(`install ${n8n.label}: ${result.seconds} s (done ${seconds(installStarted)} s after the first started)`);
				return { n8n, error: undefined as string | undefined };
			},
			(error: Error) => ({ n8n, error: error.message }),
		);
	});

	const sideBySide = Date.now();
	const runs = await Promise.all(matrix.map((target, index) => runMajor(installs[index], target.role, vendorPackages, flags)));
	try {
		timings.push(...runs.flatMap((run) => run.timings));
		timings.push(`side by side (${matrix.map((target) => target.version).join(', ')}): ${seconds(sideBySide)} s wall`);
		// The panel-open timing last, one n8n at a time and nothing else running: its figures are
		// compared (ours against HubSpot's) and reported, so they must not share the CPU.
		for (const run of runs) {
			if (!run.timePanels) continue;
			const began = Date.now();
			// Listed where it ran before it was split off: last of the editor's outcomes.
			const rank = SUITES.indexOf(editorSuite) + 0.5;
			try {
				for (const outcome of await panelTimes(run.n8n, run.timePanels)) run.record(outcome, rank);
			} catch (error) {
				run.record({ name: 'editor: panel-open times (printed, not asserted)', ok: false, seconds: seconds(began), detail: (error as Error).message }, rank);
			}
			timings.push(`${run.n8n.label} panel-open timing (alone): ${seconds(began)} s`);
		}
	} finally {
		await Promise.all(runs.map((run) => run.sandbox?.close()));
	}
	const outcomes = runs.flatMap((run) => run.ordered());
	const passed = outcomes.filter((outcome) => outcome.ok).length;
	const failed = outcomes.length - passed;
	process.stdout.write('\n');
	for (const outcome of outcomes) {
		process.stdout.write(`${outcome.ok ? '  ✓' : '  ✗'} ${outcome.name}${outcome.ok ? '' : `\n      ${String(outcome.detail).split('\n').join('\n      ')}`}\n`);
	}
	process.stdout.write(`\nTimings:\n${timings.map((line) => `  ${line}`).join('\n')}\n`);
	log(`e2e took ${seconds(started)} s`);
	// The failures once more, last: CI keeps only the tail of a long run's output, and a failure
	// listed mid-way among 150 outcomes is cut off there.
	const failures = outcomes.filter((outcome) => !outcome.ok);
	if (failures.length > 0) {
		process.stdout.write('\nFailed:\n');
		for (const outcome of failures) {
			const detail = String(outcome.detail).split('\n').slice(0, 12).join('\n      ');
			process.stdout.write(`  ✗ ${outcome.name} (${outcome.seconds} s)\n      ${detail}\n`);
		}
	}
	process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
	return failed === 0 && passed > 0 ? 0 : 1;
}

/** One n8n's part of the run: its outcomes (in the order they came), timings, and what the panel timing needs. */
interface MajorRun {
	n8n: N8n;
	outcomes: Outcome[];
	timings: string[];
	/** Its own sandbox, open until the panel timing is done (the panels' pickers may ask it). */
	sandbox?: SandboxHandle;
	/** The user folder the panel timing runs n8n on (unset: no timing on this n8n). */
	timePanels?: string;
	/** Prints the outcome now; the summary lists them by `rank` (their suite's place in SUITES). */
	record(outcome: Outcome, rank: number): void;
	/** The outcomes, in SUITES order. */
	ordered(): Outcome[];
}

/**
 * Waits for one n8n's install, then runs its suites against a sandbox of its own: the suites reset
 * it and count the requests and records in it, which another n8n's runs would muddle.
 */
async function runMajor(install: Promise<{ n8n: N8n; error?: string }>, role: N8nRole, vendorPackages: VendorPackage[], flags: E2eFlags): Promise<MajorRun> {
	const { n8n, error } = await install;
	const prefix = `[${n8n.label}] `;
	const ranks = new Map<Outcome, number>();
	const run: MajorRun = {
		n8n,
		outcomes: [],
		timings: [],
		record(outcome, rank) {
			outcome.name = prefix + outcome.name;
			run.outcomes.push(outcome);
			ranks.set(outcome, rank);
			print(outcome);
		},
		ordered: () => [...run.outcomes].sort((a, b) => ranks.get(a)! - ranks.get(b)!),
	};
	if (error) {
		run.record({ name: 'install', ok: false, seconds: 0, detail: error }, -1);
		return run;
	}
	const began = Date.now();
	try {
		run.sandbox = await startSandbox({ catalogs: 'dist', port: 0 });
		log(`${n8n.label}: sandbox on ${run.sandbox.url}: ${[...run.sandbox.vendors.keys()].join(', ')}`);
		for (const [key, problem] of Object.entries(run.sandbox.missing)) log(`${n8n.label}: sandbox does not serve ${key}: ${problem}`);
		const userFolder = await runOn(n8n, role, run.sandbox, vendorPackages, flags, run.timings, (outcome, rank) => run.record(outcome, rank));
		if (role === 'full' && (!flags.suites || flags.suites.includes('editor'))) run.timePanels = userFolder;
	} catch (error) {
		run.record({ name: 'user folder', ok: false, seconds: seconds(began), detail: (error as Error).message }, -1);
	}
	run.timings.push(`${n8n.label} (${role}), all suites: ${seconds(began)} s${role === 'full' ? ' (panel timing apart)' : ''}`);
	return run;
}

/** Installs every n8n (and the registry) at once; prints how long each took. */
async function installOnly(versions: N8n[]): Promise<number> {
	const started = Date.now();
	const results = await Promise.allSettled([
		...versions.map((n8n) => n8n.ensure({ quiet: true }).then((result) => `${n8n.label}: ${result.installedNow ? `installed in ${result.seconds} s` : 'already installed'}`)),
		ensureVerdaccio().then((result) => `Verdaccio: ${result.installedNow ? `installed in ${result.seconds} s` : 'already installed'}`),
	]);
	for (const result of results) log(result.status === 'fulfilled' ? result.value : `FAILED ${(result.reason as Error).message}`);
	log(`installs took ${seconds(started)} s (side by side)`);
	return results.every((result) => result.status === 'fulfilled') ? 0 : 1;
}

async function runOn(
	n8n: N8n,
	role: N8nRole,
	sandbox: SandboxHandle,
	vendorPackages: VendorPackage[],
	flags: E2eFlags,
	timings: string[],
	record: (outcome: Outcome, rank: number) => void,
): Promise<string> {
	const prepare = async (name: string, on: SandboxHandle) => {
		const prepared = Date.now();
		const workspace = await prepareWorkspace(join(n8n.dir, `${name}${RUN_SUFFIX}`), on.url, { fresh: true, port: await freePort(), n8n, vendorPackages });
		log(`${n8n.label}: user folder ${name} ready in ${seconds(prepared)} s: nodes ${workspace.nodeTypes.join(', ')}`);
		return workspace;
	};
	const contextOn = (on: SandboxHandle, workspace: Workspace): N8nContext => ({
		n8n,
		role,
		sandbox: on,
		workspace,
		vendorPackages,
		flags,
		regularState: new Map(),
		log: (message) => log(`${n8n.label}: ${message}`),
	});
	const runSuite = async (suite: Suite, context: () => Promise<N8nContext>) => {
		const began = Date.now();
		const rank = SUITES.indexOf(suite);
		try {
			for (const outcome of await suite.run(await context())) record(outcome, rank);
		} catch (error) {
			record({ name: suite.name, ok: false, seconds: seconds(began), detail: (error as Error).message }, rank);
		}
		timings.push(`${n8n.label} ${suite.name}: ${seconds(began)} s${suite.apart ? ' (beside the others, own sandbox and user folder)' : ''}`);
	};
	const wanted = SUITES.filter((suite) => suite.roles.includes(role) && (!flags.suites || flags.suites.includes(suite.name)));
	// A suite `apart` runs beside the others from the start, on a sandbox and a user folder of its own.
	const apart = wanted.filter((suite) => suite.apart).map(async (suite) => {
		let own: SandboxHandle | undefined;
		try {
			await runSuite(suite, async () => {
				own = await startSandbox({ catalogs: 'dist', port: 0 });
				return contextOn(own, await prepare(`e2e-${suite.name}-home`, own));
			});
		} finally {
			await own?.close();
		}
	});
	try {
		const workspace = await prepare('e2e-home', sandbox);
		for (const skipped of workspace.skippedExamples) {
			record({ name: skipped.file, ok: false, seconds: 0, detail: `uses node types no vendor package has: ${skipped.missing.join(', ')}` }, -1);
		}
		const context = contextOn(sandbox, workspace);
		for (const suite of wanted.filter((candidate) => !candidate.apart)) await runSuite(suite, () => Promise.resolve(context));
		return workspace.userFolder;
	} finally {
		await Promise.all(apart);
	}
}

main()
	.then((code) => process.exit(code))
	.catch((error) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.stdout.write('\n0 passed, 1 failed\n');
		process.exit(1);
	});
