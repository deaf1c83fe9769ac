/**
 * The generic half of the sandbox: one vendor's catalog served as in-memory collections. Lists page
 * per the operation's ListSpec, reads/updates/deletes find records by id, creates append. The vendor
 * adapter supplies only what differs (auth, envelopes, errors, field naming, seed templates).
 */
import type { FieldSpec, ListSpec, VendorCatalog } from '../nodes/shared/catalog';
import { buildRoutes, matchRoute, pathKnown, resourceWord, singular } from './routes';
import { Random, valueForField } from './seed';
import { Collection } from './store';
import type {
	ListPage,
	Route,
	RouteContext,
	SandboxRecord,
	SandboxRequest,
	SandboxResponse,
	VendorAdapter,
	VendorRuntime,
} from './types';

/** Keys that steer paging, sorting or the response shape; never record filters. */
const CONTROL_PARAMS = new Set([
	'page',
	'per_page',
	'perPage',
	'pageSize',
	'page_size',
	'limit',
	'offset',
	'sort',
	'sortBy',
	'sortby',
	'sorting',
	'direction',
	'order',
	'sortPageOrder',
	'search',
	'fulltext',
	'populatedKeys',
	'withPrintDetails',
	'additional_fields',
	'company_namespace',
]);

type Predicate = (record: SandboxRecord) => boolean;

export class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly details?: Record<string, unknown>,
	) {
		super(message);
	}
}

/** Milliseconds for an epoch number (seconds or millis), an ISO text or `yyyy-MM-dd HH:mm:ss`. */
export function toMillis(value: unknown): number | undefined {
	if (typeof value === 'number') return value < 1e11 ? value * 1000 : value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (/^-?\d+(\.\d+)?$/.test(text)) return toMillis(Number(text));
	const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(text) ? `${text.replace(' ', 'T')}Z` : text;
	const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
	return Number.isNaN(parsed) ? undefined : parsed;
}

/** Matches one stored value against one filter value: ids inside `[id, name]` pairs, `%` wildcards. */
export function valueMatches(stored: unknown, wanted: string): boolean {
	if (Array.isArray(stored)) {
		if (stored.length === 2 && typeof stored[0] === 'number' && typeof stored[1] === 'string') return String(stored[0]) === wanted;
		return stored.some((entry) => valueMatches(entry, wanted));
	}
	if (stored && typeof stored === 'object') {
		const record = stored as SandboxRecord;
		return ['id', '_id', 'Id'].some((key) => record[key] !== undefined && String(record[key]) === wanted);
	}
	if (wanted.includes('%')) {
		const pattern = new RegExp(`^${wanted.split('%').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
		return pattern.test(String(stored ?? ''));
	}
	return String(stored) === wanted;
}

/** Stable sort by one field: numbers numerically, text by locale; missing values last. */
export function sortRecords(records: SandboxRecord[], field: string, descending: boolean): void {
	const direction = descending ? -1 : 1;
	records.sort((a, b) => {
		const left = a[field];
		const right = b[field];
		if (left === right) return 0;
		if (left === undefined || left === null) return 1;
		if (right === undefined || right === null) return -1;
		if (typeof left === 'number' && typeof right === 'number') return (left - right) * direction;
		return String(left).localeCompare(String(right)) * direction;
	});
}

function asList(value: string | string[]): string[] {
	return Array.isArray(value) ? value : [value];
}

export class VendorSandbox implements VendorRuntime {
	readonly routes: Route[];

	state: Record<string, unknown> = {};

	private collections = new Map<string, Collection>();

	constructor(
		readonly adapter: VendorAdapter,
		readonly catalog: VendorCatalog,
		private readonly clock: () => number = Date.now,
	) {
		this.routes = buildRoutes(catalog);
		for (const route of this.routes) route.collection = adapter.aliases?.[route.collection] ?? route.collection;
	}

	now(): number {
		return this.clock();
	}

	/** Forgets every change; `keepSessions` keeps issued tokens so a signed-in client stays signed in. */
	reset(options: { keepSessions?: boolean } = {}): void {
		this.collections = new Map();
		if (!options.keepSessions) this.state = {};
	}

	/** Every collection touched so far, with its counters. */
	collectionsSnapshot(): Collection[] {
		return [...this.collections.values()];
	}

	collection(name: string, scope: string[] = []): Collection {
		const key = scope.length ? `${name}|${scope.join('/')}` : name;
		let found = this.collections.get(key);
		if (!found) {
			found = new Collection(key, this.idFieldOf(name), this.adapter.idKind, `${this.adapter.key}:${key}`);
			this.collections.set(key, found);
			this.seed(found, name, scope);
		}
		return found;
	}

	idFieldOf(collection: string): string {
		return this.adapter.idFieldFor?.(collection) ?? this.adapter.idField;
	}

	private seed(target: Collection, name: string, scope: string[]): void {
		const routes = this.routes.filter((route) => route.collection === name);
		const listRoute = routes.find((route) => route.kind === 'list');
		const list = listRoute?.list;
		const isLookup = listRoute !== undefined && !list && !routes.some((route) => route.kind !== 'list');
		const count =
			this.adapter.seedCount?.(name, list, scope.length > 0) ??
			(routes.some((route) => route.kind === 'singleton')
				? 1
				: scope.length > 0
					? 25
					: isLookup
						? 12
						: Math.max(250, Math.ceil(2.5 * (list?.maxPageSize ?? 100))));
		const random = new Random(`${this.adapter.key}:${name}:${scope.join('/')}`);
		// The collection numbers its records: a create that sends its own id (Cirrus departments) must
		// not seed random ones, which would collide.
		const idField = this.idFieldOf(name);
		const schema = this.bodyFields(name).filter((field) => field.name !== idField);
		const word = singular(resourceWord(name));
		for (let index = 1; index <= count; index++) {
			let fields = this.adapter.template?.(name, index, random, this);
			if (!fields) {
				fields = { name: `${word.charAt(0).toUpperCase()}${word.slice(1)} ${index}` };
				for (const field of schema) if (fields[field.name] === undefined) fields[field.name] = valueForField(field, index, random);
			}
			const extras = this.adapter.seedExtras?.(name, index, random, this);
			target.insert(extras ? { ...fields, ...extras } : fields, 'seed');
		}
	}

	/** The body fields that the catalog's create and update operations send for a collection. */
	private bodyFields(collection: string) {
		const seen = new Map<string, Pick<FieldSpec, 'name' | 'kind' | 'options' | 'dateFormat'>>();
		for (const route of this.routes) {
			if (route.collection !== collection || (route.kind !== 'create' && route.kind !== 'update')) continue;
			for (const op of route.operations) {
				for (const field of op.fields ?? []) {
					if (field.in !== 'body') continue;
					const name = (field.property ?? field.name).split('.')[0];
					if (!seen.has(name)) seen.set(name, { name, kind: field.kind, options: field.options, dateFormat: field.dateFormat });
				}
			}
		}
		return [...seen.values()];
	}

	handle(request: SandboxRequest): SandboxResponse {
		try {
			const open = this.adapter.publicRoutes?.(request, this);
			if (open) return open;
			const refused = this.adapter.authenticate(request, this);
			if (refused) return refused;
			const special = this.adapter.handle?.(request, this);
			if (special) return special;
			return this.handleRest(request);
		} catch (error) {
			if (error instanceof HttpError) return this.adapter.error(error.status, error.message, error.details);
			throw error;
		}
	}

	private handleRest(request: SandboxRequest): SandboxResponse {
		const match = matchRoute(this.routes, request.method, request.path);
		if (!match) {
			if (pathKnown(this.routes, request.path)) throw new HttpError(405, `Method ${request.method} is not allowed on ${request.path}`);
			throw new HttpError(404, `No endpoint ${request.method} ${request.path}`);
		}
		const { route, params } = match;
		const context: RouteContext = { request, route, params, scope: route.scopeParams.map((name) => params[name]) };
		this.checkRequired(context);
		const records = this.collection(route.collection, context.scope);
		const itemId = route.itemParam ? params[route.itemParam] : undefined;
		switch (route.kind) {
			case 'list':
				return this.list(records, context);
			case 'get': {
				const record = this.require(records, itemId!, route);
				return { status: 200, body: this.adapter.recordBody(record, context) };
			}
			case 'create': {
				const fields = this.inputRecord(request, context, 'create');
				const record = records.insert(fields);
				const body = this.adapter.createdBody?.(record, context) ?? this.adapter.recordBody(record, context);
				return { status: 200, body };
			}
			case 'update': {
				this.require(records, itemId!, route);
				const record = records.update(itemId!, this.inputRecord(request, context, 'update'))!;
				return { status: 200, body: this.adapter.recordBody(record, context) };
			}
			case 'singleton': {
				const current = records.records[0] ?? records.insert({}, 'seed');
				const record = records.update(current[records.idField] as string, this.inputRecord(request, context, 'update'))!;
				return { status: 200, body: this.adapter.recordBody(record, context) };
			}
			case 'delete': {
				if (itemId === undefined) throw new HttpError(405, `DELETE needs a record id on ${request.path}`);
				const record = this.require(records, itemId, route);
				records.remove(itemId);
				const body = this.adapter.deletedBody?.(record, context);
				return body === undefined ? { status: 204 } : { status: 200, body };
			}
			default:
				throw new HttpError(404, `No endpoint ${request.method} ${request.path}`);
		}
	}

	/**
	 * Refuses a call that lacks a field the catalog marks required in every operation of the route
	 * (a required query filter, a required body field of a create): the real APIs answer 400 too.
	 */
	private checkRequired(context: RouteContext): void {
		const { route, request } = context;
		const [first, ...others] = route.operations;
		const body = request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as SandboxRecord) : undefined;
		for (const field of first.fields ?? []) {
			if (!field.required || field.property || (field.in !== 'query' && field.in !== 'body')) continue;
			if (!others.every((op) => op.fields?.some((other) => other.name === field.name && other.in === field.in && other.required))) continue;
			if (field.in === 'body' && (route.kind !== 'create' || !body)) continue;
			const value = field.in === 'query' ? request.query[field.name] : body![field.name];
			if (value === undefined || value === null || value === '') throw new HttpError(400, `'${field.name}' is required`);
		}
	}

	private require(records: Collection, id: string, route: Route): SandboxRecord {
		const record = records.find(id);
		if (!record) throw new HttpError(404, `${singular(resourceWord(route.collection))} ${id} not found`, { id });
		return record;
	}

	private inputRecord(request: SandboxRequest, context: RouteContext, mode: 'create' | 'update'): SandboxRecord {
		const body = request.body ?? {};
		if (typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'The request body must be a JSON object');
		return this.adapter.toRecord?.(body as SandboxRecord, context, mode, this) ?? { ...(body as SandboxRecord) };
	}

	/** A list answer: records filtered by the query (and a GET body), then one page of them. */
	list(records: Collection, context: RouteContext, source?: Record<string, unknown>): SandboxResponse {
		const { route, request } = context;
		const singletonRoute = this.routes.some((other) => other.template === route.template && other.kind === 'singleton');
		if (singletonRoute) {
			const record = records.records[0];
			return { status: 200, body: this.adapter.recordBody(record, context) };
		}
		const input = source ?? this.listInput(request, route.list);
		const filtered = records.records.filter(this.predicate(input, route.list, records));
		const order = this.adapter.sort?.(input, route.collection);
		if (order) sortRecords(filtered, order.field, order.descending);
		if (!route.list || route.list.pagination === 'none') {
			return { status: 200, body: this.adapter.unpagedBody(filtered, context) };
		}
		const page = this.page(filtered, route.list, input);
		return { status: 200, body: this.adapter.listBody(page, context) };
	}

	/** Query parameters, plus the fields of a GET body (some vendors send filters as form data). */
	listInput(request: SandboxRequest, list: ListSpec | undefined): Record<string, unknown> {
		const input: Record<string, unknown> = { ...request.query };
		const body = request.body;
		if (body && typeof body === 'object' && !Array.isArray(body) && (request.method === 'GET' || list?.in === 'body')) {
			Object.assign(input, body);
		}
		return input;
	}

	private predicate(input: Record<string, unknown>, list: ListSpec | undefined, records: Collection): Predicate {
		const paging = new Set([list?.pageParam, list?.sizeParam, list?.offsetParam, list?.limitParam].filter(Boolean) as string[]);
		const control = new Set([...CONTROL_PARAMS, ...(this.adapter.controlParams ?? [])]);
		const known = new Set<string>();
		for (const record of records.records.slice(0, 50)) Object.keys(record).forEach((key) => known.add(key));
		const predicates: Predicate[] = [];
		const text = input[this.adapter.searchParam ?? 'search'];
		const search = typeof text === 'string' && text.trim() !== '' ? this.adapter.search?.(text.trim(), records.name.split('|')[0]) : undefined;
		if (search) predicates.push(search);
		for (const [key, raw] of Object.entries(input)) {
			if (paging.has(key) || control.has(key) || raw === undefined || raw === null || raw === '') continue;
			if (typeof raw === 'object' && !Array.isArray(raw)) continue;
			const value = Array.isArray(raw) ? raw.map(String) : String(raw);
			const special = this.adapter.filter?.(key, value);
			if (special) {
				predicates.push(special);
				continue;
			}
			const range = /^(from|to)_(.+)$/.exec(key);
			if (range && known.has(range[2])) {
				const bound = toMillis(asList(value)[0]);
				if (bound === undefined) throw new HttpError(400, `'${key}' is not a date or timestamp`);
				const field = range[2];
				predicates.push((record) => {
					const stored = toMillis(record[field]);
					return stored !== undefined && (range[1] === 'from' ? stored >= bound : stored <= bound);
				});
				continue;
			}
			if (known.has(key)) {
				const wanted = asList(value);
				predicates.push((record) => wanted.some((entry) => valueMatches(record[key], entry)));
			}
		}
		return (record) => predicates.every((check) => check(record));
	}

	private page(records: SandboxRecord[], list: ListSpec, input: Record<string, unknown>): ListPage {
		const total = records.length;
		const readInt = (name: string | undefined): number | undefined => {
			if (!name) return undefined;
			const raw = input[name];
			if (raw === undefined || raw === '') return undefined;
			const value = Number(Array.isArray(raw) ? raw[0] : raw);
			if (!Number.isInteger(value)) throw new HttpError(400, `'${name}' must be an integer`);
			return value;
		};
		const sizeName = list.pagination === 'page' ? list.sizeParam : (list.limitParam ?? 'limit');
		let size = readInt(sizeName) ?? this.adapter.defaultPageSize?.(list) ?? list.maxPageSize ?? total;
		if (size < 1) throw new HttpError(400, `'${sizeName}' must be at least 1`);
		if (list.maxPageSize && size > list.maxPageSize) {
			if (this.adapter.oversizedPage === 'reject') {
				throw new HttpError(400, `'${sizeName}' must be between 1 and ${list.maxPageSize}`);
			}
			size = list.maxPageSize;
		}
		let offset: number;
		let page: number;
		const firstPage = list.firstPage ?? 1;
		if (list.pagination === 'offset') {
			offset = readInt(list.offsetParam ?? 'offset') ?? 0;
			if (offset < 0) throw new HttpError(400, `'${list.offsetParam ?? 'offset'}' must not be negative`);
			page = Math.floor(offset / Math.max(size, 1)) + firstPage;
		} else {
			page = readInt(list.pageParam ?? 'page') ?? firstPage;
			if (page < firstPage) throw new HttpError(400, `'${list.pageParam ?? 'page'}' starts at ${firstPage}`);
			offset = (page - firstPage) * size;
		}
		return {
			records: records.slice(offset, offset + size),
			total,
			page,
			pageSize: size,
			totalPages: Math.max(1, Math.ceil(total / Math.max(size, 1))),
			offset,
		};
	}
}
