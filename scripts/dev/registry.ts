/**
 * A private npm registry on loopback (Verdaccio), for the e2e of n8n's Community Nodes installer:
 * the packed pack is published to it and n8n installs from it, as from npmjs.com.
 *
 * Verdaccio is installed on first use into `.n8n-e2e/verdaccio-<version>/`, like n8n, not as a
 * devDependency: here it installs only with an npm `overrides` entry (its `verdaccio-audit` asks for
 * `node-fetch@cjs`, a dist-tag the registry does not serve; `node-fetch` 2.7.0 is that release), and
 * n8n's community-package rules forbid `overrides` in the pack's package.json.
 */
import { spawn, type ChildProcess } from 'child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';

import { freePort, log, ROOT, RUNTIME_DIR, runProcess, RuntimeError } from './runtime';

export const VERDACCIO_VERSION = '6.8.0';
export const VERDACCIO_DIR = join(RUNTIME_DIR, `verdaccio-${VERDACCIO_VERSION}`);
const VERDACCIO_MANIFEST = {
	name: 'salesops-registry-runtime',
	private: true,
	description: 'Written by scripts/dev/registry.ts: the loopback npm registry of the installer e2e. Not part of the pack.',
	dependencies: { verdaccio: VERDACCIO_VERSION },
	overrides: { 'node-fetch': '2.7.0' },
};
const VERDACCIO_BIN = join(VERDACCIO_DIR, 'node_modules', 'verdaccio', 'bin', 'verdaccio');

/** Installs Verdaccio on first use; returns how long that took. */
export async function ensureVerdaccio(): Promise<{ installedNow: boolean; seconds: number }> {
	const marker = join(VERDACCIO_DIR, '.installed.json');
	if (existsSync(VERDACCIO_BIN) && existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(VERDACCIO_MANIFEST)) return { installedNow: false, seconds: 0 };
	mkdirSync(VERDACCIO_DIR, { recursive: true });
	writeFileSync(join(VERDACCIO_DIR, 'package.json'), `${JSON.stringify(VERDACCIO_MANIFEST, null, 2)}\n`);
	const started = Date.now();
	const result = await runProcess('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: VERDACCIO_DIR, env: { ...process.env, npm_config_update_notifier: 'false' } });
	writeFileSync(join(VERDACCIO_DIR, 'install.log'), result.stdout + result.stderr);
	if (result.status !== 0 || !existsSync(VERDACCIO_BIN)) {
		throw new RuntimeError(`Verdaccio ${VERDACCIO_VERSION} could NOT be installed from the npm registry (npm exit ${String(result.status)}): the installer e2e cannot run.\n${(result.stdout + result.stderr).slice(-2000)}`);
	}
	writeFileSync(marker, JSON.stringify(VERDACCIO_MANIFEST));
	const seconds = Math.round((Date.now() - started) / 1000);
	log(`Verdaccio ${VERDACCIO_VERSION} installed in ${seconds} s`);
	return { installedNow: true, seconds };
}

export interface Registry {
	url: string;
	child: ChildProcess;
	/** An npm user config that holds the registry's token (for `npm publish`). */
	userconfig: string;
	close(): Promise<void>;
}

/**
 * Starts Verdaccio on a free loopback port with no uplink (nothing is fetched from, or sent to,
 * elsewhere), registers a publisher and returns the registry.
 */
export async function startRegistry(directory: string): Promise<Registry> {
	rmSync(directory, { recursive: true, force: true });
	mkdirSync(directory, { recursive: true });
	const port = await freePort();
	const config = join(directory, 'config.yaml');
	writeFileSync(
		config,
		[
			`storage: ${join(directory, 'storage')}`,
			'auth:',
			'  htpasswd:',
			`    file: ${join(directory, 'htpasswd')}`,
			'uplinks: {}',
			'packages:',
			"  '**':",
			'    access: $all',
			'    publish: $authenticated',
			'    unpublish: $authenticated',
			'web:',
			'  enable: false',
			'middlewares:',
			'  audit:',
			'    enabled: false',
			'log: { type: stdout, format: pretty, level: warn }',
			'',
		].join('\n'),
	);
	const child = spawn(process.execPath, [VERDACCIO_BIN, '--config', config, '--listen', `127.0.0.1:${port}`], { cwd: directory, stdio: ['ignore', 'pipe', 'pipe'] });
	let logs = '';
	child.stdout.on('data', (chunk: Buffer) => (logs += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new RuntimeError(`Verdaccio did not start on ${url}:\n${logs.slice(-2000)}`);
		}
		try {
			if ((await fetch(`${url}/-/ping`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	// `npm adduser`, as its REST call: the answer holds the publisher's token.
	const user = { name: 'salesops-publisher', password: 'loopback-only-publisher-1' };
	const added = await fetch(`${url}/-/user/org.couchdb.user:${user.name}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ _id: `org.couchdb.user:${user.name}`, name: user.name, password: user.password, type: 'user', roles: [] }),
	});
	const { token } = (await added.json()) as { token?: string };
	if (!token) throw new RuntimeError(`Verdaccio refused to register a publisher (HTTP ${added.status})`);
	const userconfig = join(directory, 'npmrc');
	writeFileSync(userconfig, `registry=${url}/\n//127.0.0.1:${port}/:_authToken=${token}\n`);
	return {
		url,
		child,
		userconfig,
		close: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

/** `npm pack` of the built pack (what `npm publish` would upload); returns the tarball's path. */
export async function packPack(directory: string): Promise<string> {
	mkdirSync(directory, { recursive: true });
	const result = await runProcess('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', directory], { cwd: ROOT, env: process.env });
	if (result.status !== 0) throw new RuntimeError(`npm pack failed:\n${result.stderr.slice(-2000)}`);
	const [packed] = JSON.parse(result.stdout) as Array<{ filename: string }>;
	return join(directory, packed.filename);
}

/** `npm publish` of a tarball to the registry. */
export async function publish(registry: Registry, tarball: string): Promise<void> {
	const result = await runProcess('npm', ['publish', tarball, '--ignore-scripts', `--registry=${registry.url}/`, `--userconfig=${registry.userconfig}`, '--access=public'], {
		cwd: ROOT,
		env: { ...process.env, npm_config_update_notifier: 'false' },
	});
	if (result.status !== 0) throw new RuntimeError(`npm publish to ${registry.url} failed:\n${(result.stdout + result.stderr).slice(-2000)}`);
}
