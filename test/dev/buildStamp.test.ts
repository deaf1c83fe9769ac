import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { BUILD_INPUTS, buildSources, changedSources } from '../../scripts/dev/runtime';

// `npm run dev` skips `npm run build` when changedSources(stamp of the last build, sources now) is empty.
describe('npm run dev: build only when a build input changed', () => {
	let root: string;

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'salesops-build-'));
		mkdirSync(join(root, 'nodes', 'Enapps', 'catalog'), { recursive: true });
		mkdirSync(join(root, 'icons'));
		writeFileSync(join(root, 'nodes', 'Enapps', 'Enapps.node.ts'), 'export class Enapps {}\n');
		writeFileSync(join(root, 'nodes', 'Enapps', 'catalog', 'partners.ts'), 'export const partners = [];\n');
		writeFileSync(join(root, 'icons', 'enapps.svg'), '<svg/>');
		writeFileSync(join(root, 'package.json'), '{"name":"n8n-nodes-salesops"}\n');
		writeFileSync(join(root, 'README.md'), 'not a build input\n');
	});

	afterEach(() => rmSync(root, { recursive: true, force: true }));

	const edit = (path: string, text: string) => writeFileSync(join(root, path), text);

	it('a second start with nothing edited builds nothing', () => {
		const built = buildSources(root);
		expect(changedSources(built, buildSources(root))).toEqual([]);
	});

	it('every file in nodes/ (nested folders too), icons/ and package.json counts; other files do not', () => {
		expect(Object.keys(buildSources(root)).sort()).toEqual(['icons/enapps.svg', 'nodes/Enapps/Enapps.node.ts', 'nodes/Enapps/catalog/partners.ts', 'package.json']);
	});

	it('editing a catalog file names that file', () => {
		const built = buildSources(root);
		edit('nodes/Enapps/catalog/partners.ts', 'export const partners = [1];\n');
		expect(changedSources(built, buildSources(root))).toEqual(['nodes/Enapps/catalog/partners.ts']);
	});

	it('saving a file again with the same content builds nothing (content, not time, decides)', () => {
		const built = buildSources(root);
		edit('nodes/Enapps/Enapps.node.ts', 'export class Enapps {}\n');
		expect(changedSources(built, buildSources(root))).toEqual([]);
	});

	it('a new credential file and a deleted icon are both changes', () => {
		const built = buildSources(root);
		mkdirSync(join(root, 'credentials'));
		edit('credentials/EnappsApi.credentials.ts', 'export class EnappsApi {}\n');
		rmSync(join(root, 'icons', 'enapps.svg'));
		expect(changedSources(built, buildSources(root))).toEqual(['credentials/EnappsApi.credentials.ts', 'icons/enapps.svg']);
	});

	it('editing tsconfig.json or gulpfile.js is a change; editing the README is not', () => {
		const built = buildSources(root);
		edit('README.md', 'edited\n');
		expect(changedSources(built, buildSources(root))).toEqual([]);
		edit('tsconfig.json', '{}\n');
		edit('gulpfile.js', '// icons\n');
		expect(changedSources(built, buildSources(root))).toEqual(['gulpfile.js', 'tsconfig.json']);
	});

	it('without a stamp from an earlier build (dist/ wiped) every input counts as changed', () => {
		expect(changedSources(undefined, buildSources(root))).toHaveLength(4);
	});

	it('the inputs are the folders and files npm run build reads', () => {
		expect(BUILD_INPUTS).toEqual(expect.arrayContaining(['nodes', 'credentials', 'icons', 'package.json', 'tsconfig.json', 'gulpfile.js']));
	});
});
