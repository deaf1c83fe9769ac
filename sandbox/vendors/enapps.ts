/**
 * Enapps ERP: `POST /auth` with the Bearer secret key returns a JWT-like token valid 24 h; every other
 * call needs `Authorization: Bearer <token or static access token>`. Lists are bare arrays with fixed
 * page sizes (1000 reference data, 100 documents); `_id` picks one record; date filters mean "at or after".
 */
import { HttpError, toMillis } from '../engine';
import { SANDBOX_SECRETS } from '../secrets';
import { companyName, CITIES, DAY, personName, Random, seededTime, sqlDateTime, STREETS } from '../seed';
import type { SandboxRecord, SandboxRequest, VendorAdapter, VendorRuntime } from '../types';

const TOKEN_LIFETIME_S = 24 * 3600;

const COUNTRIES: Array<[number, string]> = [
	[231, 'United Kingdom'],
	[205, 'Sweden'],
	[226, 'Ukraine'],
	[57, 'Germany'],
	[177, 'Poland'],
];

/** Client-specific extra fields, as `GET /additional_fields` lists them and `additional_fields` adds them. */
const ADDITIONAL_FIELDS: Record<string, Record<string, { type: string; string: string }>> = {
	partners: { x_region: { type: 'char', string: 'Sales Region' }, x_account_manager: { type: 'char', string: 'Account Manager' } },
	contacts: { x_newsletter: { type: 'boolean', string: 'Newsletter Opt-in' } },
	orders: { x_channel: { type: 'char', string: 'Sales Channel' } },
	stock_pickings: { x_carrier: { type: 'char', string: 'Carrier' } },
};

function base64url(value: string): string {
	return Buffer.from(value).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function tokens(runtime: VendorRuntime): Map<string, number> {
	runtime.state.tokens ??= new Map<string, number>();
	return runtime.state.tokens as Map<string, number>;
}

function bearer(request: SandboxRequest): string | undefined {
	const header = request.headers.authorization;
	const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
	return match?.[1];
}

/** Documents belong mostly to partner 1, so one partner's invoices or orders span several pages. */
function documentPartner(random: Random): number {
	return random.bool(0.6) ? 1 : random.int(2, 40);
}

function recentOrSeeded(index: number, random: Random, runtime: VendorRuntime): number {
	// Every 50th record changed within the last day, for "changed since yesterday" flows.
	return index % 50 === 0 ? runtime.now() - (index % 20) * 3600_000 - 60_000 : seededTime(random);
}

function field(body: unknown, name: string): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const value = (body as Record<string, unknown>)[name];
	return value === undefined || value === null ? undefined : String(value);
}

function withAdditionalFields(records: SandboxRecord[], endpoint: string, request: SandboxRequest): SandboxRecord[] {
	const raw = request.query.additional_fields ?? (request.body as Record<string, unknown> | undefined)?.additional_fields;
	if (raw === undefined) return records;
	const wanted = (Array.isArray(raw) ? raw : String(raw).split(',')).map((name) => String(name).trim()).filter(Boolean);
	const known = ADDITIONAL_FIELDS[endpoint] ?? {};
	return records.map((record) => {
		const extended = { ...record };
		for (const name of wanted) {
			const spec = known[name];
			// Unknown names come back as false, as Odoo-style back ends answer for empty fields.
			extended[name] = !spec ? false : spec.type === 'boolean' ? Number(record.id) % 3 === 0 : `${spec.string} ${Number(record.id) % 7}`;
		}
		return extended;
	});
}

function endpointOf(path: string): string {
	return path.split('/').filter(Boolean)[0] ?? '';
}

export const enappsAdapter: VendorAdapter = {
	key: 'enapps',
	catalogFolder: 'Enapps',
	apiBase: '/api/v1',
	idField: 'id',
	idKind: 'number',
	aliases: { '/products/get_basic': '/products', '/products/get_full': '/products', '/products/get_detail': '/products' },
	controlParams: ['qty', 'parameters'],

	publicRoutes(request, runtime) {
		if (request.path !== '/auth') return undefined;
		if (request.method !== 'POST') return this.error(405, 'Use POST /auth');
		if (bearer(request) !== SANDBOX_SECRETS.enapps.secretKey) return this.error(401, 'Invalid secret key');
		const login = field(request.body, 'login');
		const password = field(request.body, 'password');
		if (login !== SANDBOX_SECRETS.enapps.login || password !== SANDBOX_SECRETS.enapps.password) {
			return this.error(401, 'Wrong login or password');
		}
		const exp = Math.floor(runtime.now() / 1000) + TOKEN_LIFETIME_S;
		const issued = tokens(runtime).size + 1;
		const token = [
			base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
			base64url(JSON.stringify({ exp, t: 'access', l: login, db: 'sandbox', n: issued })),
			base64url(`sandbox-signature-${issued}`),
		].join('.');
		tokens(runtime).set(token, exp);
		return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S } };
	},

	authenticate(request, runtime) {
		const token = bearer(request);
		if (!token) return this.error(401, 'Missing Bearer token');
		if (token === SANDBOX_SECRETS.enapps.accessToken) return undefined;
		const exp = tokens(runtime).get(token);
		if (exp === undefined) return this.error(401, 'Invalid token');
		if (exp * 1000 <= runtime.now()) return this.error(401, 'Token expired');
		return undefined;
	},

	handle(request, runtime) {
		if (request.method !== 'GET') return undefined;
		if (request.path === '/additional_fields') {
			return { status: 200, body: ADDITIONAL_FIELDS };
		}
		if (request.path === '/products/get_full') {
			const raw = request.query.product_ids;
			const ids = (Array.isArray(raw) ? raw : String(raw ?? '').split(',')).map((id) => id.trim()).filter(Boolean);
			if (ids.length === 0) throw new HttpError(400, 'product_ids is required');
			if (ids.length > 10) throw new HttpError(400, 'At most 10 products per call');
			const products = runtime.collection('/products');
			return {
				status: 200,
				body: ids.map((id) => {
					const product = products.find(id);
					if (!product) throw new HttpError(404, `product ${id} not found`);
					return { ...product, price_unit: product.list_price, qty_available: (Number(id) * 7) % 120 };
				}),
			};
		}
		if (request.path === '/products/get_detail') {
			const product = runtime.collection('/products').find(String(request.query.product_id ?? ''));
			if (!product) throw new HttpError(404, `product ${String(request.query.product_id)} not found`);
			if (!request.query.partner_id) throw new HttpError(400, 'partner_id is required');
			const qty = Math.max(1, Number(request.query.qty ?? 1));
			// Quantity breaks: 5% off from 10 units, 10% off from 100.
			const discount = qty >= 100 ? 0.9 : qty >= 10 ? 0.95 : 1;
			const priceUnit = Math.round(Number(product.list_price) * discount * 100) / 100;
			return {
				status: 200,
				body: {
					product_id: product.id,
					default_code: product.default_code,
					name: product.name,
					qty,
					partner_id: Number(request.query.partner_id),
					price_unit: priceUnit,
					price_subtotal: Math.round(priceUnit * qty * 100) / 100,
					currency: product.currency,
					qty_available: (Number(product.id) * 7) % 120,
				},
			};
		}
		return undefined;
	},

	error(status, message) {
		const code = status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : status === 429 ? 'too_many_requests' : status >= 500 ? 'server_error' : 'bad_request';
		return { status, body: { error: code, message } };
	},

	listBody(page, context) {
		return withAdditionalFields(page.records, endpointOf(context.route.template), context.request);
	},

	unpagedBody(records, context) {
		return withAdditionalFields(records, endpointOf(context.route.template), context.request);
	},

	recordBody(record) {
		return record;
	},

	createdBody(record) {
		return { id: record.id, name: record.name, state: record.state, amount_total: record.amount_total };
	},

	toRecord(body, context, mode, runtime) {
		if (context.route.collection !== '/orders' || mode !== 'create') return { ...body };
		const lines = Array.isArray(body.products) ? (body.products as Array<Record<string, unknown>>) : [];
		if (!body.partner_order_id) throw new HttpError(400, 'partner_order_id is required');
		if (lines.length === 0) throw new HttpError(400, 'products must list at least one line');
		const productStore = runtime.collection('/products');
		let untaxed = 0;
		for (const line of lines) {
			const product = productStore.find(String(line.product_id));
			if (!product) throw new HttpError(400, `Unknown product_id ${String(line.product_id)}`);
			untaxed += Number(line.price_unit ?? product.list_price) * Number(line.qty ?? 1);
		}
		const contact = runtime.collection('/contacts').find(String(body.partner_order_id));
		if (!contact) throw new HttpError(400, `Unknown contact ${String(body.partner_order_id)} in partner_order_id`);
		const partnerId = Number(contact.partner_id);
		const now = runtime.now();
		const orders = runtime.collection('/orders');
		const amountUntaxed = Math.round(untaxed * 100) / 100;
		const tax = Math.round(amountUntaxed * 20) / 100;
		return {
			name: `SO${String(orders.records.length + 1).padStart(5, '0')}`,
			client_order_ref: body.client_order_ref ?? '',
			state: 'draft',
			amount_untaxed: amountUntaxed,
			amount_tax: tax,
			amount_total: Math.round((amountUntaxed + tax) * 100) / 100,
			date_order: new Date(now).toISOString().slice(0, 10),
			partner_id: [partnerId, companyName(partnerId)],
			shop_id: [Number(body.shop_id ?? 1), 'Web Shop'],
			partner_order_id: [Number(contact.id), `${String(contact.first_name)} ${String(contact.last_name)}`],
			partner_shipping_id: [Number(contact.id), `${String(contact.first_name)} ${String(contact.last_name)}`],
			create_date: sqlDateTime(now),
			order_line: lines.map((_line, index) => 100000 + orders.records.length * 10 + index),
			currency: 'GBP',
			products: lines,
		};
	},

	filter(key, value) {
		const first = Array.isArray(value) ? value[0] : value;
		if (key === '_id') return (record) => String(record.id) === first;
		if (key === 'write_date' || key === 'create_date' || key === 'invoice_date') {
			const bound = toMillis(first);
			if (bound === undefined) throw new HttpError(400, `${key} must look like 2024-05-31 14:00:00`);
			return (record) => (toMillis(record[key]) ?? -Infinity) >= bound;
		}
		if (key === 'product_ids') {
			const ids = (Array.isArray(value) ? value : value.split(',')).map((id) => id.trim());
			return (record) => ids.includes(String(record.id));
		}
		return undefined;
	},

	template(collection, index, random, runtime) {
		switch (collection) {
			case '/partners': {
				const written = recentOrSeeded(index, random, runtime);
				return {
					ref: `P${String(index).padStart(5, '0')}`,
					name: companyName(index),
					crm_type: index % 4 === 0 ? 'prospect' : 'customer',
					website: `https://www.${companyName(index).toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`,
					create_date: sqlDateTime(Math.min(written, seededTime(random)) - 30 * DAY),
					write_date: sqlDateTime(written),
				};
			}
			case '/contacts': {
				const person = personName(random);
				const written = recentOrSeeded(index, random, runtime);
				return {
					partner_id: ((index - 1) % 1200) + 1,
					first_name: person.first,
					last_name: person.last,
					email: `${person.first}.${person.last}.${index}@example.com`.toLowerCase(),
					res_adresses_id: ((index - 1) % 1200) + 1,
					type: index <= 1200 ? 'primary' : 'contact',
					crm_type: index % 4 === 0 ? 'prospect' : 'customer',
					create_date: sqlDateTime(written - 10 * DAY),
					write_date: sqlDateTime(written),
				};
			}
			case '/addresses': {
				const country = random.pick(COUNTRIES);
				return {
					partner_id: ((index - 1) % 1200) + 1,
					type: index <= 1200 ? 'Default' : 'Delivery',
					street: `${random.int(1, 199)} ${random.pick(STREETS)}`,
					street2: '',
					city: random.pick(CITIES),
					zip: `${random.int(10000, 99999)}`,
					country_id: [country[0], country[1]],
				};
			}
			case '/products':
				return {
					default_code: `SKU-${String(index).padStart(5, '0')}`,
					name: `${random.pick(['Steel', 'Oak', 'Glass', 'Copper', 'Linen'])} ${random.pick(['Shelf', 'Table', 'Lamp', 'Panel', 'Bracket'])} ${index}`,
					family_id: [1 + (index % 8), `Family ${1 + (index % 8)}`],
					list_price: Math.round(random.int(500, 50000)) / 100,
					parameter_ids: index % 5 === 0 ? { FINISHING: ['DBZW', 'MATT', 'GLOSS'] } : {},
					web_category_ids: index % 3 === 0 ? [[1 + (index % 6), `Category ${1 + (index % 6)}`]] : [],
					currency: 'GBP',
				};
			case '/orders': {
				const partner = documentPartner(random);
				const untaxed = random.int(1000, 500000) / 100;
				const tax = Math.round(untaxed * 20) / 100;
				const created = seededTime(random);
				return {
					name: `SO${String(index).padStart(5, '0')}`,
					client_order_ref: `WEB-${10000 + index}`,
					delivery_address_id: partner,
					state: random.pick(['draft', 'progress', 'manual', 'done', 'cancel']),
					amount_total: Math.round((untaxed + tax) * 100) / 100,
					amount_tax: tax,
					amount_untaxed: untaxed,
					date_order: new Date(created).toISOString().slice(0, 10),
					partner_id: [partner, companyName(partner)],
					shop_id: [1, 'Web Shop'],
					partner_shipping_id: [partner, companyName(partner)],
					partner_order_id: [partner, companyName(partner)],
					create_date: sqlDateTime(created),
					order_line: [index * 10, index * 10 + 1],
					currency: 'GBP',
				};
			}
			case '/invoices': {
				const net = random.int(1000, 500000) / 100;
				const tax = Math.round(net * 20) / 100;
				const date = seededTime(random);
				return {
					number: `INV/2025/${String(index).padStart(5, '0')}`,
					partner_id: documentPartner(random),
					address_invoice_id: random.int(1, 1200),
					payment_term: random.pick(['30 Days', '15 Days', 'Immediate Payment']),
					reference: `WEB-${10000 + index}`,
					currency: 'GBP',
					invoice_date: new Date(date).toISOString().slice(0, 10),
					due_date: new Date(date + 30 * DAY).toISOString().slice(0, 10),
					state: random.pick(['open', 'paid']),
					total_net: net,
					total_gross: Math.round((net + tax) * 100) / 100,
					amount_tax: tax,
				};
			}
			case '/stock_pickings':
				return {
					name: `OUT/${String(index).padStart(5, '0')}`,
					partner_id: documentPartner(random),
					order_id: random.int(1, 250),
					delivery_note_ref: `TRK${random.int(100000, 999999)}`,
					delivery_date: new Date(seededTime(random)).toISOString().slice(0, 10),
					state: random.pick(['confirmed', 'assigned', 'done']),
					move_lines: [index * 10, index * 10 + 1],
					create_date: sqlDateTime(seededTime(random)),
				};
			case '/stock_moves':
				return {
					picking_id: random.bool(0.6) ? 1 : random.int(2, 40),
					product_id: random.int(1, 2500),
					product_qty: random.int(1, 20),
					state: random.pick(['confirmed', 'assigned', 'done']),
				};
			default:
				return undefined;
		}
	},

	seedCount(collection, list) {
		// Reference data pages by 1000: 2500 records make Return All fetch three pages.
		if (list?.maxPageSize === 1000 || collection === '/products') return 2500;
		return 250;
	},
};
