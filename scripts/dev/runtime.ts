/**
 * The real n8n versions that `npm run dev`, `npm run test:e2e` and `npm run bench:n8n` run the pack in:
 * each installed on first use into its own ignored folder `.n8n-e2e/n8n-<version>/` (never a dependency
 * of the pack), run under the Node 24 (1.85: Node 22) binary of the `node` npm package, with the built pack placed where
 * n8n looks for installed community packages.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { createHash } from 'crypto';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { createServer as createNetServer, type AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const RUNTIME_DIR = join(ROOT, '.n8n-e2e');
export const PACKAGE_NAME = 'n8n-nodes-salesops';

/**
 * What the e2e covers on an n8n: `full` runs every suite (examples, credential tests, editor, queue
 * mode, installer, triggers); `minimum` proves the stated minimum (every node and credential loads,
 * every credential test, one example per vendor).
 */
export type N8nRole = 'full' | 'minimum';

/**
 * THE version list: every n8n CI installs and runs the e2e on. A newer 2.x is a one-line change here
 * (README's Compatibility section names the same versions).
 */
export const N8N_MATRIX: ReadonlyArray<{ version: string; role: N8nRole }> = [
	{ version: '1.123.81', role: 'full' },
	{ version: '2.40.5', role: 'full' },
	{ version: '1.85.4', role: 'minimum' },
	// The newest 2.x whose dependencies are all on the registry (2.41.3 is not installable). Not in CI's
	// default list (.ci/run): its OAuth2 token request fails for a token URL on an IP address with a
	// port, which is what the sandbox is (README "Compatibility").
	{ version: '2.41.1', role: 'minimum' },
];

/**
 * The Node.js major each n8n runs on (the `node` npm package ships the binary): 24 unless the n8n
 * refuses it. n8n 1.85.4 accepts Node `>=18.17 <= 22` (its package.json `engines`).
 */
export function nodeMajorFor(version: string): string {
	const [major, minor] = version.split('.').map(Number);
	return major === 1 && minor < 100 ? '22' : '24';
}

/** The n8n `npm run dev` starts unless told `--n8n <version>`. */
export const N8N_VERSION = '1.123.81';

export function log(message: string): void {
	process.stdout.write(`[salesops] ${message}\n`);
}

export class RuntimeError extends Error {}

/** One n8n version: where it is installed, how to install it, how to run its CLI. */
export class N8n {
	readonly major: number;
	readonly dir: string;
	readonly nodeBin: string;
	readonly n8nBin: string;

	constructor(readonly version: string) {
		this.major = Number(version.split('.')[0]);
		this.dir = join(RUNTIME_DIR, `n8n-${version}`);
		this.nodeBin = join(this.dir, 'node_modules', 'node', 'bin', 'node');
		this.n8nBin = join(this.dir, 'node_modules', 'n8n', 'bin', 'n8n');
	}

	get label(): string {
		return `n8n ${this.version}`;
	}

	/**
	 * The runtime's own package.json. n8n pins `xlsx` to a tarball URL this network cannot reach; the
	 * override takes the registry's 0.18.5 instead. Overrides live here, never in the pack's package.json
	 * (n8n's community-package rules forbid them there).
	 */
	get manifest(): Record<string, unknown> {
		return {
			name: 'salesops-n8n-runtime',
			private: true,
			description: 'Written by scripts/dev/runtime.ts: an n8n that npm run dev, test:e2e and bench:n8n use. Not part of the pack.',
			dependencies: { n8n: this.version, node: nodeMajorFor(this.version) },
			overrides: { xlsx: '0.18.5' },
		};
	}

	/**
	 * npm steps that install this n8n. 2.x: a plain install fails building
	 * `@confluentinc/kafka-javascript` (its install script downloads sources), so install scripts are
	 * skipped and only the two packages whose scripts n8n needs are rebuilt: `sqlite3` (the database)
	 * and `node` (which fetches the Node 24 binary package).
	 */
	get installSteps(): string[][] {
		// `http`: npm logs each registry fetch, which is what the progress lines count.
		const common = ['--no-audit', '--no-fund', '--loglevel=http'];
		if (this.major >= 2) return [['install', '--ignore-scripts', ...common], ['rebuild', 'sqlite3', 'node', '--loglevel=error']];
		return [['install', ...common]];
	}

	private get marker(): string {
		return join(this.dir, '.installed.json');
	}

	installed(): boolean {
		const manifest = join(this.dir, 'node_modules', 'n8n', 'package.json');
		if (!existsSync(manifest) || !existsSync(this.nodeBin) || !existsSync(this.marker)) return false;
		const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
		return version === this.version && readFileSync(this.marker, 'utf8') === JSON.stringify(this.manifest);
	}

	/**
	 * Installs this n8n on first use (a few minutes; see README) and returns how long that took. A
	 * failed install is an error that names the cause: the e2e tests must fail, never skip. Async, so
	 * several versions can install side by side; `quiet` sends npm's output to install.log.
	 */
	async ensure(options: { quiet?: boolean } = {}): Promise<{ installedNow: boolean; seconds: number }> {
		if (this.installed()) return { installedNow: false, seconds: 0 };
		mkdirSync(this.dir, { recursive: true });
		writeFileSync(join(this.dir, 'package.json'), `${JSON.stringify(this.manifest, null, 2)}\n`);
		rmSync(this.marker, { force: true });
		log(`Installing ${this.label} and Node ${nodeMajorFor(this.version)} into ${this.dir.slice(ROOT.length + 1)}/ (first run only: minutes, up to 10 on a loaded machine; a progress line every 10 s)…`);
		const started = Date.now();
		const logFile = join(this.dir, 'install.log');
		writeFileSync(logFile, '');
		for (const [index, step] of this.installSteps.entries()) {
			const env = { ...process.env, npm_config_update_notifier: 'false' };
			const progress = new InstallProgress(`${this.label}: npm ${step[0]} (step ${index + 1} of ${this.installSteps.length})`, join(this.dir, 'node_modules'), started);
			let result = await runProcess('npm', step, { cwd: this.dir, env, onOutput: (chunk) => progress.read(chunk) });
			// A registry whose metadata is mid-update names a version it does not list yet (ETARGET): ask
			// again once, revalidating every cached package document, before calling the install failed.
			if (result.status !== 0 && step[0] === 'install' && /ETARGET|notarget/.test(`${result.stdout}${result.stderr}`)) {
				writeFileSync(logFile, `$ npm ${step.join(' ')}\n${result.stdout}${result.stderr}\n(retrying with --prefer-online)\n`, { flag: 'a' });
				await new Promise((resolve) => setTimeout(resolve, 30_000));
				result = await runProcess('npm', [...step, '--prefer-online'], { cwd: this.dir, env, onOutput: (chunk) => progress.read(chunk) });
			}
			progress.stop();
			writeFileSync(logFile, `$ npm ${step.join(' ')}\n${result.stdout}${result.stderr}\n`, { flag: 'a' });
			const output = withoutNpmChatter(`${result.stdout}${result.stderr}`);
			if (!options.quiet) process.stdout.write(output);
			if (result.status !== 0) throw this.installError(`npm ${step[0]} exit ${String(result.status)}`, output);
		}
		const version = existsSync(join(this.dir, 'node_modules', 'n8n', 'package.json'))
			? (JSON.parse(readFileSync(join(this.dir, 'node_modules', 'n8n', 'package.json'), 'utf8')) as { version: string }).version
			: 'none';
		if (version !== this.version || !existsSync(this.nodeBin)) throw this.installError(`installed n8n ${version}, Node ${nodeMajorFor(this.version)} ${existsSync(this.nodeBin) ? 'present' : 'missing'}`, '');
		writeFileSync(this.marker, JSON.stringify(this.manifest));
		const seconds = Math.round((Date.now() - started) / 1000);
		log(`${this.label} installed in ${seconds} s`);
		return { installedNow: true, seconds };
	}

	private installError(cause: string, output: string): RuntimeError {
		return new RuntimeError(
			[
				output.trim().split('\n').slice(-30).join('\n'),
				'################################################################################',
				`#  ${this.label} could NOT be installed from the npm registry (${cause}).`,
				'#  The end-to-end tests cannot run without it: this is a failure, not a skip.',
				`#  Check the npm output above and ${join(this.dir, 'install.log')}, then run again.`,
				'################################################################################',
			].join('\n'),
		);
	}

	/** Environment for this n8n, offline: no telemetry, no version checks, no templates, loopback only. */
	env(userFolder: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		return n8nEnv(userFolder, port, { PATH: `${join(this.dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ...extra });
	}

	/** Runs one n8n CLI command to completion under Node 24. */
	run(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<CliResult> {
		// `n8n execute --rawOutput` prints the whole run data and exits: through a pipe, the end of a
		// large print can be lost at exit (Node writes to pipes asynchronously); to a file it cannot.
		return runProcess(this.nodeBin, [this.n8nBin, ...args], { cwd: this.dir, env, timeoutMs, stdoutToFile: true });
	}

	/**
	 * Starts `n8n start` (or `n8n worker`, `n8n webhook`) in the background; resolves once it is ready:
	 * the editor's REST API answers on `port` (for `start`), or `readyLog` appears in its output.
	 */
	async start(env: NodeJS.ProcessEnv, port: number, options: StartOptions = {}): Promise<N8nProcess> {
		const command = options.command ?? ['start'];
		const output = options.output ?? 'pipe';
		// Generous: on a loaded machine n8n 2.x in queue mode took over 3 minutes to answer.
		const timeoutMs = options.timeoutMs ?? 600_000;
		const started = Date.now();
		const child = spawn(this.nodeBin, [this.n8nBin, ...command], { cwd: this.dir, env, stdio: ['ignore', output, output] });
		let logs = '';
		child.stdout?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
		const deadline = started + timeoutMs;
		const ready = async () => {
			if (options.readyLog) return options.readyLog.test(logs);
			try {
				// /rest routes mount after the health check answers; wait for them.
				// While it starts, n8n answers every path with a plain-text "n8n is starting up" page.
				const response = await fetch(`http://127.0.0.1:${port}/rest/settings`);
				if (!response.ok) return false;
				JSON.parse(await response.text());
				return true;
			} catch {
				return false; // not listening yet
			}
		};
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new RuntimeError(`${this.label} ${command.join(' ')} exited with ${child.exitCode}:\n${logs.slice(-4000)}`);
			if (await ready()) return { child, seconds: Math.round((Date.now() - started) / 100) / 10, logs: () => logs };
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		child.kill('SIGKILL');
		throw new RuntimeError(`${this.label} ${command.join(' ')} was not ready within ${timeoutMs / 1000} s:\n${logs.slice(-4000)}`);
	}
}

export interface StartOptions {
	/** Default `['start']`. */
	command?: string[];
	output?: 'inherit' | 'pipe';
	timeoutMs?: number;
	/** Ready when this appears in the output (for commands without the editor's REST API). */
	readyLog?: RegExp;
}

export interface N8nProcess {
	child: ChildProcess;
	seconds: number;
	logs: () => string;
}

/** The n8n `npm run dev` uses (and anything written before the matrix). */
export const DEFAULT_N8N = new N8n(N8N_VERSION);

/** Installs the default n8n (see `N8n.ensure`). */
export function ensureN8n(): Promise<{ installedNow: boolean; seconds: number }> {
	return DEFAULT_N8N.ensure();
}

/** What `npm run build` reads (relative to ROOT): a change to any of these needs a new build. */
export const BUILD_INPUTS = ['nodes', 'credentials', 'icons', 'package.json', 'package-lock.json', 'tsconfig.json', 'gulpfile.js'];

/** Written into dist/ after a successful build: the sha256 of every build input then (`buildSources`). */
export const BUILD_STAMP = join(ROOT, 'dist', '.build-sources.json');

/** The sha256 of every file under `inputs` (files or folders, relative to `root`), by relative path. */
export function buildSources(root = ROOT, inputs = BUILD_INPUTS): Record<string, string> {
	const sources: Record<string, string> = {};
	const visit = (path: string) => {
		const full = join(root, path);
		if (!existsSync(full)) return;
		if (statSync(full).isDirectory()) {
			for (const entry of readdirSync(full).sort()) visit(`${path}/${entry}`);
		} else {
			sources[path] = createHash('sha256').update(readFileSync(full)).digest('hex');
		}
	};
	for (const input of inputs) visit(input);
	return sources;
}

/**
 * The build inputs added, edited or removed since the build recorded in `built` (undefined: no
 * recorded build, so everything counts as changed). Empty: dist/ is up to date.
 */
export function changedSources(built: Record<string, string> | undefined, now: Record<string, string>): string[] {
	if (!built) return Object.keys(now);
	const paths = new Set([...Object.keys(built), ...Object.keys(now)]);
	return [...paths].filter((path) => built[path] !== now[path]).sort();
}

function readStamp(): Record<string, string> | undefined {
	try {
		return JSON.parse(readFileSync(BUILD_STAMP, 'utf8')) as Record<string, string>;
	} catch {
		return undefined; // no build since dist/ was last wiped (npm run build wipes it)
	}
}

/**
 * Builds the pack (`npm run build`) so n8n loads what would be published. `ifChanged`: only when a
 * build input changed since the last build this function made (`force` builds anyway).
 */
export function buildPack(options: { ifChanged?: boolean; force?: boolean } = {}): { built: boolean; seconds: number } {
	const started = Date.now();
	// Hashed before building: a file edited during the build leaves the stamp behind, so it builds again.
	const sources = buildSources();
	const stamp = options.ifChanged && !options.force ? readStamp() : undefined;
	if (stamp) {
		const changed = changedSources(stamp, sources);
		if (!changed.length) {
			log(`Build skipped: nothing in ${BUILD_INPUTS.join(', ')} changed since the last build (--build forces one)`);
			return { built: false, seconds: (Date.now() - started) / 1000 };
		}
		const shown = changed.slice(0, 3).join(', ') + (changed.length > 3 ? ` and ${changed.length - 3} more` : '');
		log(`Building the pack (npm run build): changed since the last build: ${shown}…`);
	} else {
		log('Building the pack (npm run build)…');
	}
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new RuntimeError('npm run build failed; fix the build before running n8n');
	writeFileSync(BUILD_STAMP, `${JSON.stringify(sources, null, '\t')}\n`);
	return { built: true, seconds: (Date.now() - started) / 1000 };
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

/** The vendor packages a user folder holds, as `installVendorPackages` placed them. */
export interface InstalledVendorPackage {
	name: string;
	/** `dist-packages/<name>/`, what `npm pack` packed (scripts/pack/vendors.ts). */
	directory: string;
	version: string;
	nodeTypes: string[];
	credentialTypes: string[];
}

/**
 * Copies each unpacked vendor package (`npm run pack:vendors`) into
 * `<userFolder>/.n8n/nodes/node_modules/<name>`, side by side, as n8n's installer leaves them (node
 * types `n8n-nodes-salesops-<vendor>.<name>`, what users get). The all-in-one development pack is
 * removed from there, so no node loads twice.
 */
export function installVendorPackages(userFolder: string, packages: InstalledVendorPackage[]): void {
	const modules = join(userFolder, '.n8n', 'nodes', 'node_modules');
	rmSync(join(modules, PACKAGE_NAME), { recursive: true, force: true });
	for (const pack of packages) {
		if (!existsSync(join(pack.directory, 'package.json'))) throw new RuntimeError(`${pack.directory} is missing: run npm run pack:vendors first`);
		const target = join(modules, pack.name);
		rmSync(target, { recursive: true, force: true });
		mkdirSync(target, { recursive: true });
		cpSync(pack.directory, target, { recursive: true });
	}
	const dependencies = Object.fromEntries(packages.map((pack) => [pack.name, pack.version]));
	writeFileSync(join(userFolder, '.n8n', 'nodes', 'package.json'), `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies }, null, 2)}\n`);
}

/** Environment for an offline n8n: no telemetry, no version checks, no templates, loopback only. */
export function n8nEnv(userFolder: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		PATH: `${join(DEFAULT_N8N.dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
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

/** npm's log lines that only say what it fetched or warns about (install.log keeps them). */
function withoutNpmChatter(output: string): string {
	return output
		.split('\n')
		.filter((line) => !/^npm (http|warn) /.test(line))
		.join('\n');
}

/**
 * What a running `npm install` has done so far, printed every 10 s: elapsed time, the package
 * documents and tarballs npm fetched (its `http` log lines) and the packages in node_modules.
 */
export class InstallProgress {
	// Sets: npm may log one URL twice (a cache look-up, then the fetch).
	private readonly documents = new Set<string>();
	private readonly tarballs = new Set<string>();
	private partial = '';
	private readonly timer: NodeJS.Timeout;

	constructor(
		private readonly label: string,
		private readonly modules: string,
		private readonly started: number,
		everyMs = 10_000,
	) {
		this.timer = setInterval(() => log(this.line()), everyMs);
	}

	read(chunk: string): void {
		const lines = (this.partial + chunk).split('\n');
		this.partial = lines.pop() ?? '';
		for (const line of lines) {
			const fetched = /^npm http (?:fetch \S+ \d+|cache) (?:\S+@)?(https?:\S+)/.exec(line);
			if (!fetched) continue;
			if (/\/-\/[^/]+\.tgz$/.test(fetched[1])) this.tarballs.add(fetched[1]);
			else this.documents.add(fetched[1]);
		}
	}

	line(): string {
		const elapsed = Math.round((Date.now() - this.started) / 1000);
		const time = `${Math.floor(elapsed / 60)} min ${elapsed % 60} s`;
		const fetched = this.documents.size || this.tarballs.size ? `${this.documents.size} package documents read, ${this.tarballs.size} packages downloaded, ` : '';
		return `${this.label}, ${time}: ${fetched}${countPackages(this.modules)} packages in node_modules`;
	}

	stop(): void {
		clearInterval(this.timer);
	}
}

/** Packages directly in a node_modules folder (scoped ones counted one by one); cheap: two levels. */
function countPackages(modules: string): number {
	if (!existsSync(modules)) return 0;
	let count = 0;
	for (const entry of readdirSync(modules)) {
		if (entry.startsWith('.')) continue;
		if (entry.startsWith('@')) count += readdirSync(join(modules, entry)).length;
		else count++;
	}
	return count;
}

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
	ms: number;
}

/** Runs a command to completion, collecting its output. */
export function runProcess(
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; onOutput?: (chunk: string) => void; stdoutToFile?: boolean },
): Promise<CliResult> {
	return new Promise((resolve) => {
		const started = Date.now();
		// Standard output into a file of its own (read once the command ends) instead of a pipe.
		const outDir = options.stdoutToFile ? mkdtempSync(join(tmpdir(), 'salesops-out-')) : undefined;
		const outFd = outDir ? openSync(join(outDir, 'stdout'), 'w') : undefined;
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', outFd ?? 'pipe', 'pipe'] });
		if (outFd !== undefined) closeSync(outFd);
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			options.onOutput?.(chunk.toString());
		});
		child.stderr?.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
			options.onOutput?.(chunk.toString());
		});
		const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
		child.on('error', (error) => (stderr += `${error.message}\n`));
		child.on('close', (status) => {
			clearTimeout(timer);
			if (outDir) {
				stdout = readFileSync(join(outDir, 'stdout'), 'utf8');
				rmSync(outDir, { recursive: true, force: true });
			}
			resolve({ status, stdout, stderr, ms: Date.now() - started });
		});
	});
}

/** Runs one command of the default n8n's CLI (see `N8n.run`). */
export function runN8n(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<CliResult> {
	return DEFAULT_N8N.run(args, env, timeoutMs);
}

/** Starts the default n8n's editor (see `N8n.start`). */
export function startN8nServer(env: NodeJS.ProcessEnv, port: number, output: 'inherit' | 'pipe' = 'pipe', timeoutMs = 180_000): Promise<N8nProcess> {
	return DEFAULT_N8N.start(env, port, { output, timeoutMs });
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
