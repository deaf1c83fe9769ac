/**
 * The real n8n that `npm run dev` and `npm run test:e2e` run the pack in: installed on first use into
 * the ignored `.n8n-e2e/` folder (never a dependency of the pack), run under the Node 24 binary of the
 * `node` npm package, with the built pack placed where n8n looks for installed community packages.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer as createNetServer, type AddressInfo } from 'net';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const RUNTIME_DIR = join(ROOT, '.n8n-e2e');
export const N8N_VERSION = '1.123.81';
export const PACKAGE_NAME = 'n8n-nodes-salesops';

/**
 * The runtime's own package.json. n8n pins `xlsx` to a tarball URL this network cannot reach; the
 * override takes the registry's 0.18.5 instead. Overrides live here, never in the pack's package.json
 * (n8n's community-package rules forbid them there).
 */
export const RUNTIME_PACKAGE = {
	name: 'salesops-n8n-runtime',
	private: true,
	description: 'Written by scripts/dev/runtime.ts: the n8n that npm run dev and npm run test:e2e use. Not part of the pack.',
	dependencies: { n8n: N8N_VERSION, node: '24' },
	overrides: { xlsx: '0.18.5' },
};

export const NODE_BIN = join(RUNTIME_DIR, 'node_modules', 'node', 'bin', 'node');
export const N8N_BIN = join(RUNTIME_DIR, 'node_modules', 'n8n', 'bin', 'n8n');

export function log(message: string): void {
	process.stdout.write(`[salesops] ${message}\n`);
}

export class RuntimeError extends Error {}

function installedVersion(): string | undefined {
	const manifest = join(RUNTIME_DIR, 'node_modules', 'n8n', 'package.json');
	if (!existsSync(manifest) || !existsSync(NODE_BIN)) return undefined;
	return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Installs n8n on first use (a few minutes; see README) and returns how long that took. A failed
 * install is an error that names the cause: the e2e tests must fail, never skip.
 */
export function ensureN8n(): { installedNow: boolean; seconds: number } {
	mkdirSync(RUNTIME_DIR, { recursive: true });
	const manifestPath = join(RUNTIME_DIR, 'package.json');
	const manifest = `${JSON.stringify(RUNTIME_PACKAGE, null, 2)}\n`;
	const manifestChanged = !existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest;
	if (installedVersion() === N8N_VERSION && !manifestChanged) return { installedNow: false, seconds: 0 };
	writeFileSync(manifestPath, manifest);
	log(`Installing n8n ${N8N_VERSION} and Node 24 into .n8n-e2e/ (first run only; takes a few minutes)…`);
	const started = Date.now();
	const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: RUNTIME_DIR,
		stdio: 'inherit',
		env: { ...process.env, npm_config_update_notifier: 'false' },
	});
	const seconds = Math.round((Date.now() - started) / 1000);
	if (result.status !== 0 || installedVersion() !== N8N_VERSION) {
		throw new RuntimeError(
			[
				'',
				'################################################################################',
				`#  n8n ${N8N_VERSION} could NOT be installed from the npm registry (npm exit ${String(result.status)}).`,
				'#  The end-to-end tests cannot run without it: this is a failure, not a skip.',
				'#  Check the npm output above (network, registry, disk space), then run again.',
				'################################################################################',
			].join('\n'),
		);
	}
	log(`n8n ${N8N_VERSION} installed in ${seconds} s`);
	return { installedNow: true, seconds };
}

/** Builds the pack (`npm run build`) so n8n loads what would be published. */
export function buildPack(): void {
	log('Building the pack (npm run build)…');
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new RuntimeError('npm run build failed; fix the build before running n8n');
}

export interface InstalledPack {
	nodes: string[];
	credentials: string[];
	/** Entries of package.json's `n8n` section whose built file does not exist yet. */
	missing: string[];
}

/**
 * Copies the built pack into `<userFolder>/.n8n/nodes/node_modules/n8n-nodes-salesops`, where n8n
 * loads installed community packages (node types `n8n-nodes-salesops.<name>`, as users get them).
 * A copy, not a link: the pack must resolve `n8n-workflow` from this n8n, not from the repo.
 */
export function installPack(userFolder: string): InstalledPack {
	const dist = join(ROOT, 'dist');
	if (!existsSync(dist)) throw new RuntimeError('dist/ is missing: run npm run build first');
	const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
		[key: string]: unknown;
	};
	const exists = (file: string) => existsSync(join(ROOT, file));
	const missing = [...manifest.n8n.nodes, ...manifest.n8n.credentials].filter((file) => !exists(file));
	// n8n refuses a whole package when one listed file is missing; list only what is built.
	const n8n = { ...manifest.n8n, nodes: manifest.n8n.nodes.filter(exists), credentials: manifest.n8n.credentials.filter(exists) };
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	cpSync(dist, join(target, 'dist'), { recursive: true });
	const { devDependencies: _dev, scripts: _scripts, ...runtimeManifest } = manifest;
	writeFileSync(join(target, 'package.json'), `${JSON.stringify({ ...runtimeManifest, n8n }, null, 2)}\n`);
	const nodesManifest = join(userFolder, '.n8n', 'nodes', 'package.json');
	if (!existsSync(nodesManifest)) {
		writeFileSync(nodesManifest, `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: manifest.version } }, null, 2)}\n`);
	}
	return { nodes: n8n.nodes, credentials: n8n.credentials, missing };
}

/** Environment for an offline n8n: no telemetry, no version checks, no templates, loopback only. */
export function n8nEnv(userFolder: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		PATH: `${join(RUNTIME_DIR, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
		HOME: process.env.HOME,
		TZ: 'UTC',
		// The sandbox keeps UTC; so does the n8n that talks to it ($now, date filters).
		GENERIC_TIMEZONE: 'UTC',
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}`,
		N8N_ENCRYPTION_KEY: 'salesops-sandbox-only-encryption-key',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_ENABLED: 'true',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_LOG_LEVEL: 'warn',
		N8N_NO_COLOR: '1',
		NO_COLOR: '1',
		...extra,
	};
	return env;
}

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
	ms: number;
}

/** Runs one n8n CLI command to completion under Node 24. */
export function runN8n(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<CliResult> {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(NODE_BIN, [N8N_BIN, ...args], { cwd: RUNTIME_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (status) => {
			clearTimeout(timer);
			resolve({ status, stdout, stderr, ms: Date.now() - started });
		});
	});
}

/** Starts `n8n start` in the background; resolves once the editor answers on its port. */
export async function startN8nServer(env: NodeJS.ProcessEnv, port: number, output: 'inherit' | 'pipe' = 'pipe', timeoutMs = 180_000): Promise<{ child: ChildProcess; seconds: number; logs: () => string }> {
	const started = Date.now();
	const child = spawn(NODE_BIN, [N8N_BIN, 'start'], { cwd: RUNTIME_DIR, env, stdio: ['ignore', output, output] });
	let logs = '';
	child.stdout?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
	const deadline = started + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new RuntimeError(`n8n start exited with ${child.exitCode}:\n${logs.slice(-4000)}`);
		try {
			// /rest routes mount after the health check answers; wait for them.
			const response = await fetch(`http://127.0.0.1:${port}/rest/settings`);
			if (response.ok) return { child, seconds: Math.round((Date.now() - started) / 100) / 10, logs: () => logs };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	child.kill('SIGKILL');
	throw new RuntimeError(`n8n did not become ready within ${timeoutMs / 1000} s:\n${logs.slice(-4000)}`);
}

/** Stops a child and waits for it (SIGTERM, then SIGKILL after a grace period). */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
}

/** A free loopback port (n8n needs two: the editor and its task broker). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createNetServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}
