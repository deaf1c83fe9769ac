/**
 * "Map Fields" (defined below) sends what "Fields Below" sends for the same values, on every write
 * that offers it: the mapper fills the body and the fields' own checks and conversions do the rest.
 */
import nock from 'nock';

import { mappableFields } from '../../nodes/shared/resourceMapper';
import { runNode } from '../harness';
import { mappedOperations, parametersFor, recordVendor } from './helpers';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const cases = mappedOperations().map(({ vendor, op }) => [`${vendor.node} ${op.resource} → ${op.name}`, vendor, op] as const);

describe('Map Fields sends the body the fields send', () => {
	test('the listed resources offer it on Create, Update and Create or Update (21 operations)', () => {
		expect(cases.map(([title]) => title).sort()).toEqual(
			[
				'cirrus account → Create', 'cirrus account → Update', 'cirrus account → Create or Update',
				'cirrus contact → Create', 'cirrus contact → Update', 'cirrus contact → Create or Update',
				'cirrus order → Create', 'cirrus order → Update', 'cirrus order → Create or Update',
				'guardant customer → Create', 'guardant customer → Update', 'guardant customer → Create or Update',
				'quince partner → Create Many', 'quince partner → Update Many', 'quince partner → Create or Update',
				'repzo client → Create', 'repzo client → Update', 'repzo client → Create or Update',
				'repzo product → Create', 'repzo product → Update', 'repzo product → Create or Update',
			].sort(),
		);
	});

	test.each(cases)('%s: every field given, the same requests in both modes', async (_title, vendor, op) => {
		const byFields = recordVendor(vendor);
		const fields = await runNode({ node: vendor.node, parameters: parametersFor(vendor.catalog, op, false), credentials: vendor.credentials });
		expect(fields.error).toBeUndefined();
		nock.cleanAll();
		const byMapper = recordVendor(vendor);
		const mapper = await runNode({ node: vendor.node, parameters: parametersFor(vendor.catalog, op, true), credentials: vendor.credentials });
		expect(mapper.error).toBeUndefined();

		const write = byFields[byFields.length - 1];
		expect(write.method).not.toBe('GET');
		// Every field the mapper lists travels (QUINCE sends records in `array`).
		const record = (vendor.node === 'quince' ? (write.body as { array: object[] }).array[0] : write.body) as object;
		expect(Object.keys(record).length).toBe(new Set(mappableFields(op).map((field) => (field.property ?? field.name).split('.')[0])).size);
		expect(byMapper).toEqual(byFields);
	});
});
