/**
 * Cirrus 2 REST (Flask-RESTX style): `X-Token` or `Authorization: Bearer` (from the OAuth2 token
 * endpoint, client credentials), paged lists in `{page, pages, per_page, total, items}` with
 * `per_page` capped at 50 (default 10), lookups as bare arrays, `{"message": ...}` errors.
 * The base path `/rest` matches the credential's placeholder; Cirrus has not published the real one.
 */
import { valueMatches } from '../engine';
import { SANDBOX_SECRETS } from '../secrets';
import { companyName, personName } from '../seed';
import type { SandboxRequest, VendorAdapter, VendorRuntime } from '../types';

const TOKEN_LIFETIME_S = 3600;

const DYNAMIC_GROUPS = ['account', 'contact', 'order'];

const asList = (value: string | string[]) => (Array.isArray(value) ? value : value.split(',')).map((entry) => entry.trim());

function issuedTokens(runtime: VendorRuntime): Map<string, number> {
	runtime.state.oauthTokens ??= new Map<string, number>();
	return runtime.state.oauthTokens as Map<string, number>;
}

/** Client id and secret from HTTP Basic auth or from the form body, as OAuth2 clients send them. */
function clientCredentials(request: SandboxRequest): { id?: string; secret?: string } {
	const header = request.headers.authorization;
	if (typeof header === 'string' && /^Basic /i.test(header)) {
		const [id, secret] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
		return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
	}
	const body = (request.body ?? {}) as Record<string, unknown>;
	return { id: body.client_id as string | undefined, secret: body.client_secret as string | undefined };
}

/**
 * What `fulltext` searches, per list, as the seed says ("this property will be used in a search in
 * …"), plus the spellings the seeded records use for the same fields (`postaladdress`, `postalcity`).
 * Lists for which the seed names no fields (leads, contracts, objects) search every text field. For
 * articles the seed repeats the opportunities' fields (title, description, result), which articles
 * lack: the sandbox takes their name, number and description.
 */
const FULLTEXT_FIELDS: Record<string, string[]> = {
	'/accounts': [
		'name', 'alt_name', 'number', 'phone', 'cellphone', 'email', 'vatno',
		'postal_street', 'postaladdress', 'postal_city', 'postalcity', 'postal_zip', 'postalzip',
		'visitingaddress_careof', 'visitingaddress_street', 'visitingaddress_zip', 'visitingaddress_city',
		'deliveryaddress_name', 'deliveryaddress_street', 'deliveryaddress_zip', 'deliveryaddress_city',
		'invoiceaddress_name', 'invoiceaddress_street', 'invoiceaddress_zip', 'invoiceaddress_city',
	],
	'/accountgroups': ['name'],
	'/activities': ['description', 'date', 'result', 'location'],
	'/articles': ['name', 'number', 'description'],
	'/opportunities': ['title', 'description', 'result'],
	'/contacts': ['name', 'surname', 'email', 'officephone', 'cellphone', 'title', 'idnumber', 'street', 'city', 'zip'],
	'/orders': ['internalcomment', 'externalcomment'],
	'/quotes': ['internalcomment', 'externalcomment'],
	'/users': ['name', 'surname', 'email'],
};

/** The date-span filters the lists take: which record date each compares, and in which direction. */
const DATE_SPANS: Record<string, { fields: string[]; after: boolean }> = {
	datespan_start: { fields: ['placedate', 'enddate', 'startdate'], after: true },
	datespan_end: { fields: ['placedate', 'startdate'], after: false },
	placedate_start: { fields: ['placedate'], after: true },
	placedate_end: { fields: ['placedate'], after: false },
	startdate: { fields: ['date'], after: true },
	enddate: { fields: ['date'], after: false },
	actual_startdate: { fields: ['enddate'], after: true },
	actual_enddate: { fields: ['enddate'], after: false },
};

/**
 * `GET /accounttypes/` (deprecated by Cirrus, but its only list of account types; the Account Type
 * dropdown reads it): a bare array in the seed's shape. Ids 1 to 3 are the `typeid`s seeded accounts carry.
 */
const ACCOUNT_TYPES = [
	{ name: 'Customer', customer: 1, prospect: 0 },
	{ name: 'Prospect', customer: 0, prospect: 1 },
	{ name: 'Supplier', customer: 0, prospect: 0 },
].map((type, index) => ({
	id: index + 1,
	name: type.name,
	defaulttab: 'overview',
	sortorder: index + 1,
	isdefault: index === 0 ? 1 : 0,
	turnover_from: 0,
	turnover_to: 0,
	turnoverpotential_from: 0,
	turnoverpotential_to: 0,
	turnover_volume1from: 0,
	turnover_volume1to: 0,
	turnover_volume2from: 0,
	turnover_volume2to: 0,
	turnoverpotential_volume1from: 0,
	turnoverpotential_volume1to: 0,
	turnoverpotential_volume2from: 0,
	turnoverpotential_volume2to: 0,
	typeiscustomer: type.customer,
	typeisprospect: type.prospect,
}));

export const cirrusAdapter: VendorAdapter = {
	key: 'cirrus',
	catalogFolder: 'Cirrus',
	apiBase: '/rest',
	idField: 'id',
	idKind: 'number',
	controlParams: ['X-Fields', 'dynamicfield_id', 'dynamicfield_val'],
	searchParam: 'fulltext',

	search(text, collection) {
		const wanted = text.toLowerCase();
		const fields = FULLTEXT_FIELDS[collection];
		return (record) =>
			Object.entries(record).some(
				([key, value]) => (!fields || fields.includes(key)) && (typeof value === 'string' || typeof value === 'number') && String(value).toLowerCase().includes(wanted),
			);
	},

	defaultPageSize() {
		return 10;
	},

	publicRoutes(request, runtime) {
		if (request.path !== '/oauth/token') return undefined;
		if (request.method !== 'POST') return { status: 405, body: { error: 'invalid_request', error_description: 'Use POST' } };
		const body = (request.body ?? {}) as Record<string, unknown>;
		if (body.grant_type !== 'client_credentials') {
			return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'The sandbox issues client_credentials tokens' } };
		}
		const client = clientCredentials(request);
		if (client.id !== SANDBOX_SECRETS.cirrus.clientId || client.secret !== SANDBOX_SECRETS.cirrus.clientSecret) {
			return { status: 401, body: { error: 'invalid_client', error_description: 'Unknown client or wrong secret' } };
		}
		const token = `cirrus-sandbox-${issuedTokens(runtime).size + 1}-${Math.floor(runtime.now() / 1000)}`;
		issuedTokens(runtime).set(token, Math.floor(runtime.now() / 1000) + TOKEN_LIFETIME_S);
		return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S, scope: '' } };
	},

	authenticate(request, runtime) {
		const xToken = request.headers['x-token'];
		if (typeof xToken === 'string' && xToken) {
			return xToken === SANDBOX_SECRETS.cirrus.apiToken ? undefined : this.error(401, 'Invalid X-Token');
		}
		const header = request.headers.authorization;
		const bearer = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header)?.[1] : undefined;
		if (!bearer) return this.error(401, 'Send X-Token or Authorization: Bearer');
		const exp = issuedTokens(runtime).get(bearer);
		if (exp === undefined) return this.error(401, 'Invalid access token');
		if (exp * 1000 <= runtime.now()) return this.error(401, 'Access token expired');
		return undefined;
	},

	/**
	 * `GET /accounttypes/` answers the seed's account types; `PUT /dynamicdata/{fieldid}/{resourceid}`
	 * sets one dynamic field value of a record (kept per field and record).
	 */
	handle(request, runtime) {
		if (request.path.replace(/\/+$/, '') === '/accounttypes') {
			if (request.method !== 'GET') return this.error(405, `Method ${request.method} is not allowed on ${request.path}`);
			return { status: 200, body: ACCOUNT_TYPES.map((type) => ({ ...type })) };
		}
		const match = request.method === 'PUT' ? /\/dynamicdata\/(\d+)\/(\d+)$/.exec(request.path) : null;
		if (!match) return undefined;
		const field = runtime.collection('/dynamicfields').find(Number(match[1]));
		if (!field) return this.error(404, `Dynamic field ${match[1]} not found`);
		const body = (request.body ?? {}) as Record<string, unknown>;
		runtime.state.dynamicData ??= new Map<string, unknown>();
		const entry = { id: field.id, name: field.name, value: body.value ?? null, selected: body.selected ?? [] };
		(runtime.state.dynamicData as Map<string, unknown>).set(`${match[1]}/${match[2]}`, entry);
		return { status: 200, body: entry };
	},

	/** A few dynamic fields per record type (the rest of the catalog gets the engine's default counts). */
	seedCount(collection) {
		return collection === '/dynamicfields' ? 6 : undefined;
	},

	error(status, message) {
		return { status, body: { message } };
	},

	listBody(page) {
		return { page: page.page, pages: page.totalPages, per_page: page.pageSize, total: page.total, items: page.records };
	},

	unpagedBody(records) {
		return records;
	},

	recordBody(record) {
		return record;
	},

	/** `sorting=name_asc` / `number_desc`. */
	sort(input) {
		const match = /^(.+)_(asc|desc)$/.exec(String(input.sorting ?? ''));
		return match ? { field: match[1], descending: match[2] === 'desc' } : undefined;
	},

	filter(key, value) {
		const first = Array.isArray(value) ? value[0] : value;
		// Date-span filters compare a record date by day (`…_start` on or after, `…_end` on or before).
		const span = DATE_SPANS[key];
		if (span) {
			const bound = String(first).slice(0, 10);
			return (record) => {
				const stored = span.fields.map((field) => record[field]).find((entry) => entry !== undefined && entry !== null && entry !== '');
				if (stored === undefined) return false;
				const day = String(stored).slice(0, 10);
				return span.after ? day >= bound : day <= bound;
			};
		}
		// Dynamic Field → Get Many: `groups` is a comma-separated list of record types.
		if (key === 'groups') return (record) => asList(value).includes(String(record.group));
		// `active=2` asks for active and inactive records together.
		if (key === 'active') return first === '2' ? () => true : (record) => String(record.active ?? 1) === first;
		// Create or Update finds records by External Key: a record without one is not a match.
		if (key === 'externalkey') return (record) => record.externalkey !== undefined && valueMatches(record.externalkey, first);
		if (/ids$/.test(key)) {
			const ids = (Array.isArray(value) ? value : value.split(',')).map((entry) => entry.trim());
			const field = key.replace(/s$/, '');
			return (record) => record[field] === undefined || ids.includes(String(record[field]));
		}
		return undefined;
	},

	toRecord(body, _context, mode, runtime) {
		const stamp = new Date(runtime.now()).toISOString();
		return mode === 'create' ? { active: 1, created: stamp, updated: stamp, ...body } : { ...body, updated: stamp };
	},

	template(collection, index, random) {
		if (collection === '/accounts') {
			return {
				name: companyName(index),
				alt_name: '',
				number: `K${String(index).padStart(5, '0')}`,
				typeid: 1 + (index % 3),
				userid: 1 + (index % 5),
				phone: `+46 8 ${String(5000000 + index).slice(1)}`,
				email: `info@account${index}.example`,
				postaladdress: `${random.int(1, 99)} Storgatan`,
				postalcity: random.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala']),
				orgnr: `55${String(6000000 + index).slice(1)}-${random.int(1000, 9999)}`,
				active: index % 20 === 0 ? 0 : 1,
			};
		}
		if (collection === '/dynamicfields') {
			// Every other field is a choice; one field per record type is required.
			const group = DYNAMIC_GROUPS[(index - 1) % DYNAMIC_GROUPS.length];
			const options = index % 2 === 0 ? [1, 2].map((option) => ({ id: index * 10 + option, fieldid: index, label: `Option ${option}`, sortorder: option })) : [];
			return { name: `${group} field ${index}`, group, sortorder: index, required: index <= DYNAMIC_GROUPS.length, readonly: false, visible: true, options, type: { id: options.length ? 2 : 1, label: options.length ? 'Select' : 'Text' } };
		}
		if (collection === '/contacts') {
			const person = personName(random);
			return {
				// The seed's contacts are `name` (first name) and `surname`.
				name: person.first,
				surname: person.last,
				email: `${person.first}.${person.last}.${index}@example.com`.toLowerCase(),
				accountid: 1 + (index % 250),
				title: random.pick(['CEO', 'Buyer', 'CFO', 'Office manager']),
				active: 1,
			};
		}
		return undefined;
	},
};
