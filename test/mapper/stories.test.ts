/** "Map Fields" as a user meets it: the field list, Map Automatically between two vendors, reruns, and bad input. */
import nock from 'nock';

import { resourceMapping } from '../pickers/context';
import { runNode } from '../harness';
import { credentials as quinceCredentials, BASE as QUINCE } from '../quince/fixtures';
import { credentials as repzoCredentials, BASE as REPZO } from '../repzo/fixtures';
import { nodeTypes, recordRequests } from '../harness';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** A client as Repzo's Get Many returns it. */
const repzoClient = {
	_id: '65f1c0ffee',
	name: 'Kiosk Al Noor',
	local_name: 'كشك النور',
	client_code: 'EN-12',
	tax_number: '3001234567',
	phone: '+966 11 555 0101',
	email: 'noor@example.com',
	website: 'noor.example.com',
	city: 'Riyadh',
	disabled: false,
	createdAt: '2024-03-01T08:00:00.000Z',
};

const autoMap = { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] };

describe('The mapper lists the fields of the operation on screen', () => {
	test('QUINCE partner → Create Many: 16 fields, Name required, Folder ID a number', async () => {
		const { fields } = await resourceMapping({ node: 'quince', method: 'getMappingFields', parameters: { resource: 'partner', operation: 'createMany' }, credentials: quinceCredentials });

		expect(fields).toHaveLength(16);
		expect(fields[0]).toEqual({ id: 'Name', displayName: 'Name', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' });
		expect(fields.find((field) => field.id === 'ParentFolder')).toMatchObject({ displayName: 'Folder ID', type: 'number', required: false });
		expect(fields.filter((field) => field.required).map((field) => field.id)).toEqual(['Name']);
	});

	test('QUINCE partner → Create or Update matches on Tax Number, which is required', async () => {
		const { fields } = await resourceMapping({ node: 'quince', method: 'getMappingFields', parameters: { resource: 'partner', operation: 'upsert' }, credentials: quinceCredentials });

		expect(fields.filter((field) => field.defaultMatch).map((field) => field.id)).toEqual(['TaxNumber']);
		expect(fields.filter((field) => field.required).map((field) => field.id)).toEqual(['Name', 'TaxNumber']);
	});

	test('Repzo client → Create: 45 fields with their types, a choice with its options', async () => {
		const { fields } = await resourceMapping({ node: 'repzo', method: 'getMappingFields', parameters: { resource: 'client', operation: 'create' }, credentials: repzoCredentials });

		expect(fields).toHaveLength(45);
		expect(fields.filter((field) => field.required).map((field) => field.id)).toEqual(['name']);
		const typeOf = (id: string) => fields.find((field) => field.id === id)?.type;
		expect([typeOf('name'), typeOf('disabled'), typeOf('credit_limit'), typeOf('tags'), typeOf('customFields')]).toEqual(['string', 'boolean', 'number', 'string', 'object']);
		const paymentType = fields.find((field) => field.id === 'payment_type')!;
		expect(paymentType.type).toBe('options');
		expect(paymentType.options?.length).toBeGreaterThan(1);
	});

	test('Repzo product → Update names the record in the path: the mapper lists only body fields, none required', async () => {
		const { fields } = await resourceMapping({ node: 'repzo', method: 'getMappingFields', parameters: { resource: 'product', operation: 'update' }, credentials: repzoCredentials });

		expect(fields).toHaveLength(30);
		expect(fields.some((field) => field.id === 'id')).toBe(false);
		expect(fields.filter((field) => field.required)).toEqual([]);
	});

	test('an operation without Map Fields lists nothing and says so', async () => {
		const answer = await resourceMapping({ node: 'quince', method: 'getMappingFields', parameters: { resource: 'contract', operation: 'createMany' }, credentials: quinceCredentials });

		expect(answer).toEqual({ fields: [], emptyFieldsNotice: 'This operation has no fields to map' });
	});
});

describe('Map Automatically: a Repzo client becomes a QUINCE partner', () => {
	test('name, tax_number, phone, email and website land in Name, TaxNumber, Phone, Email and WebSite; the rest is not sent', async () => {
		const scope = nock(QUINCE)
			.post('/api/v2/partner/add', {
				array: [{ Name: 'Kiosk Al Noor', TaxNumber: '3001234567', Phone: '+966 11 555 0101', Email: 'noor@example.com', WebSite: 'noor.example.com' }],
			})
			.reply(200, { success: true, data: [{ id: 501 }] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'mapper', mappedFields: autoMap },
			credentials: quinceCredentials,
			input: [repzoClient],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toMatchObject({ id: 501, Name: 'Kiosk Al Noor' });
	});

	test('every matching field is mapped, also one the editor marked removed while fields were defined by hand', async () => {
		const scope = nock(QUINCE)
			.post('/api/v2/partner/add', {
				array: [{ Name: 'Kiosk Al Noor', TaxNumber: '3001234567', Phone: '+966 11 555 0101', Email: 'noor@example.com', WebSite: 'noor.example.com' }],
			})
			.reply(200, { success: true, data: [{ id: 502 }] });

		const result = await runNode({
			node: 'quince',
			parameters: { resource: 'partner', operation: 'createMany', bodyMode: 'mapper', mappedFields: { ...autoMap, schema: [{ id: 'Name', removed: false }, { id: 'Phone', removed: true }] } },
			credentials: quinceCredentials,
			input: [repzoClient],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Create or Update by Tax Number run twice creates the partner once, then updates it by its ID', async () => {
		const saved: Array<Record<string, unknown>> = [];
		const scope = nock(QUINCE)
			.persist()
			.post('/api/v2/partner/list')
			.reply((_uri, body) => {
				const wanted = (body as { filter: { TaxNumber: string } }).filter.TaxNumber;
				return [200, { success: true, data: saved.filter((record) => record.TaxNumber === wanted).map((record, index) => ({ Id: 700 + index, ...record })) }];
			})
			.post('/api/v2/partner/add')
			.reply((_uri, body) => {
				saved.push(...(body as { array: Array<Record<string, unknown>> }).array);
				return [200, { success: true, data: [{ id: 700 }] }];
			})
			.post('/api/v2/partner/update', { array: [{ id: 700, Name: 'Kiosk Al Noor', TaxNumber: '3001234567', Phone: '+966 11 555 0101', Email: 'noor@example.com', WebSite: 'noor.example.com' }] })
			.reply(200, { success: true });
		const run = async () =>
			await runNode({
				node: 'quince',
				parameters: { resource: 'partner', operation: 'upsert', bodyMode: 'mapper', mappedFields: { ...autoMap, matchingColumns: ['TaxNumber'] } },
				credentials: quinceCredentials,
				input: [repzoClient],
			});

		const first = await run();
		const second = await run();

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(saved).toHaveLength(1);
		expect([first.items[0].json._action, second.items[0].json._action]).toEqual(['created', 'updated']);
		scope.persist(false);
	});
});

describe('Map Fields refuses bad input before any request, naming the field and the item', () => {
	test('a Folder ID that is not a number on item 1 stops the run; nothing is sent for item 0 either', async () => {
		const seen = recordRequests(QUINCE, { success: true, data: [{ id: 1 }] });

		const result = await runNode({
			node: 'quince',
			parameters: {
				resource: 'partner',
				operation: 'createMany',
				bodyMode: 'mapper',
				mappedFields: { mappingMode: 'defineBelow', value: { Name: '={{ $json.name }}', ParentFolder: '={{ $json.folder }}' }, matchingColumns: [], schema: [] },
			},
			credentials: quinceCredentials,
			input: [{ name: 'A', folder: 3 }, { name: 'B', folder: 'top shelf' }],
		});

		expect(result.error?.message).toBe("'top shelf' is not a number in 'Folder ID' [item 1]");
		expect(seen).toEqual([]);
	});

	test('a required field the mapping leaves out is named', async () => {
		const seen = recordRequests(REPZO, { _id: 'x' });

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'create', bodyMode: 'mapper', mappedFields: autoMap },
			credentials: repzoCredentials,
			input: [{ client_name: 'No name key' }],
		});

		expect(result.error?.message).toBe("A value is required in 'Name' [item 0]");
		expect(seen).toEqual([]);
	});

	test('Map Automatically refuses a Repzo client whose credit limit is not a number', async () => {
		const seen = recordRequests(REPZO, { _id: 'x' });

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'create', bodyMode: 'mapper', mappedFields: autoMap },
			credentials: repzoCredentials,
			input: [{ name: 'Fine' }, { name: 'Kiosk', 'Credit Limit': 'lots' }],
		});

		expect(result.error?.message).toBe("'lots' is not a number in 'Credit Limit' [item 1]");
		expect(seen).toEqual([]);
	});
});

describe('An update that maps nothing', () => {
	test('Repzo client → Update with every mapped field empty says to map a field, before any request', async () => {
		const seen = recordRequests(REPZO, { _id: 'x' });

		const result = await runNode({
			node: 'repzo',
			parameters: { resource: 'client', operation: 'update', id: 'c0ffee', bodyMode: 'mapper', mappedFields: { mappingMode: 'defineBelow', value: { name: '', city: null }, matchingColumns: [], schema: [] } },
			credentials: repzoCredentials,
		});

		expect(result.error?.message).toBe("Nothing to update in 'Fields' [item 0]");
		expect(result.error?.description).toBe('Map at least one field to change');
		expect(seen).toEqual([]);
	});
});

describe('The mapper input each write shows', () => {
	const mapperOf = (node: string, resource: string, operation: string) => {
		const type = nodeTypes.getByNameAndVersion(`n8n-nodes-salesops.${node}`, 1);
		const found = type.description.properties.find(
			// No resource list: the operations imply the resources (dropImpliedResources).
			(property) => property.name === 'mappedFields' && (property.displayOptions?.show?.resource ?? [resource]).includes(resource) && (property.displayOptions?.show?.operation ?? []).includes(operation),
		);
		return found?.typeOptions?.resourceMapper;
	};

	test('adds on Create, matches the body ID on Update Many, matches the key on Create or Update; required fields first, others added one by one', () => {
		expect(mapperOf('quince', 'partner', 'createMany')).toMatchObject({ resourceMapperMethod: 'getMappingFields', mode: 'add', supportAutoMap: true, addAllFields: false });
		expect(mapperOf('quince', 'partner', 'updateMany')).toMatchObject({ mode: 'update', matchingFieldsLabels: { title: 'Partner ID to Match On' } });
		expect(mapperOf('quince', 'partner', 'upsert')).toMatchObject({ mode: 'upsert', matchingFieldsLabels: { title: 'Tax Number to Match On' } });
		// An update that names its record in the path (the ID stays its own input) only adds values.
		expect(mapperOf('cirrus', 'account', 'update')).toMatchObject({ mode: 'add' });
		expect(mapperOf('quince', 'partnerFolder', 'createMany')).toBeUndefined();
	});

	test('the line under the match input is ours: the editor shows `hint` there (`description` is only its tooltip)', () => {
		expect(mapperOf('quince', 'partner', 'upsert')?.matchingFieldsLabels?.hint).toBe('The record with this Tax Number is updated, else one is created');
		expect(mapperOf('quince', 'partner', 'updateMany')?.matchingFieldsLabels?.hint).toBe('The record with this Partner ID is changed');
		expect(mapperOf('repzo', 'client', 'upsert')?.matchingFieldsLabels).toMatchObject({ title: expect.stringMatching(/ to Match On$/), hint: expect.stringMatching(/is updated, else one is created$/) });
	});
});
