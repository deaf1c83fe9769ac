/** Simplify and trigger events are declared on the operations they belong to; the node shows what they declare. */
import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Cirrus } from '../../nodes/Cirrus/Cirrus.node';
import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import { ordersOperations } from '../../nodes/Cirrus/catalog/orders';
import { Enapps } from '../../nodes/Enapps/Enapps.node';
import { enappsCatalog } from '../../nodes/Enapps/catalog';
import { Guardant } from '../../nodes/Guardant/Guardant.node';
import { guardantCatalog } from '../../nodes/Guardant/catalog';
import { Quince } from '../../nodes/Quince/Quince.node';
import { quinceCatalog } from '../../nodes/Quince/catalog';
import { Repzo } from '../../nodes/Repzo/Repzo.node';
import { repzoCatalog } from '../../nodes/Repzo/catalog';
import { generatedOperations } from '../../nodes/Repzo/catalog/generated';
import { buildProperties } from '../../nodes/shared/builder';
import type { OperationSpec, VendorCatalog } from '../../nodes/shared/catalog';

const nodes: Array<[string, INodeType, VendorCatalog]> = [
	['Cirrus', new Cirrus(), cirrusCatalog],
	['Enapps', new Enapps(), enappsCatalog],
	['Guardant', new Guardant(), guardantCatalog],
	['QUINCE', new Quince(), quinceCatalog],
	['Repzo', new Repzo(), repzoCatalog],
];

/** `resource.operation` → the Simplify default shown there, for every screen that shows the switch. */
function switchesShown(properties: INodeProperties[]): Map<string, unknown> {
	const shown = new Map<string, unknown>();
	for (const property of properties.filter((candidate) => candidate.name === 'simplify')) {
		const show = property.displayOptions!.show!;
		for (const resource of show.resource as string[]) for (const operation of show.operation as string[]) shown.set(`${resource}.${operation}`, property.default);
	}
	return shown;
}

describe('Simplify is declared on the operation', () => {
	test.each(nodes)('%s shows the Simplify switch on exactly the operations that declare it, with their default', (_vendor, node, catalog) => {
		const offered = new Set(catalog.operations.map((op) => `${op.resource}.${op.operation}`));
		const shown = [...switchesShown(node.description.properties)].filter(([screen]) => offered.has(screen));
		const declared = catalog.operations.filter((op) => op.simplify).map((op) => [`${op.resource}.${op.operation}`, !op.simplify!.defaultOff]);

		expect(declared.length).toBeGreaterThan(0);
		expect(new Map(shown)).toEqual(new Map(declared as Array<[string, boolean]>));
	});

	test('Repzo client Get Many carries its Simplify in the generated catalog', () => {
		const clientList = generatedOperations.find((op) => op.resource === 'client' && op.operation === 'getAll');

		expect(clientList?.simplify?.keep).toContain('client_code');
		expect(clientList?.simplify?.dates).toEqual(['createdAt', 'updatedAt']);
	});

	test('an operation that keeps 11 fields is refused when the node is built, naming the operation', () => {
		const read: OperationSpec = {
			resource: 'thing',
			operation: 'get',
			name: 'Get',
			action: 'Get thing',
			method: 'GET',
			path: '/things/{id}',
			fields: [{ name: 'id', in: 'path', kind: 'string', required: true }],
			simplify: { keep: Array.from({ length: 11 }, (_, index) => `field${index}`) },
		};
		const catalog: VendorCatalog = {
			vendor: 'Acme',
			connection: { credentials: [], baseUrl: () => 'https://acme.test', headers: {} },
			resources: [{ value: 'thing', name: 'Thing' }],
			operations: [read],
		};

		expect(() => buildProperties(catalog)).toThrow('Acme thing.get: Simplify keeps at most 10 fields');
	});
});

describe('Cirrus trigger events are declared on the list', () => {
	test('Order Get Many declares its "New Order (by Place Date)" event where it is declared', () => {
		const orderList = ordersOperations.find((op) => op.resource === 'order' && op.operation === 'getMany');

		expect(orderList?.poll).toMatchObject({ idProperty: 'id', granularity: 'day', events: [{ since: 'datespan_start', timestampProperty: 'placedate', name: 'New Order (by Place Date)' }] });
	});
});
