/**
 * `npm run scan:vendors`: n8n's own community-package scanner (`@n8n/scan-community-package`, what the
 * Creator Portal runs before verifying a package) on every vendor tarball `npm run pack:vendors` wrote.
 * The portal lints two things with the scanner's `analyzePackage()`: the published tarball (its
 * JavaScript and package.json) and the package's source (package.json plus `nodes/`, `credentials/`).
 * Its download and provenance steps need npmjs.com and a published version, so they are left out here;
 * the source leg runs where the portal would find it in a checkout, the directory whose package.json
 * bears the package's name: `packages/<vendor>/` (links to nodes/, credentials/, icons/). Prints every
 * finding; exits 1 on any.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';

import { OUT_DIR, packageName, ROOT, rootManifest, SOURCE_DIR, VENDORS } from './vendors';

interface Analysis {
	passed: boolean;
	message?: string;
	details?: string;
}

interface Scanner {
	analyzePackage(directory: string, patterns?: string[]): Promise<Analysis>;
	SOURCE_FILE_PATTERNS: string[];
}

/** The scanner is ESM; ts-node compiles `import()` to `require()`, so the real import goes through a function. */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

async function loadScanner(): Promise<Scanner> {
	// SCANNER_FROM: a folder whose node_modules holds the scanner, to try it before it is a devDependency.
	const from = process.env.SCANNER_FROM ?? ROOT;
	const entry = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs', { paths: [from] });
	return (await importModule(entry)) as Scanner;
}

function print(label: string, result: Analysis): void {
	process.stdout.write(`${result.passed ? 'PASS' : 'FAIL'} ${label}${result.passed ? '' : `: ${result.message ?? ''}`}\n`);
	if (result.details) process.stdout.write(`${result.details.trimEnd()}\n`);
}

async function main(): Promise<number> {
	const started = Date.now();
	const scanner = await loadScanner();
	const { version } = rootManifest();
	const work = mkdtempSync(join(tmpdir(), 'scan-vendors-'));
	let failed = 0;
	try {
		// The development pack's own sources (root package.json, every node and credential): what n8n's
		// node-CLI lint covers.
		const rootResult = await scanner.analyzePackage(ROOT, scanner.SOURCE_FILE_PATTERNS);
		print('repository root: package.json, nodes/, credentials/', rootResult);
		if (!rootResult.passed) failed++;
		for (const vendor of VENDORS) {
			const name = packageName(vendor);
			const tarball = join(OUT_DIR, `${name}-${version}.tgz`);
			if (!existsSync(tarball)) throw new Error(`${relative(ROOT, tarball)} is missing: run \`npm run pack:vendors\` first`);
			const unpacked = join(work, name, 'tarball');
			mkdirSync(unpacked, { recursive: true });
			const tar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], { encoding: 'utf8' });
			if (tar.status !== 0) throw new Error(`tar -xzf ${tarball}: ${tar.stderr}`);
			// The same two legs, with the same file patterns, as the scanner's analyzePackageByName().
			const results: Array<[string, Analysis]> = [
				[`${name}-${version}.tgz (${(statSync(tarball).size / 1024).toFixed(1)} kB): tarball`, await scanner.analyzePackage(unpacked, ['**/*.js', 'package.json'])],
				[`${name}: sources (${relative(ROOT, join(SOURCE_DIR, vendor.id))}/)`, await scanner.analyzePackage(join(SOURCE_DIR, vendor.id), scanner.SOURCE_FILE_PATTERNS)],
			];
			for (const [label, result] of results) {
				print(label, result);
				if (!result.passed) failed++;
			}
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	process.stdout.write(`scan:vendors: ${VENDORS.length} packages, ${failed} failing check(s), ${Math.round((Date.now() - started) / 1000)} s\n`);
	return failed === 0 ? 0 : 1;
}

main()
	.then((code) => process.exit(code))
	.catch((error) => {
		process.stderr.write(`scan:vendors: ${(error as Error).message}\n`);
		process.exit(1);
	});
