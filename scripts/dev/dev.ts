/**
 * `npm run dev`: builds the pack, starts the sandbox, starts a real n8n (installed into .n8n-e2e/ on
 * first use) with the pack loaded, credentials for all five vendors pointing at the sandbox and the
 * example workflows imported, then prints the editor URL. Ctrl+C stops both.
 *
 * Options: --port 5678 (n8n editor; N8N_PORT), --sandbox-port 8787 (SANDBOX_PORT), --fresh (forget
 * the n8n database of earlier runs), --build (build even when no source changed since the last
 * build), --no-build, --n8n <version> (default 1.123.81; any version of N8N_MATRIX in runtime.ts,
 * e.g. 2.40.5).
 */
import { join } from 'path';

import { startSandbox } from '../../sandbox/server';
import { CREDENTIAL_REFS } from './credentials';
import { DEV_OWNER, ensureOwner } from './owner';
import { buildPack, freePort, log, N8n, N8N_VERSION, stopChild } from './runtime';
import { prepareWorkspace } from './workspace';

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
	const started = Date.now();
	// Where the start-up time goes, printed with the ready line.
	const steps: string[] = [];
	let stepStarted = started;
	const step = (name: string) => {
		const now = Date.now();
		steps.push(`${name} ${((now - stepStarted) / 1000).toFixed(1)} s`);
		stepStarted = now;
	};
	if (process.argv.includes('--no-build')) {
		steps.push('build off (--no-build)');
	} else {
		const build = buildPack({ ifChanged: true, force: process.argv.includes('--build') });
		step(build.built ? 'build' : 'build check (nothing changed, skipped)');
	}
	const n8n = new N8n(option('n8n') ?? N8N_VERSION);
	const install = await n8n.ensure();
	if (install.installedNow) step(`installing ${n8n.label}`);
	stepStarted = Date.now();
	const sandbox = await startSandbox({
		catalogs: 'dist',
		port: Number(option('sandbox-port') ?? process.env.SANDBOX_PORT ?? 8787),
		log: process.argv.includes('--verbose') ? (line) => log(`sandbox ${line}`) : undefined,
	});
	const port = Number(option('port') ?? process.env.N8N_PORT ?? 5678);
	const userFolder = join(n8n.dir, 'dev-home');
	step('sandbox');
	const workspace = await prepareWorkspace(userFolder, sandbox.url, { fresh: process.argv.includes('--fresh'), port, n8n });
	steps.push(...workspace.steps);
	stepStarted = Date.now();
	const env = n8n.env(userFolder, port, { N8N_LOG_LEVEL: 'info', N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
	const server = await n8n.start(env, port, { output: 'inherit' });
	step('n8n start until the editor answered');
	await ensureOwner(`http://127.0.0.1:${port}`);
	step('owner sign-in');

	const lines = [
		'',
		`${n8n.label} is ready: http://127.0.0.1:${port}   (started in ${Math.round((Date.now() - started) / 1000)} s${install.installedNow ? `, of which installing n8n ${install.seconds} s` : ''})`,
		`  Sign in:      ${DEV_OWNER.email} / ${DEV_OWNER.password}`,
		`  Nodes:        ${workspace.nodeTypes.join(', ')}`,
		`  Credentials:  ${Object.values(CREDENTIAL_REFS)
			.map((ref) => ref.name)
			.join('; ')}`,
		`  Examples:     ${workspace.examples.map((example) => example.name).join('\n                ')}`,
		`  Sandbox:      ${sandbox.url}  (admin: ${sandbox.url}/__sandbox)`,
		`  Start-up:     ${steps.join('; ')}`,
		...workspace.skippedExamples.map((skipped) => `  Not imported: ${skipped.file} (needs ${skipped.missing.join(', ')})`),
		'  Stop with Ctrl+C.',
		'',
	];
	process.stdout.write(`${lines.join('\n')}\n`);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		log('Stopping n8n and the sandbox…');
		await stopChild(server.child);
		await sandbox.close();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	server.child.on('exit', (code) => {
		if (stopping) return;
		log(`n8n exited (${String(code)}); stopping the sandbox`);
		void sandbox.close().then(() => process.exit(code ?? 1));
	});
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
