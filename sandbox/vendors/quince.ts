/**
 * QUINCE: RPC over POST, `/api/v2/<module>/<action>` with `list`, `add` and `update`. Lists take
 * `{filter, page}` and answer `{success, data}` with a fixed 100 records (short last page, no total);
 * writes take `{array}` of at most 100 records; an update is all-or-nothing (a record without an id,
 * or an unknown id, changes nothing). Failures answer `success: false`. Every module the catalog
 * names is served; no module needs code of its own.
 */
import { HttpError } from '../engine';
import { SANDBOX_SECRETS } from '../secrets';
import { CITIES, companyName, personName, Random, SEED_EPOCH, DAY, STREETS } from '../seed';
import type { SandboxRecord, SandboxRequest, SandboxResponse, VendorAdapter, VendorRuntime } from '../types';

const PAGE_SIZE = 100;
const BATCH_LIMIT = 100;
const PREFIX = '/api/v2/';

class QuinceRefusal extends Error {
	constructor(
		readonly code: number,
		message: string,
		readonly extra: Record<string, unknown> = {},
	) {
		super(message);
	}
}

/** The modules the catalog names, e.g. `partner`, `partner/folder`, `document/money_bank_income`. */
function modules(runtime: VendorRuntime): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	for (const route of runtime.routes) {
		const match = /^\/api\/v2\/(.+)\/([a-z_]+)$/.exec(route.template);
		if (!match) continue;
		if (!found.has(match[1])) found.set(match[1], new Set());
		found.get(match[1])!.add(match[2]);
	}
	return found;
}

/** Filters that must be present, from the catalog (`DateFrom`/`DateTo` on orders and documents). */
function requiredFilters(runtime: VendorRuntime, module: string): string[] {
	const route = runtime.routes.find((candidate) => candidate.template === `${PREFIX}${module}/list`);
	const fields = route?.operations.flatMap((op) => op.fields ?? []) ?? [];
	return fields.filter((field) => field.required && field.property?.startsWith('filter.')).map((field) => field.property!.slice('filter.'.length));
}

const idOf = (record: Record<string, unknown>): unknown => record.id ?? record.Id ?? record.ID;

function fieldOf(record: SandboxRecord, key: string): unknown {
	if (key in record) return record[key];
	const lower = key.toLowerCase();
	const found = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
	return found === undefined ? undefined : record[found];
}

function dateOnly(value: unknown): string {
	return String(value ?? '').slice(0, 10);
}

/** Filters that find one record by a key of the user's: records without the key never match. */
const LOOKUP_KEYS = new Set(['TaxNumber']);

function listRecords(runtime: VendorRuntime, module: string, body: Record<string, unknown>): SandboxResponse {
	const filter = (body.filter ?? {}) as Record<string, unknown>;
	if (typeof filter !== 'object' || Array.isArray(filter)) throw new QuinceRefusal(2, 'filter must be an object');
	for (const name of requiredFilters(runtime, module)) {
		if (filter[name] === undefined || filter[name] === '') throw new QuinceRefusal(2, `filter.${name} is required`);
	}
	const page = body.page === undefined ? 1 : Number(body.page);
	if (!Number.isInteger(page) || page < 1) throw new QuinceRefusal(2, 'page must be a whole number from 1');
	const includeArchived = filter.Archive === true || filter.Archive === 'true';
	const records = runtime.collection(`${PREFIX}${module}`).records.filter((record) => {
		if (!includeArchived && record.Archive === true) return false;
		for (const [key, wanted] of Object.entries(filter)) {
			if (key === 'Archive' || wanted === undefined) continue;
			if (key === 'DateFrom') {
				if (dateOnly(record.Date) < dateOnly(wanted)) return false;
				continue;
			}
			if (key === 'DateTo') {
				if (dateOnly(record.Date) > dateOnly(wanted)) return false;
				continue;
			}
			const stored = fieldOf(record, key);
			const storedId = stored && typeof stored === 'object' && !Array.isArray(stored) ? idOf(stored as Record<string, unknown>) : stored;
			if (wanted === null) {
				if (storedId !== null && storedId !== undefined) return false;
				continue;
			}
			// Create or Update looks partners up by TaxNumber: a partner without one is not a match.
			if (stored === undefined && !/^id$/i.test(key) && !LOOKUP_KEYS.has(key)) continue;
			const candidates = Array.isArray(wanted) ? wanted.map(String) : [String(wanted)];
			if (!candidates.includes(String(/^id$/i.test(key) ? record.Id : storedId))) return false;
		}
		return true;
	});
	const start = (page - 1) * PAGE_SIZE;
	return { status: 200, body: { success: true, data: records.slice(start, start + PAGE_SIZE) } };
}

function batchOf(body: Record<string, unknown>): Array<Record<string, unknown>> {
	const batch = body.array;
	if (!Array.isArray(batch)) throw new QuinceRefusal(2, 'array is required and must be a list of records');
	if (batch.length > BATCH_LIMIT) throw new QuinceRefusal(3, `More than ${BATCH_LIMIT} records in one call (${batch.length})`);
	if (batch.some((record) => !record || typeof record !== 'object' || Array.isArray(record))) throw new QuinceRefusal(2, 'Every record must be an object');
	return batch as Array<Record<string, unknown>>;
}

function addRecords(runtime: VendorRuntime, module: string, body: Record<string, unknown>): SandboxResponse {
	const batch = batchOf(body);
	const store = runtime.collection(`${PREFIX}${module}`);
	const stamp = new Date(runtime.now()).toISOString().replace(/\.\d+Z$/, 'Z');
	const created = batch.map((record) => {
		const { id: _id, Id: _Id, ID: _ID, ...fields } = record;
		const stored = store.insert({ Date: stamp, Archive: false, ...fields });
		if (module === 'partner') {
			// QUINCE gives every new partner a default contract.
			runtime.collection(`${PREFIX}contract`).insert({ Name: 'Основний договір', Kind: 'P', Currency: 'UAH', Company: 1, Partner: stored.Id, PriceType: 1 });
		}
		return { id: stored.Id };
	});
	return { status: 200, body: { success: true, data: created } };
}

function updateRecords(runtime: VendorRuntime, module: string, body: Record<string, unknown>): SandboxResponse {
	const batch = batchOf(body);
	const store = runtime.collection(`${PREFIX}${module}`);
	const missingId = batch.findIndex((record) => idOf(record) === undefined || idOf(record) === null || idOf(record) === '');
	if (missingId >= 0) throw new QuinceRefusal(4, `Record ${missingId + 1} has no id; nothing was updated`);
	const unknown = batch.map(idOf).filter((id) => !store.find(String(id)));
	if (unknown.length) throw new QuinceRefusal(5, `Records not found: ${unknown.join(', ')}; nothing was updated`, { NotFoundIds: unknown });
	const updated = batch.map((record) => {
		const id = idOf(record);
		const { id: _id, Id: _Id, ID: _ID, ...fields } = record;
		store.update(String(id), fields);
		return { id: Number(id) };
	});
	return { status: 200, body: { success: true, data: updated } };
}

function partnerTemplate(index: number, random: Random): SandboxRecord {
	const isCompany = index % 4 !== 0;
	const person = personName(random);
	const name = isCompany ? `ТОВ «${companyName(index)}»` : `ФОП ${person.last} ${person.first}`;
	return {
		Name: name,
		ParentFolder: index % 5 === 0 ? null : 1 + (index % 12),
		PrintName: name,
		VatString: isCompany ? '20%' : 'Без ПДВ',
		Memo: '',
		LegalAddress: `${random.pick(CITIES)}, ${random.int(1, 199)} ${random.pick(STREETS)}`,
		ActualAddress: '',
		DeliveryAddress: '',
		Phone: `+380 44 ${String(2000000 + index).slice(1)}`,
		SecondaryPhone: '',
		RegCode: isCompany ? String(30000000 + index) : '',
		TaxNumber: isCompany ? '' : String(3000000000 + index),
		Kind: isCompany ? 'U' : 'F',
		'E-mail': `partner${index}@example.com`,
		WebSite: '',
		Telegram: '',
		Viber: '',
		Whatsapp: '',
		Void: false,
		Archive: index % 40 === 0,
		Contracts: [{ Id: index, Name: 'Основний договір', Company: 1, Currency: 'грн' }],
	};
}

function documentDate(index: number, random: Random): string {
	return new Date(SEED_EPOCH + random.int(0, 360) * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
}

export const quinceAdapter: VendorAdapter = {
	key: 'quince',
	catalogFolder: 'Quince',
	apiBase: '',
	idField: 'Id',
	idKind: 'number',

	authenticate(request) {
		const header = request.headers.authorization;
		if (header !== `Bearer ${SANDBOX_SECRETS.quince.apiToken}`) return this.error(401, header ? 'Invalid API token' : 'API token required');
		return undefined;
	},

	handle(request: SandboxRequest, runtime) {
		const match = /^\/api\/v2\/(.+)\/([a-z_]+)$/.exec(request.path);
		const known = modules(runtime);
		if (!match || !known.get(match[1])?.has(match[2])) throw new HttpError(404, `Unknown method ${request.path}`);
		if (request.method !== 'POST') throw new HttpError(405, 'QUINCE methods are called with POST');
		const body = (request.body ?? {}) as Record<string, unknown>;
		if (typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON object');
		const [, module, action] = match;
		try {
			if (action === 'list') return listRecords(runtime, module, body);
			if (action === 'add') return addRecords(runtime, module, body);
			if (action === 'update') return updateRecords(runtime, module, body);
			throw new QuinceRefusal(1, `Action ${action} is not supported by the sandbox`);
		} catch (error) {
			if (error instanceof QuinceRefusal) return { status: 200, body: { success: false, error: { code: error.code, message: error.message }, ...error.extra } };
			throw error;
		}
	},

	error(status, message) {
		return { status, body: { success: false, error: { code: status, message } } };
	},

	// Everything is answered by `handle`; these shapes are for completeness.
	listBody(page) {
		return { success: true, data: page.records };
	},
	unpagedBody(records) {
		return { success: true, data: records };
	},
	recordBody(record) {
		return { success: true, data: [record] };
	},

	template(collection, index, random) {
		const module = collection.slice(PREFIX.length);
		if (module === 'partner') return partnerTemplate(index, random);
		if (module.endsWith('folder')) return { Name: `Папка ${index}`, ParentFolder: index <= 4 ? null : 1 + (index % 4) };
		if (module === 'contract') return { Name: `Договір №${index}`, Kind: random.pick(['P', 'M']), Currency: 'UAH', Company: 1 + (index % 2), Partner: 1 + (index % 250), PriceType: 1 };
		if (module === 'price_type') return { Name: random.pick(['Роздріб', 'Опт', 'Дилер', 'Закупівля']) + ` ${index}`, Memo: '' };
		if (module === 'price') return { Date: documentDate(index, random), PriceType: 1 + (index % 4), Product: 1 + (index % 250), Price: random.int(100, 100000) / 100, Currency: 'UAH' };
		if (module === 'product' || module === 'service') {
			return { Name: `${module === 'product' ? 'Товар' : 'Послуга'} ${index}`, ParentFolder: 1 + (index % 12), Kind: module === 'product' ? random.pick(['P', 'K', 'M']) : 'S', Archive: false };
		}
		if (module === 'order' || module.startsWith('document/')) {
			return {
				Date: documentDate(index, random),
				Number: `${module === 'order' ? 'ЗМ' : 'ДК'}-${String(index).padStart(6, '0')}`,
				NumberOrderSite: module === 'order' ? `WEB-${20000 + index}` : undefined,
				Company: { Id: 1 + (index % 2), Name: index % 2 ? 'ТОВ «Квінс Демо»' : 'ФОП Демо' },
				Partner: 1 + (index % 250),
				Sum: random.int(1000, 2000000) / 100,
				Comment: '',
				Fixed: random.bool(0.7),
			};
		}
		return { Name: `${module} ${index}` };
	},

	seedCount(collection) {
		return collection.endsWith('folder') ? 12 : 250;
	},
};
