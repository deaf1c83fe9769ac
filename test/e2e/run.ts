/**
 * `npm run test:e2e`: the vendor packages (`npm run pack:vendors`, all five side by side) in real n8n, on every n8n of the matrix (N8N_MATRIX in
 * scripts/dev/runtime.ts: 1.123.81 and 2.40.5 in full, 1.85.4 as the stated minimum). It builds the
 * pack and packs the five vendor packages, installs every n8n it lacks (side by side, into
 * .n8n-e2e/n8n-<version>/), starts the sandbox, and per n8n prepares a user folder (the five vendor
 * packages where n8n's installer puts them, sandbox credentials, every example) and runs the SUITES
 * below that apply to that n8n's role:
 * - examples:  each example with `n8n execute`, checking what it left in the sandbox (minimum: one per vendor)
 * - triggers:  the trigger examples activated in `n8n start`, polls delivering each change once
 * - instant:   the instant (webhook) trigger examples activated in `n8n start`: signed Repzo deliveries
 *              and Cirrus events start one execution each, bad or replayed ones none; deactivation
 *              deletes the Repzo integration; the test URL ("Listen for test event") too
 * - editor:    every node and credential type loads, every credential "Test", and (full) each node
 *              added from the node panel in headless Chromium, screenshotted into test/e2e/screenshots/;
 *              the action list's order, a Repzo picker search, the Cirrus Account Type dropdown,
 *              panel-open times beside HubSpot's (printed, not asserted)
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
 * Ends with the line "N passed, N failed"; exits 1 on any failure, including an n8n install failure.
 */
import { join } from 'path';

import { startSandbox } from '../../sandbox/server';
import { ensureVerdaccio } from '../../scripts/dev/registry';
import { buildPack, freePort, log, N8n, N8N_MATRIX, type N8nRole } from '../../scripts/dev/runtime';
import { prepareWorkspace } from '../../scripts/dev/workspace';
import { packVendors, type VendorPackage } from '../../scripts/pack/vendors';
import { editorSuite } from './editor';
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
	run: (context) => (context.flags.only ? Promise.resolve([]) : checkTriggers({ sandbox: context.sandbox, userFolder: context.workspace.userFolder, examples: context.workspace.examples, n8n: context.n8n })),
};

/** Every suite, in the order they run on each n8n. Add a suite here (one line). */
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
	const outcomes: Outcome[] = [];
	const timings: string[] = [];
	const wanted = option('n8n')?.split(',');
	const matrix = N8N_MATRIX.filter((target) => !wanted || wanted.includes(target.version));
	if (!matrix.length) throw new Error(`--n8n ${String(wanted)}: not in N8N_MATRIX (${N8N_MATRIX.map((target) => target.version).join(', ')})`);
	if (flags.raw.has('--install-only')) return installOnly(matrix.map((target) => new N8n(target.version)));
	if (!flags.raw.has('--no-build')) buildPack();
	const packStarted = Date.now();
	const vendorPackages = packVendors();
	timings.push(`pack:vendors: ${seconds(packStarted)} s (${vendorPackages.map((pack) => pack.name).join(', ')})`);

	// Every n8n installs at once (npm waits on the network as much as on the CPU); each runs as soon as
	// it and the ones before it are ready.
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

	const sandbox = await startSandbox({ catalogs: 'dist', port: 0 });
	log(`Sandbox on ${sandbox.url}: ${[...sandbox.vendors.keys()].join(', ')}`);
	for (const [key, problem] of Object.entries(sandbox.missing)) log(`Sandbox does not serve ${key}: ${problem}`);
	try {
		for (const [index, target] of matrix.entries()) {
			const { n8n, error } = await installs[index];
			const prefix = `[${n8n.label}] `;
			if (error) {
				outcomes.push({ name: `${prefix}install`, ok: false, seconds: 0, detail: error });
				print(outcomes[outcomes.length - 1]);
				continue;
			}
			const began = Date.now();
			await runOn(n8n, target.role, sandbox, vendorPackages, flags, timings, (outcome) => {
				outcome.name = prefix + outcome.name;
				outcomes.push(outcome);
				print(outcome);
			});
			timings.push(`${n8n.label} (${target.role}), all suites: ${seconds(began)} s`);
		}
	} finally {
		await sandbox.close();
	}
	const passed = outcomes.filter((outcome) => outcome.ok).length;
	const failed = outcomes.length - passed;
	process.stdout.write('\n');
	for (const outcome of outcomes) {
		process.stdout.write(`${outcome.ok ? '  ✓' : '  ✗'} ${outcome.name}${outcome.ok ? '' : `\n      ${String(outcome.detail).split('\n').join('\n      ')}`}\n`);
	}
	process.stdout.write(`\nTimings:\n${timings.map((line) => `  ${line}`).join('\n')}\n`);
	log(`e2e took ${seconds(started)} s`);
	process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
	return failed === 0 && passed > 0 ? 0 : 1;
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
	sandbox: Awaited<ReturnType<typeof startSandbox>>,
	vendorPackages: VendorPackage[],
	flags: E2eFlags,
	timings: string[],
	record: (outcome: Outcome) => void,
): Promise<void> {
	const prepared = Date.now();
	const port = await freePort();
	const workspace = await prepareWorkspace(join(n8n.dir, `e2e-home${RUN_SUFFIX}`), sandbox.url, { fresh: true, port, n8n, vendorPackages });
	log(`${n8n.label}: user folder ready in ${seconds(prepared)} s: nodes ${workspace.nodeTypes.join(', ')}`);
	for (const skipped of workspace.skippedExamples) {
		record({ name: skipped.file, ok: false, seconds: 0, detail: `uses node types no vendor package has: ${skipped.missing.join(', ')}` });
	}
	const context: N8nContext = { n8n, role, sandbox, workspace, flags, regularState: new Map(), log: (message) => log(`${n8n.label}: ${message}`) };
	for (const suite of SUITES) {
		if (!suite.roles.includes(role) || (flags.suites && !flags.suites.includes(suite.name))) continue;
		const began = Date.now();
		try {
			for (const outcome of await suite.run(context)) record(outcome);
		} catch (error) {
			record({ name: suite.name, ok: false, seconds: seconds(began), detail: (error as Error).message });
		}
		timings.push(`${n8n.label} ${suite.name}: ${seconds(began)} s`);
	}
}

main()
	.then((code) => process.exit(code))
	.catch((error) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.stdout.write('\n0 passed, 1 failed\n');
		process.exit(1);
	});
