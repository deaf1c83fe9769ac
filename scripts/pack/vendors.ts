/**
 * `npm run pack:vendors`: one npm package per vendor out of the one source tree, because n8n verifies
 * a community package only when it integrates exactly one service. Run after `npm run build`; reads the
 * compiled dist/ and writes, per vendor, `dist-packages/<name>/` (its nodes, credentials, icons, output
 * schemas and the shared engine files they require, found by following `require()` from its node and
 * credential files)
 * and `dist-packages/<name>-<version>.tgz` (`npm pack` of that directory).
 *
 * The root package.json stays the development pack (every node, for `npm run dev`, the tests and the
 * e2e) and is never published; each vendor package.json is written here from it, and committed as
 * `packages/<vendor>/package.json`: n8n's Creator Portal lints a package's source in the directory of
 * the repository whose package.json bears the package's name (`nodes`, `credentials` and `icons` there
 * are links to the shared ones). `--check` fails instead of writing when a committed one is stale.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

import { vendorLicense, vendorReadme } from './readme';

export const ROOT = resolve(__dirname, '..', '..');
export const OUT_DIR = join(ROOT, 'dist-packages');
/** Where each vendor package's source root is committed (package.json and links). */
export const SOURCE_DIR = join(ROOT, 'packages');
const DIST = join(ROOT, 'dist');

/** Modules n8n provides to community nodes (the scanner's `no-restricted-imports` allow-list holds them all; crypto is Node's own). */
const PROVIDED_BY_N8N = new Set(['n8n-workflow', 'luxon', 'crypto', 'node:crypto']);

export interface Vendor {
	/** Folder under nodes/ and the last part of the package name. */
	folder: string;
	id: string;
	/** The service's name as n8n users search for it. */
	service: string;
	keywords: string[];
}

/**
 * Names: `n8n-nodes-salesops-<vendor>`. n8n accepts `n8n-nodes-*` or `@scope/n8n-nodes-*`; unscoped
 * needs no npm organisation, `salesops` keeps them together in a search and leaves the bare
 * `n8n-nodes-<vendor>` to the vendors themselves.
 */
export const VENDORS: Vendor[] = [
	{ folder: 'Enapps', id: 'enapps', service: 'Enapps ERP', keywords: ['enapps', 'erp'] },
	{ folder: 'Cirrus', id: 'cirrus', service: 'Cirrus', keywords: ['cirrus', 'crm'] },
	{ folder: 'Guardant', id: 'guardant', service: 'Guardant Station', keywords: ['guardant', 'licensing'] },
	{ folder: 'Quince', id: 'quince', service: 'QUINCE', keywords: ['quince', 'accounting'] },
	{ folder: 'Repzo', id: 'repzo', service: 'Repzo', keywords: ['repzo', 'field-sales'] },
];

export interface RootManifest {
	name: string;
	version: string;
	description: string;
	license: string;
	homepage: string;
	author: { name: string; email: string };
	repository: { type: string; url: string };
	engines: Record<string, string>;
	n8n: { n8nNodesApiVersion: number; strict: boolean; nodes: string[]; credentials: string[] };
}

export function rootManifest(): RootManifest {
	return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as RootManifest;
}

export function packageName(vendor: Vendor): string {
	return `n8n-nodes-salesops-${vendor.id}`;
}

export interface VendorPackage {
	vendor: Vendor;
	name: string;
	version: string;
	directory: string;
	tarball: string;
	/** Paths inside the package (dist/...), as n8n's `n8n` section lists them. */
	nodes: string[];
	credentials: string[];
	/** `<package>.<node name>`: the node types n8n registers once the package is installed. */
	nodeTypes: string[];
	credentialTypes: string[];
	files: string[];
}

/** The class a compiled node or credential file exports, instantiated. */
function instantiate<T>(file: string): T {
	const exported = Object.values(require(file) as Record<string, unknown>).find((value) => typeof value === 'function') as (new () => T) | undefined;
	if (!exported) throw new Error(`${relative(ROOT, file)} exports no class`);
	return new exported();
}

function resolveRequire(from: string, spec: string): string {
	const base = resolve(dirname(from), spec);
	for (const candidate of [base, `${base}.js`, `${base}.json`, join(base, 'index.js')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	throw new Error(`${relative(ROOT, from)} requires ${spec}, which dist/ does not hold`);
}

/**
 * Every file the given entry files need at run time: relative `require()`s (transitively), the codex
 * `.node.json` n8n reads beside each node file, and the icons named with `file:`.
 */
export function requireGraph(entries: string[]): Set<string> {
	const files = new Set<string>();
	const queue = [...entries];
	while (queue.length) {
		const file = queue.pop() as string;
		if (files.has(file)) continue;
		files.add(file);
		if (!file.endsWith('.js')) continue;
		const source = readFileSync(file, 'utf8');
		for (const [, spec] of source.matchAll(/require\("([^"]+)"\)/g)) {
			if (spec.startsWith('.')) queue.push(resolveRequire(file, spec));
			else if (!PROVIDED_BY_N8N.has(spec.split('/')[0])) throw new Error(`${relative(ROOT, file)} requires ${spec}: not provided by n8n, and vendor packages have no dependencies`);
		}
		for (const [, icon] of source.matchAll(/["']file:([^"']+)["']/g)) {
			const path = resolve(dirname(file), icon);
			if (!existsSync(path)) throw new Error(`${relative(ROOT, file)} names icon ${icon}, missing from dist/`);
			files.add(path);
		}
		const codex = file.replace(/\.node\.js$/, '.node.json');
		if (codex !== file && existsSync(codex)) files.add(codex);
	}
	return files;
}

/**
 * The output schemas beside the vendor's nodes (`gulp build:schemas`): no file requires them, n8n reads
 * them from `__schema__/` next to the node file to show a node's fields before it has run.
 */
export function schemaFiles(vendor: Vendor): string[] {
	const folder = join(DIST, 'nodes', vendor.folder, '__schema__');
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((entry) => join(folder, entry))
		.filter((file) => file.endsWith('.json') && statSync(file).isFile())
		.sort();
}

/** The vendor's node files (root `n8n.nodes` under nodes/<folder>/) and the credentials they name. */
function vendorEntries(root: RootManifest, vendor: Vendor): { nodes: string[]; credentials: string[]; nodeNames: string[]; credentialNames: string[] } {
	const nodes = root.n8n.nodes.filter((path) => path.startsWith(`dist/nodes/${vendor.folder}/`));
	if (!nodes.length) throw new Error(`package.json lists no node under dist/nodes/${vendor.folder}/`);
	const nodeNames: string[] = [];
	const wanted = new Set<string>();
	for (const path of nodes) {
		const { description } = instantiate<{ description: { name: string; credentials?: Array<{ name: string }> } }>(join(ROOT, path));
		nodeNames.push(description.name);
		for (const credential of description.credentials ?? []) wanted.add(credential.name);
	}
	const available = root.n8n.credentials.map((path) => ({ path, ...instantiate<{ name: string; extends?: string[] }>(join(ROOT, path)) }));
	// A credential that extends one of ours needs it too (n8n's own oAuth2Api is provided by n8n).
	for (let grown = true; grown; ) {
		grown = false;
		for (const credential of available) {
			if (!wanted.has(credential.name)) continue;
			for (const parent of credential.extends ?? []) {
				if (wanted.has(parent) || !available.some((other) => other.name === parent)) continue;
				wanted.add(parent);
				grown = true;
			}
		}
	}
	const credentials = available.filter((credential) => wanted.has(credential.name));
	return { nodes, credentials: credentials.map((credential) => credential.path), nodeNames, credentialNames: credentials.map((credential) => credential.name) };
}

export function vendorManifest(root: RootManifest, vendor: Vendor, nodes: string[], credentials: string[]): Record<string, unknown> {
	const instant = nodes.some((path) => /InstantTrigger\.node\.js$/.test(path));
	const kinds = instant ? 'an action node, a polling trigger and an instant (webhook) trigger' : 'an action node and a polling trigger';
	return {
		name: packageName(vendor),
		version: root.version,
		description: `n8n community nodes for ${vendor.service}: ${kinds}. Built from ${root.name}, one package per service.`,
		keywords: ['n8n-community-node-package', 'n8n', ...vendor.keywords],
		license: 'MIT',
		homepage: `${root.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/${vendor.id}.md`,
		author: root.author,
		repository: { ...root.repository, directory: relative(ROOT, join(SOURCE_DIR, vendor.id)) },
		engines: root.engines,
		files: ['dist'],
		n8n: { n8nNodesApiVersion: root.n8n.n8nNodesApiVersion, strict: root.n8n.strict, credentials, nodes },
		peerDependencies: { 'n8n-workflow': '*' },
	};
}

function npmPack(directory: string): string {
	const result = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', OUT_DIR], { cwd: directory, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`npm pack in ${relative(ROOT, directory)} failed:\n${result.stderr}`);
	const [packed] = JSON.parse(result.stdout) as Array<{ filename: string }>;
	return join(OUT_DIR, packed.filename);
}

export function packVendor(root: RootManifest, vendor: Vendor): VendorPackage {
	const name = packageName(vendor);
	const { nodes, credentials, nodeNames, credentialNames } = vendorEntries(root, vendor);
	const files = requireGraph([...nodes, ...credentials].map((path) => join(ROOT, path)));
	for (const file of schemaFiles(vendor)) files.add(file);
	const others = VENDORS.filter((other) => other !== vendor).map((other) => join(DIST, 'nodes', other.folder));
	for (const file of files) {
		if (!file.startsWith(`${DIST}/`)) throw new Error(`${name} would need ${file}, outside dist/`);
		const leak = others.find((folder) => file.startsWith(`${folder}/`));
		if (leak) throw new Error(`${name} would ship ${relative(ROOT, file)}: another vendor's file`);
	}
	const directory = join(OUT_DIR, name);
	rmSync(directory, { recursive: true, force: true });
	for (const file of files) {
		const target = join(directory, relative(ROOT, file));
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(file, target);
	}
	const manifest = `${JSON.stringify(vendorManifest(root, vendor, nodes, credentials), null, 2)}\n`;
	writeFileSync(join(directory, 'package.json'), manifest);
	writeFileSync(join(directory, 'README.md'), vendorReadme(root, vendor, name));
	writeFileSync(join(directory, 'LICENSE'), vendorLicense(root));
	const tarball = npmPack(directory);
	return {
		vendor,
		name,
		version: root.version,
		directory,
		tarball,
		nodes,
		credentials,
		nodeTypes: nodeNames.map((node) => `${name}.${node}`),
		credentialTypes: credentialNames,
		files: [...files].map((file) => relative(ROOT, file)).sort(),
	};
}

/**
 * The committed source root of a vendor package: package.json as shipped, and links to the shared
 * nodes/, credentials/ and icons/. Returns what is stale (with `check`) or writes it.
 */
export function syncSourceRoot(vendor: Vendor, manifest: string, check: boolean): string[] {
	const directory = join(SOURCE_DIR, vendor.id);
	const stale: string[] = [];
	const file = join(directory, 'package.json');
	if (!existsSync(file) || readFileSync(file, 'utf8') !== manifest) stale.push(relative(ROOT, file));
	for (const folder of ['nodes', 'credentials', 'icons']) {
		const link = join(directory, folder);
		const target = join('..', '..', folder);
		let current: string | undefined;
		try {
			current = readlinkSync(link);
		} catch {
			current = undefined;
		}
		if (current !== target) stale.push(`${relative(ROOT, link)} (a link to ${target})`);
	}
	if (check || !stale.length) return stale;
	mkdirSync(directory, { recursive: true });
	writeFileSync(file, manifest);
	for (const folder of ['nodes', 'credentials', 'icons']) {
		rmSync(join(directory, folder), { recursive: true, force: true });
		symlinkSync(join('..', '..', folder), join(directory, folder));
	}
	return [];
}

export function packVendors(options: { check?: boolean } = {}): VendorPackage[] {
	if (!existsSync(join(DIST, 'nodes'))) throw new Error('dist/ is missing: run `npm run build` first');
	const root = rootManifest();
	mkdirSync(OUT_DIR, { recursive: true });
	for (const vendor of VENDORS) rmSync(join(OUT_DIR, `${packageName(vendor)}-${root.version}.tgz`), { force: true });
	const packs = VENDORS.map((vendor) => packVendor(root, vendor));
	const stale = packs.flatMap((pack) => syncSourceRoot(pack.vendor, readFileSync(join(pack.directory, 'package.json'), 'utf8'), options.check ?? false));
	if (stale.length) throw new Error(`out of date (run \`npm run pack:vendors\` and commit): ${stale.join(', ')}`);
	return packs;
}

if (require.main === module) {
	try {
		for (const pack of packVendors({ check: process.argv.includes('--check') })) {
			const size = (statSync(pack.tarball).size / 1024).toFixed(1);
			process.stdout.write(`${relative(ROOT, pack.tarball)}: ${size} kB, ${pack.files.length} files; nodes ${pack.nodeTypes.join(', ')}; credentials ${pack.credentialTypes.join(', ')}\n`);
		}
	} catch (error) {
		process.stderr.write(`pack:vendors: ${(error as Error).message}\n`);
		process.exit(1);
	}
}
