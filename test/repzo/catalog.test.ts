/** The generated catalog: our wording, the SDK's paths where the specs disagree with it. */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';

import { generatedOperations, generatedResources } from '../../nodes/Repzo/catalog/generated';
import { SEED_FILE } from '../../scripts/repzo/extract';

const find = (resource: string, operation: string) => generatedOperations.find((op) => op.resource === resource && op.operation === operation)!;

test('"Find clients" is Get Many of resource Client', () => {
	expect(generatedResources.find((resource) => resource.value === 'client')?.name).toBe('Client');
	expect(find('client', 'getAll')).toMatchObject({ name: 'Get Many', action: 'Get many clients', method: 'GET', path: '/client' });
	expect(find('client', 'delete')).toMatchObject({ name: 'Delete', action: 'Delete client', method: 'DELETE', path: '/client/{id}' });
});

test.each([
	['team', '/teams'],
	['priceList', '/pricelists'],
	['priceListItem', '/pricelistsitems'],
	['measureUnit', '/measureunits'],
	['measureUnitFamily', '/measureunit-family'],
	['subcategory', '/product-sub-category'],
])('%s uses the path the Repzo SDK client calls (%s), not the one in its spec file', (resource, path) => {
	for (const op of generatedOperations.filter((candidate) => candidate.resource === resource)) expect(op.path.startsWith(path)).toBe(true);
});

test('names are Title Case and actions sentence case', () => {
	for (const op of generatedOperations) {
		expect([op.name, /^[A-Z][A-Za-z]*( ([A-Z][A-Za-z]*|as|of))*$/.test(op.name)]).toEqual([op.name, true]);
		expect([op.action, /^[A-Z]/.test(op.action) && !/ [A-Z][a-z]/.test(op.action)]).toEqual([op.action, true]);
	}
});

test('no description text is taken from the specs', () => {
	const specDir = join(__dirname, '..', '..', 'node_modules', 'repzo', 'src', 'oas');
	const prose = new Set<string>();
	const collect = (node: unknown): void => {
		if (Array.isArray(node)) node.forEach(collect);
		else if (node && typeof node === 'object') {
			for (const [key, value] of Object.entries(node)) {
				if ((key === 'description' || key === 'summary') && typeof value === 'string') prose.add(value.trim().toLowerCase());
				else collect(value);
			}
		}
	};
	for (const file of readdirSync(specDir)) collect(load(readFileSync(join(specDir, file), 'utf8')));
	// The seed's own lines too, where the seed is beside the package.
	if (existsSync(SEED_FILE)) for (const line of readFileSync(SEED_FILE, 'utf8').split('\n')) prose.add(line.trim().toLowerCase());
	const ours = generatedOperations.flatMap((op) => [op.description, ...(op.fields ?? []).flatMap((field) => [field.description, field.hint, field.placeholder])]);
	for (const text of ours.filter((entry): entry is string => typeof entry === 'string')) expect([text, prose.has(text.trim().toLowerCase())]).toEqual([text, false]);
});

test('list operations page at the largest size Repzo accepts (100) and unwrap the envelope the seed shows', () => {
	const lists = generatedOperations.filter((op) => op.list);
	expect(lists.length).toBe(90);
	for (const op of lists) {
		const root = op.resource === 'paymentTerm' ? 'result' : 'data';
		expect([op.resource, op.list]).toMatchObject([op.resource, { maxPageSize: 100, rootProperty: root }]);
	}
});
