/**
 * The oldest n8n we support is 1.85.4, which ships n8n-workflow 1.83.0. Our nodes and credentials
 * must load against that n8n-workflow: every value they import from it must exist there.
 */
import { readdirSync } from 'fs';
import { join } from 'path';

const oldWorkflow = require('n8n-workflow-min') as Record<string, unknown>;

function filesEndingWith(dir: string, suffix: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return filesEndingWith(full, suffix);
		return entry.name.endsWith(suffix) ? [full] : [];
	});
}

const root = join(__dirname, '..', '..');
const modules = [...filesEndingWith(join(root, 'nodes'), '.node.ts'), ...filesEndingWith(join(root, 'credentials'), '.credentials.ts')];

describe('loads with n8n-workflow 1.83.0 (n8n 1.85.4)', () => {
	test('that n8n-workflow is the 1.x one and exports NodeConnectionTypes', () => {
		expect((require('n8n-workflow-min/package.json') as { version: string }).version).toBe('1.83.0');
		expect(oldWorkflow.NodeConnectionTypes).toBeDefined();
	});

	test.each(modules.map((file) => [file.slice(root.length + 1), file]))('%s', (_name, file) => {
		jest.isolateModules(() => {
			jest.doMock('n8n-workflow', () => oldWorkflow);
			const exported = require(file) as Record<string, new () => { description?: { properties: unknown[] }; name?: string }>;
			const classes = Object.values(exported).filter(
				(value) => typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value)),
			);
			expect(classes.length).toBeGreaterThan(0);
			for (const Cls of classes) {
				const instance = new Cls();
				if (instance.description) {
					expect(instance.description.properties.length).toBeGreaterThan(0);
					expect(JSON.stringify(instance.description)).toContain('"inputs":["main"]');
				} else {
					expect(typeof instance.name).toBe('string');
				}
			}
		});
	});
});
