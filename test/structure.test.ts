// The shipped code (nodes/, credentials/) has no import cycle: with one, which module initialises
// first depends on which file n8n loads first, and the types of data (catalog.ts) would depend on
// the engine that reads them. Type-only imports count: they tie the files together all the same.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '..');

function tsFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return tsFiles(path);
		return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The file a relative specifier names, as TypeScript resolves it (x.ts, then x/index.ts). */
function resolveRelative(from: string, specifier: string): string | undefined {
	const base = resolve(dirname(from), specifier);
	return [`${base}.ts`, join(base, 'index.ts'), base].find((path) => path.endsWith('.ts') && existsSync(path));
}

/** Every relative import, export-from, `import type` and `import()` of each file. */
function importGraph(files: string[]): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
		const targets = importedFiles
			.map(({ fileName }) => fileName)
			.filter((specifier) => specifier.startsWith('.'))
			.map((specifier) => resolveRelative(file, specifier))
			.filter((target): target is string => target !== undefined);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (file: string) => {
		index.set(file, counter);
		low.set(file, counter);
		counter += 1;
		stack.push(file);
		onStack.add(file);
		for (const next of graph.get(file) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(file, Math.min(low.get(file)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(file, Math.min(low.get(file)!, index.get(next)!));
			}
		}
		if (low.get(file) !== index.get(file)) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			component.push(member);
		} while (member !== file);
		if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component);
	};
	for (const file of graph.keys()) if (!index.has(file)) visit(file);
	return found;
}

/** One import path around a component, from its first file back to it, so the report names the links. */
function loopThrough(component: string[], graph: Map<string, string[]>): string[] {
	const members = new Set(component);
	const start = [...component].sort()[0];
	const previous = new Map<string, string>();
	const queue = [start];
	while (queue.length > 0) {
		const file = queue.shift()!;
		for (const next of graph.get(file) ?? []) {
			if (!members.has(next)) continue;
			if (next === start) {
				const path = [file];
				while (path[0] !== start) path.unshift(previous.get(path[0])!);
				return [...path, start];
			}
			if (!previous.has(next)) {
				previous.set(next, file);
				queue.push(next);
			}
		}
	}
	return [start];
}

describe('Module structure of the shipped code', () => {
	const files = ['nodes', 'credentials'].flatMap((dir) => tsFiles(join(ROOT, dir)));
	const graph = importGraph(files);
	const name = (file: string) => relative(ROOT, file);

	it('reads the nodes and credentials and sees their relative imports', () => {
		expect(files.map(name)).toEqual(expect.arrayContaining(['nodes/shared/catalog.ts', 'credentials/EnappsApi.credentials.ts']));
		// A type-only import is an edge too: builder.ts takes the catalog's types with `import type`.
		expect(graph.get(join(ROOT, 'nodes/shared/builder.ts'))).toContain(join(ROOT, 'nodes/shared/catalog.ts'));
	});

	it('no file in nodes/ or credentials/ reaches itself through its imports', () => {
		const report = cycles(graph).map(
			(component) =>
				`${component.length} files: ${component.map(name).sort().join(', ')}\n  e.g. ${loopThrough(component, graph).map(name).join(' -> ')}`,
		);
		expect(report).toEqual([]);
	});
});
