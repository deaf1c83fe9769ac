/**
 * `npm run test:e2e`: builds the pack, starts the sandbox and a headless n8n 1.123 (installed into
 * .n8n-e2e/ on first use), imports every example workflow, runs each with `n8n execute`, and checks
 * what it left in the sandbox. Then (unless --no-editor) opens the n8n editor in headless Chromium
 * and screenshots each node's parameter panel into test/e2e/screenshots/, and runs the credential
 * "Test" of every sandbox credential through n8n's REST API.
 *
 * Flags: --no-build (use the existing dist/), --no-editor, --editor-only, --only <workflowId>.
 * Ends with the line "N passed, N failed"; exits 1 on any failure, including an n8n install failure.
 */
import { join } from 'path';

import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { buildPack, ensureN8n, freePort, log, n8nEnv, RUNTIME_DIR, runN8n } from '../../scripts/dev/runtime';
import { prepareWorkspace } from '../../scripts/dev/workspace';
import { checkEditor } from './editor';
import { parseExecution } from './execution';
import { checkTriggers } from './triggers';
import { SCENARIOS, type ScenarioContext } from './scenarios';

interface Outcome {
	name: string;
	ok: boolean;
	seconds: number;
	detail?: string;
}

const flags = new Set(process.argv.slice(2));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

function seconds(since: number): number {
	return Math.round((Date.now() - since) / 100) / 10;
}

function context(sandbox: SandboxHandle, run: ScenarioContext['run']): ScenarioContext {
	const vendor = (key: string) => {
		const found = sandbox.vendors.get(key);
		if (!found) throw new Error(`The sandbox does not serve ${key}`);
		return found;
	};
	return {
		run,
		sandbox,
		requests: (key, method, path) =>
			sandbox.requests.filter((entry) => entry.vendor === key && (!method || entry.method === method) && (!path || entry.path === path)),
		stats: (key, collection) => vendor(key).collection(collection).stats,
		records: (key, collection) => vendor(key).collection(collection).records,
		items(node) {
			const result = run.nodes[node];
			if (!result) throw new Error(`Node "${node}" did not run`);
			if (result.error) throw new Error(`Node "${node}" failed: ${result.error}`);
			return result.items;
		},
	};
}

async function main(): Promise<number> {
	const started = Date.now();
	const outcomes: Outcome[] = [];
	if (!flags.has('--no-build')) buildPack();
	const install = ensureN8n();
	const sandbox = await startSandbox({ catalogs: 'dist', port: 0 });
	log(`Sandbox on ${sandbox.url}: ${[...sandbox.vendors.keys()].join(', ')}`);
	for (const [key, problem] of Object.entries(sandbox.missing)) log(`Sandbox does not serve ${key}: ${problem}`);
	try {
		const port = await freePort();
		const userFolder = join(RUNTIME_DIR, 'e2e-home');
		const prepared = Date.now();
		const workspace = await prepareWorkspace(userFolder, sandbox.url, { fresh: true, port });
		log(`n8n user folder ready in ${seconds(prepared)} s: nodes ${workspace.nodeTypes.join(', ')}`);
		for (const skipped of workspace.skippedExamples) {
			outcomes.push({ name: skipped.file, ok: false, seconds: 0, detail: `uses node types the build lacks: ${skipped.missing.join(', ')}` });
		}
		for (const example of workspace.examples) {
			if ((only && example.id !== only) || flags.has('--editor-only')) continue;
			const scenario = SCENARIOS.find((candidate) => candidate.workflowId === example.id);
			const name = scenario ? `${example.file}: ${scenario.title}` : example.file;
			const began = Date.now();
			if (!scenario) {
				outcomes.push({ name, ok: false, seconds: 0, detail: 'no scenario in test/e2e/scenarios.ts checks this example' });
				continue;
			}
			if (scenario.activated) continue; // trigger examples run activated, in checkTriggers below
			for (const vendor of sandbox.vendors.values()) vendor.reset({ keepSessions: true });
			sandbox.faults.clear();
			sandbox.requests.length = 0;
			try {
				await scenario.before?.(sandbox);
				const env = n8nEnv(userFolder, port, { N8N_LOG_LEVEL: 'info', N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
				const result = await runN8n(['execute', `--id=${example.id}`, '--rawOutput'], env);
				const run = parseExecution(result.stdout, result.stderr, result.status);
				if (!run.ok) throw new Error(run.error ?? `n8n execute exited with ${String(result.status)}`);
				scenario.check(context(sandbox, run));
				outcomes.push({ name, ok: true, seconds: seconds(began) });
			} catch (error) {
				outcomes.push({ name, ok: false, seconds: seconds(began), detail: (error as Error).message });
			}
			const last = outcomes[outcomes.length - 1];
			log(`${last.ok ? 'PASS' : 'FAIL'} ${last.name} (${last.seconds} s)${last.detail ? `\n       ${last.detail.split('\n').join('\n       ')}` : ''}`);
		}
		if (!only && !flags.has('--editor-only')) outcomes.push(...(await checkTriggers({ sandbox, userFolder, examples: workspace.examples })));
		const covered = new Set(SCENARIOS.filter((scenario) => workspace.examples.some((example) => example.id === scenario.workflowId)).flatMap((scenario) => scenario.vendors));
		for (const type of flags.has('--editor-only') ? [] : workspace.nodeTypes) {
			const key = type.split('.')[1];
			if (!covered.has(key)) outcomes.push({ name: `coverage: ${key}`, ok: false, seconds: 0, detail: `the ${key} node is built but no example workflow runs it` });
		}
		if (!flags.has('--no-editor') && !only) {
			const began = Date.now();
			try {
				const shots = await checkEditor({ userFolder, nodeTypes: workspace.nodeTypes, sandboxUrl: sandbox.url, credentialTypes: workspace.credentialTypes });
				for (const shot of shots) outcomes.push({ name: shot.node.startsWith('credential') ? shot.node : `editor: ${shot.node}`, ok: shot.ok, seconds: shot.seconds, detail: shot.detail });
			} catch (error) {
				outcomes.push({ name: 'editor check', ok: false, seconds: seconds(began), detail: (error as Error).message });
			}
			log(`Editor check took ${seconds(began)} s`);
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
	log(`e2e took ${seconds(started)} s${install.installedNow ? ` (of which n8n install ${install.seconds} s)` : ''}`);
	process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
	return failed === 0 && passed > 0 ? 0 : 1;
}

main()
	.then((code) => process.exit(code))
	.catch((error) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.stdout.write('\n0 passed, 1 failed\n');
		process.exit(1);
	});
