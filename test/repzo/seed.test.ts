/**
 * The seed (repzo-api.txt) is the authority for Repzo. Every one of its operations is compared with
 * the catalog the node is built from: method, required body fields, every documented body field and
 * query parameter present, enums, envelope key and paging. A divergence fails unless
 * test/repzo/seed-allowlist.ts lists it with its reason; an allow-list entry that no longer matches
 * fails too.
 *
 * The facts come from the seed when it is beside the package, from scripts/repzo/seed-facts.json
 * (kept in step with the seed by `npm run generate:repzo`) otherwise.
 */
import { loadFacts, type SeedField, type SeedOperation } from '../../scripts/repzo/extract';
import { repzoCatalog } from '../../nodes/Repzo/catalog';
import { SDK_ONLY_OPERATIONS, SEED_OPERATION_COUNT, SEED_SOURCES } from '../../nodes/Repzo/catalog/generated';
import type { FieldSpec, OperationSpec } from '../../nodes/shared/catalog';
import { SEED_ALLOWLIST } from './seed-allowlist';

const { facts } = loadFacts();
const PAGING = new Set(['page', 'per_page', 'limit', 'offset']);
const SERVER_SET = new Set(['_id', '__v', 'createdAt', 'updatedAt']);

const bySummary = new Map<string, OperationSpec>();
for (const op of repzoCatalog.operations) {
	const summary = SEED_SOURCES[`${op.resource}.${op.operation}`];
	if (summary) bySummary.set(summary, op);
}

interface Divergence {
	summary: string;
	check: string;
	detail: string;
}

function optionValues(field: FieldSpec | undefined): Array<string | number | boolean> | undefined {
	return field?.options?.map((option) => option.value);
}

function compareEnum(divergences: Divergence[], summary: string, where: string, seedField: SeedField, field: FieldSpec | undefined) {
	const expected = seedField.enum ?? seedField.itemsEnum;
	if (!expected?.length || !field) return;
	const actual = optionValues(field);
	const same = actual !== undefined && actual.length === new Set(expected).size && expected.every((value) => actual.includes(value));
	if (!same) divergences.push({ summary, check: 'enum', detail: `${where} ${seedField.name}: seed ${JSON.stringify(expected)}, catalog ${JSON.stringify(actual ?? field.kind)}` });
}

function compare(seed: SeedOperation, op: OperationSpec): Divergence[] {
	const divergences: Divergence[] = [];
	const add = (check: string, detail: string) => divergences.push({ summary: seed.summary, check, detail });
	const fields = op.fields ?? [];
	const body = fields.filter((field) => field.in === 'body');
	const query = fields.filter((field) => field.in === 'query');

	if (!seed.methods.includes(op.method)) add('method', `seed ${seed.methods.join('/')}, catalog ${op.method}`);

	if (seed.body) {
		const seedRequired = seed.body.filter((field) => field.required).map((field) => field.name).sort();
		const required = body.filter((field) => field.required).map((field) => field.name).sort();
		if (JSON.stringify(seedRequired) !== JSON.stringify(required)) add('required', `seed [${seedRequired.join(', ')}], catalog [${required.join(', ')}]`);
		for (const seedField of seed.body) {
			if (SERVER_SET.has(seedField.name) && !seedField.required) continue;
			const field = body.find((candidate) => candidate.name === seedField.name);
			if (!field) add('body field', `${seedField.name} missing`);
			compareEnum(divergences, seed.summary, 'body', seedField, field);
		}
		if (!op.bodyJsonMode) add('body', 'the catalog offers no Body (JSON)');
	} else if (body.length) add('body', `seed documents no body, catalog has ${body.map((field) => field.name).join(', ')}`);

	for (const seedField of seed.queryParameters) {
		if (seedField.nameFrom === 'unnamed query object' || seedField.name === 'params') continue;
		if (op.list && PAGING.has(seedField.name)) continue;
		const field = query.find((candidate) => candidate.name === seedField.name);
		if (!field) add('query parameter', `${seedField.name} missing`);
		compareEnum(divergences, seed.summary, 'query', seedField, field);
	}
	// Where the seed lists a list's parameters, the catalog offers those only.
	if (op.list && seed.queryParameters.some((field) => field.name !== 'params' && !field.nameFrom)) {
		const documented = new Set(seed.queryParameters.map((field) => field.name));
		for (const field of query) if (!documented.has(field.name)) add('query parameter', `${field.name} is not in the seed`);
	}

	const root = op.list ? op.list.rootProperty || null : op.rootProperty ?? null;
	if (root !== seed.envelope) add('envelope', `seed ${seed.envelope ?? 'none'}, catalog ${root ?? 'none'}`);
	if (seed.envelopeHolds === 'list' && !op.list && seed.methods.includes('GET')) add('list', 'the seed answers a list, the catalog does not page it');

	if (seed.paging) {
		const style = op.list?.pagination;
		const size = op.list?.pagination === 'page' ? op.list.sizeParam : op.list?.limitParam;
		if (style !== seed.paging.style || size !== seed.paging.sizeParam) add('paging', `seed ${seed.paging.style}/${seed.paging.sizeParam}, catalog ${style ?? 'none'}/${size ?? 'none'}`);
		if (seed.paging.maxPageSize && op.list?.maxPageSize !== seed.paging.maxPageSize) add('page size', `seed ${seed.paging.maxPageSize}, catalog ${op.list?.maxPageSize}`);
	}
	return divergences;
}

const key = (entry: { summary: string; check: string; detail: string }) => `${entry.summary} | ${entry.check} | ${entry.detail}`;

describe(`the catalog against the seed's ${SEED_OPERATION_COUNT} operations`, () => {
	const divergences: Divergence[] = [];
	const missing: string[] = [];
	for (const seed of facts.operations) {
		const op = bySummary.get(seed.summary);
		if (!op) missing.push(seed.summary);
		else divergences.push(...compare(seed, op));
	}
	const allowed = new Map(SEED_ALLOWLIST.map((entry) => [key(entry), entry]));

	test('every seed operation is in the catalog, once', () => {
		expect(facts.operations).toHaveLength(SEED_OPERATION_COUNT);
		expect(missing).toEqual([]);
		expect(new Set(Object.values(SEED_SOURCES)).size).toBe(SEED_OPERATION_COUNT);
	});

	test('no divergence that the allow-list does not give a reason for', () => {
		const unexplained = divergences.filter((divergence) => !allowed.has(key(divergence))).map(key);
		console.log(
			`Repzo seed check: ${facts.operations.length} operations checked, ${divergences.length} divergences, ${divergences.length - unexplained.length} allow-listed`,
		);
		expect(unexplained).toEqual([]);
	});

	test('every allow-list entry still matches a divergence and gives a reason', () => {
		const found = new Set(divergences.map(key));
		for (const entry of SEED_ALLOWLIST) {
			expect([key(entry), found.has(key(entry))]).toEqual([key(entry), true]);
			expect(entry.reason.length).toBeGreaterThan(20);
		}
	});

	test('the comparison catches a catalog that strays from the seed', () => {
		const seed = facts.operations.find((op) => op.summary === 'Create a new asset part unit')!;
		const op = bySummary.get(seed.summary)!;
		expect(compare(seed, op)).toEqual([]);
		const strayed: OperationSpec = {
			...op,
			method: 'PUT',
			rootProperty: 'result',
			fields: (op.fields ?? [])
				.filter((field) => field.name !== 'serialNumber')
				.map((field) => (field.name === 'status' ? { ...field, options: field.options!.slice(1) } : field)),
		};
		expect(compare(seed, strayed).map((divergence) => divergence.check).sort()).toEqual(['body field', 'enum', 'envelope', 'method', 'required']);
		const list = facts.operations.find((op) => op.summary === 'Get all AI sales order activities')!;
		const listOp = bySummary.get(list.summary)!;
		const withSdkFilter: OperationSpec = { ...listOp, fields: [...(listOp.fields ?? []), { name: 'job', in: 'query', kind: 'string' }] };
		expect(compare(list, withSdkFilter).map((divergence) => divergence.detail)).toEqual(['job is not in the seed']);
	});

	test('the operations the seed does not have are called by Repzo\'s SDK client', () => {
		const extra = repzoCatalog.operations.filter((op) => !SEED_SOURCES[`${op.resource}.${op.operation}`]).map((op) => `${op.resource}.${op.operation}`);
		expect(extra.sort()).toEqual(Object.keys(SDK_ONLY_OPERATIONS).sort());
		expect(extra.sort()).toEqual(['cart.create', 'cart.get', 'cart.getAll', 'workorderAgenda.getAll']);
	});
});

describe('the facts read from the seed', () => {
	const seed = (summary: string) => facts.operations.find((op) => op.summary === summary)!;
	const names = (fields: SeedField[] | null, required?: boolean) =>
		(fields ?? []).filter((field) => required === undefined || field.required === required).map((field) => field.name);

	test('Payment Create: seven optional fields, none required', () => {
		expect(names(seed('Create a payment').body)).toEqual(['client', 'rep', 'amount', 'paymentMethod', 'reference', 'description', 'date']);
		expect(names(seed('Create a payment').body, true)).toEqual([]);
		expect(seed('Create a payment').body!.find((field) => field.name === 'date')).toMatchObject({ type: 'string', format: 'date-time' });
	});

	test('Settlement Create: client, invoices and payments required; the unnamed arrays named from the sample', () => {
		expect(names(seed('Create a settlement').body, true)).toEqual(['client', 'invoices', 'payments']);
		expect(seed('Create a settlement').body!.find((field) => field.name === 'invoices')).toMatchObject({ type: 'Array of objects', nameFrom: 'request sample' });
		expect(seed('Create a settlement').envelope).toBeNull();
	});

	test('Asset Part Unit Create: serialNumber, assetPart, status (enum, default available)', () => {
		const op = seed('Create a new asset part unit');
		expect(names(op.body, true).sort()).toEqual(['assetPart', 'serialNumber', 'status']);
		expect(op.body!.find((field) => field.name === 'status')).toMatchObject({
			enum: ['available', 'reserved', 'in-use', 'maintenance', 'disposed', 'returned'],
			default: 'available',
		});
	});

	test('Rep Create and Payment Term Get Many', () => {
		expect(names(seed('Create a rep').body, true).sort()).toEqual(['company_namespace', 'email', 'name', 'password', 'role']);
		expect(seed('Find payment terms')).toMatchObject({ envelope: 'result', envelopeHolds: 'list', paging: null, methods: ['GET'] });
	});

	test('an offset list: limit 1..100, order asc/desc', () => {
		const op = seed('Get all AI sales order activities');
		expect(op.paging).toEqual({ style: 'offset', sizeParam: 'limit', maxPageSize: 100 });
		expect(names(op.queryParameters)).toEqual(['limit', 'offset', 'sort', 'order', 'filter', 'search']);
		expect(op.queryParameters.find((field) => field.name === 'order')!.enum).toEqual(['asc', 'desc']);
	});
});
