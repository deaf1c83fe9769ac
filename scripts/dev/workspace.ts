/**
 * One prepared n8n user folder: our nodes installed as community packages (the five vendor packages
 * for `npm run test:e2e`, the all-in-one development pack for `npm run dev`), the sandbox credentials
 * and the example workflows imported. Shared by `npm run dev` and `npm run test:e2e`.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { basename, join } from 'path';

import { sandboxCredentials } from './credentials';
import { DEFAULT_N8N, freePort, installPack, installVendorPackages, log, ROOT, RuntimeError, type InstalledVendorPackage, type N8n } from './runtime';

export const EXAMPLES_DIR = join(ROOT, 'examples');
export const PACKAGE_PREFIX = 'n8n-nodes-salesops.';
/** Node types of the vendor packages the examples use: `n8n-nodes-salesops-enapps.enapps`. */
const VENDOR_TYPE = /^n8n-nodes-salesops-[a-z]+\./;
/** Node types n8n itself provides; every other type in an example must come from our packages. */
const N8N_OWN_TYPE = /^(n8n-nodes-base|@n8n\/n8n-nodes-langchain)\./;

export interface ExampleWorkflow {
	file: string;
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; credentials?: Record<string, { id: string; name: string }> }>;
}

export function readExamples(): ExampleWorkflow[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, ...(JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as Omit<ExampleWorkflow, 'file'>) }));
}

/** `dist/credentials/CirrusOAuth2Api.credentials.js` → `cirrusOAuth2Api`. */
function credentialType(file: string): string {
	const name = basename(file).replace(/\.credentials\.js$/, '');
	return name.charAt(0).toLowerCase() + name.slice(1);
}

/** `dist/nodes/Enapps/Enapps.node.js` → `n8n-nodes-salesops.enapps`. */
function nodeType(file: string): string {
	const name = basename(file).replace(/\.node\.js$/, '');
	return PACKAGE_PREFIX + name.charAt(0).toLowerCase() + name.slice(1);
}

export interface Workspace {
	userFolder: string;
	/** The vendor packages installed (undefined: the development pack). */
	vendorPackages?: InstalledVendorPackage[];
	nodeTypes: string[];
	credentialTypes: string[];
	/** Examples whose nodes are all in the installed packages, imported into n8n. */
	examples: ExampleWorkflow[];
	/** Examples left out, with the node types they lack. */
	skippedExamples: Array<{ file: string; missing: string[] }>;
	/** What preparing took, step by step ("import:credentials 4.1 s", "credentials unchanged"). */
	steps: string[];
}

export interface WorkspaceOptions {
	fresh: boolean;
	port: number;
	/** Default: the n8n `npm run dev` uses. */
	n8n?: N8n;
	/** More environment for the import commands (e.g. queue mode's). */
	env?: Record<string, string>;
	/** Rewrites an example before import (e.g. queue mode swaps its trigger for a webhook). */
	rewrite?: (workflow: Record<string, unknown>) => Record<string, unknown>;
	/** More `n8n import:workflow` flags (e.g. `--activeState=fromJson`). */
	importFlags?: string[];
	/**
	 * Install these vendor packages (`npm run pack:vendors`) as users do. Without them the development
	 * pack is installed and the examples' node types are renamed to its `n8n-nodes-salesops.<name>`.
	 */
	vendorPackages?: InstalledVendorPackage[];
}

/** An example with its vendor node types renamed to the development pack's (`npm run dev`). */
export function toDevelopmentPack<T extends { nodes: Array<{ type: string }> }>(workflow: T): T {
	return { ...workflow, nodes: workflow.nodes.map((node) => ({ ...node, type: node.type.replace(VENDOR_TYPE, PACKAGE_PREFIX) })) };
}

export async function prepareWorkspace(userFolder: string, sandboxUrl: string, options: WorkspaceOptions): Promise<Workspace> {
	const n8n = options.n8n ?? DEFAULT_N8N;
	if (options.fresh || !userFolderExists(userFolder)) rmSync(userFolder, { recursive: true, force: true });
	mkdirSync(userFolder, { recursive: true });
	const { vendorPackages } = options;
	const steps: string[] = [];
	const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
	let nodeTypes: string[];
	let credentialTypes: string[];
	const copyStarted = Date.now();
	if (vendorPackages) {
		installVendorPackages(userFolder, vendorPackages);
		nodeTypes = vendorPackages.flatMap((pack) => pack.nodeTypes);
		credentialTypes = vendorPackages.flatMap((pack) => pack.credentialTypes);
	} else {
		const pack = installPack(userFolder);
		nodeTypes = pack.nodes.map(nodeType);
		credentialTypes = pack.credentials.map(credentialType);
		if (pack.missing.length) log(`Not built yet, left out of n8n: ${pack.missing.join(', ')}`);
	}
	steps.push(`pack copied ${seconds(copyStarted)}`);
	const rewrite = (workflow: Record<string, unknown>) => {
		const renamed = vendorPackages ? workflow : toDevelopmentPack(workflow as Record<string, unknown> & ExampleWorkflow);
		return options.rewrite ? options.rewrite(renamed) : renamed;
	};

	const importDir = join(userFolder, 'import');
	rmSync(importDir, { recursive: true, force: true });
	mkdirSync(join(importDir, 'workflows'), { recursive: true });
	const env = n8n.env(userFolder, options.port, { N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...options.env });

	// Each n8n CLI command loads n8n (seconds): the credentials are imported only when they differ from
	// what this user folder last imported (another sandbox port, other credential types).
	const credentialsJson = JSON.stringify(sandboxCredentials(sandboxUrl, credentialTypes), null, 2);
	const credentialsMarker = join(userFolder, 'imported-credentials.sha256');
	const credentialsHash = createHash('sha256').update(credentialsJson).digest('hex');
	if (existsSync(credentialsMarker) && readFileSync(credentialsMarker, 'utf8') === credentialsHash) {
		steps.push('credentials unchanged (not re-imported)');
	} else {
		const started = Date.now();
		writeFileSync(join(importDir, 'credentials.json'), credentialsJson);
		const importedCredentials = await n8n.run(['import:credentials', `--input=${join(importDir, 'credentials.json')}`], env);
		if (importedCredentials.status !== 0) {
			throw new RuntimeError(`n8n import:credentials failed:\n${importedCredentials.stdout}\n${importedCredentials.stderr}`);
		}
		writeFileSync(credentialsMarker, credentialsHash);
		steps.push(`import:credentials ${seconds(started)}`);
	}

	// An example is (re)imported when it is new or its file changed since the last import, so edits
	// made in the editor survive a restart of `npm run dev`.
	const markerFile = join(userFolder, 'imported-examples.json');
	const imported = (existsSync(markerFile) ? JSON.parse(readFileSync(markerFile, 'utf8')) : {}) as Record<string, string>;
	const examples: ExampleWorkflow[] = [];
	const skippedExamples: Workspace['skippedExamples'] = [];
	let toImport = 0;
	for (const example of readExamples()) {
		const types = (vendorPackages ? example : toDevelopmentPack(example)).nodes.map((node) => node.type);
		const missing = [...new Set(types.filter((type) => !N8N_OWN_TYPE.test(type) && !nodeTypes.includes(type)))];
		if (missing.length) {
			skippedExamples.push({ file: example.file, missing });
			continue;
		}
		examples.push(example);
		const original = readFileSync(join(EXAMPLES_DIR, example.file));
		const content = JSON.stringify(rewrite(JSON.parse(original.toString()) as Record<string, unknown>));
		const hash = createHash('sha256').update(content).digest('hex');
		if (imported[example.file] === hash) continue;
		writeFileSync(join(importDir, 'workflows', example.file), content);
		imported[example.file] = hash;
		toImport++;
	}
	if (toImport) {
		const started = Date.now();
		const result = await n8n.run(['import:workflow', '--separate', `--input=${join(importDir, 'workflows')}`, ...(options.importFlags ?? [])], env);
		if (result.status !== 0) throw new RuntimeError(`n8n import:workflow failed:\n${result.stdout}\n${result.stderr}`);
		writeFileSync(markerFile, `${JSON.stringify(imported, null, 2)}\n`);
		steps.push(`import:workflow (${toImport} examples) ${seconds(started)}`);
	} else {
		steps.push('examples unchanged (not re-imported)');
	}
	return { userFolder, vendorPackages, nodeTypes, credentialTypes, examples, skippedExamples, steps };
}

export function userFolderExists(userFolder: string): boolean {
	return existsSync(join(userFolder, '.n8n', 'database.sqlite'));
}
