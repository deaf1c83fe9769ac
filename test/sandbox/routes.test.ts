import type { VendorCatalog } from '../../nodes/shared/catalog';
import { VendorSandbox } from '../../sandbox/engine';
import { buildRoutes, matchRoute } from '../../sandbox/routes';
import { cirrusAdapter } from '../../sandbox/vendors/cirrus';
import type { SandboxRequest } from '../../sandbox/types';

const op = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, extra: object = {}) => ({
	resource: 'widget',
	operation: `${method}${path}`,
	name: 'X',
	action: 'x',
	method,
	path,
	...extra,
});

const catalog: VendorCatalog = {
	vendor: 'Test',
	connection: { credentials: [{ name: 'testApi', required: true }], baseUrl: () => 'http://127.0.0.1', headers: {} },
	resources: [{ value: 'widget', name: 'Widget' }],
	operations: [
		op('GET', '/widgets/', { list: { pagination: 'page', pageParam: 'page', sizeParam: 'per_page', maxPageSize: 50, rootProperty: 'items' } }),
		op('POST', '/widgets/', { fields: [{ name: 'name', in: 'body', kind: 'string', required: true }] }),
		op('GET', '/widgets/{id}', { fields: [{ name: 'id', in: 'path', kind: 'number' }] }),
		op('PUT', '/widgets/{id}', { fields: [{ name: 'id', in: 'path', kind: 'number' }] }),
		op('DELETE', '/widgets/{id}', { fields: [{ name: 'id', in: 'path', kind: 'number' }] }),
		op('GET', '/widgets/colours'),
		op('GET', '/history/{id}', { list: { pagination: 'offset', maxPageSize: 100 }, fields: [{ name: 'id', in: 'path', kind: 'number' }] }),
	],
};

function request(method: string, path: string, extra: Partial<SandboxRequest> = {}): SandboxRequest {
	return { method, path, query: {}, headers: { 'x-token': 'sandbox-cirrus-x-token' }, body: undefined, rawBody: '', ...extra };
}

describe('Routes come from the catalog', () => {
	const routes = buildRoutes(catalog);

	test('method and path shape decide what a route does', () => {
		const kinds = Object.fromEntries(routes.map((route) => [`${route.method} ${route.template}`, `${route.kind} ${route.collection}`]));
		expect(kinds).toEqual({
			'GET /widgets': 'list /widgets',
			'POST /widgets': 'create /widgets',
			'GET /widgets/{id}': 'get /widgets',
			'PUT /widgets/{id}': 'update /widgets',
			'DELETE /widgets/{id}': 'delete /widgets',
			'GET /widgets/colours': 'list /widgets/colours',
			'GET /history/{id}': 'list /history/{}',
		});
	});

	test('a static segment wins over a param in the same place', () => {
		expect(matchRoute(routes, 'GET', '/widgets/colours')?.route.kind).toBe('list');
		expect(matchRoute(routes, 'GET', '/widgets/7')?.params).toEqual({ id: '7' });
	});

	test('a new catalog operation is served without new server code', () => {
		const sandbox = new VendorSandbox(cirrusAdapter, catalog, () => Date.UTC(2026, 0, 1));
		const created = sandbox.handle(request('POST', '/widgets/', { body: { name: 'Blue widget' } }));
		expect(created.status).toBe(200);
		const id = (created.body as { id: number }).id;
		expect(sandbox.handle(request('GET', `/widgets/${id}`)).body).toMatchObject({ id, name: 'Blue widget' });
		expect(sandbox.handle(request('PUT', `/widgets/${id}`, { body: { name: 'Red widget' } })).body).toMatchObject({ name: 'Red widget' });
		const page = sandbox.handle(request('GET', '/widgets', { query: { page: '6', per_page: '50' } })).body as { items: Array<{ name: string }>; total: number };
		expect(page.total).toBe(251);
		expect(page.items.map((item) => item.name)).toEqual(['Red widget']);
		expect(sandbox.handle(request('DELETE', `/widgets/${id}`)).status).toBe(204);
		expect(sandbox.handle(request('GET', `/widgets/${id}`)).status).toBe(404);
	});

	test('a create without a field the catalog requires is refused with the vendor error', () => {
		const sandbox = new VendorSandbox(cirrusAdapter, catalog);
		expect(sandbox.handle(request('POST', '/widgets/', { body: {} }))).toEqual({ status: 400, body: { message: "'name' is required" } });
	});

	test('the same seed gives the same records', () => {
		const first = new VendorSandbox(cirrusAdapter, catalog).collection('/widgets').records.slice(0, 5);
		const second = new VendorSandbox(cirrusAdapter, catalog).collection('/widgets').records.slice(0, 5);
		expect(first).toEqual(second);
	});
});
