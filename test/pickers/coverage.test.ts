/**
 * What the pickers cover, checked on the built node descriptions and catalogs: every required record
 * ID whose record type has a list in the same node is picked from that list, and no required input
 * starts with a made-up value.
 */
import type { INodeProperties } from 'n8n-workflow';

import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import { enappsCatalog } from '../../nodes/Enapps/catalog';
import { guardantCatalog } from '../../nodes/Guardant/catalog';
import { quinceCatalog } from '../../nodes/Quince/catalog';
import { repzoCatalog } from '../../nodes/Repzo/catalog';
import type { VendorCatalog } from '../../nodes/shared/catalog';
import { nodeTypes, PACKAGE } from '../harness';

const catalogs: Array<[string, VendorCatalog]> = [
	['enapps', enappsCatalog],
	['cirrus', cirrusCatalog],
	['guardant', guardantCatalog],
	['quince', quinceCatalog],
	['repzo', repzoCatalog],
];

function walk(properties: INodeProperties[], visit: (property: INodeProperties) => void): void {
	for (const property of properties) {
		visit(property);
		if (property.type === 'collection') walk((property.options ?? []) as INodeProperties[], visit);
	}
}

describe.each(catalogs)('%s pickers', (node, catalog) => {
	const description = nodeTypes.getByNameAndVersion(`${PACKAGE}.${node}`, 1).description;
	const methods = nodeTypes.getByNameAndVersion(`${PACKAGE}.${node}`, 1).methods;

	test('every record ID in a path is picked from its own list when the node has one', () => {
		const missing: string[] = [];
		for (const op of catalog.operations) {
			for (const field of op.fields ?? []) {
				if (field.in !== 'path' || !['id', 'customerId', 'dongleId'].includes(field.name)) continue;
				const resource = field.name === 'id' ? op.resource : field.name.replace(/Id$/, '');
				if (catalog.pickers?.[resource] && field.picker?.resource !== resource) missing.push(`${op.resource}.${op.operation}.${field.name}`);
			}
		}
		expect(missing).toEqual([]);
	});

	test('every locator and dropdown has its method, and every method belongs to a picker source', () => {
		const used = new Set<string>();
		walk(description.properties, (property) => {
			if (property.type === 'resourceLocator') {
				const method = property.modes?.find((mode) => mode.name === 'list')?.typeOptions?.searchListMethod as string;
				expect(methods?.listSearch?.[method]).toBeInstanceOf(Function);
				expect(property.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
				used.add(method);
			}
			const loadOptions = property.typeOptions?.loadOptionsMethod;
			if (loadOptions) {
				expect(methods?.loadOptions?.[loadOptions]).toBeInstanceOf(Function);
				used.add(loadOptions);
			}
		});
		expect(used.size).toBeGreaterThan(0);
		for (const method of [...Object.keys(methods?.listSearch ?? {}), ...Object.keys(methods?.loadOptions ?? {})]) {
			expect(Object.keys(catalog.pickers ?? {})).toContain(method);
		}
	});

	test('no required input starts with 0, 1 or a sample value: it starts empty, so n8n flags it', () => {
		const prefilled: string[] = [];
		walk(description.properties, (property) => {
			if (!property.required || ['resource', 'operation', 'bodyMode'].includes(property.name)) return;
			if (property.type === 'number' && (property.default === 0 || property.default === 1)) prefilled.push(property.name);
			if (property.type === 'json' && typeof property.default === 'string' && /\d/.test(property.default)) prefilled.push(property.name);
		});
		expect(prefilled).toEqual([]);
	});
});
