/**
 * What every trigger shares: credentials and base URLs as the action nodes have them, event changes,
 * records the trigger cannot place, and the cursor's own rules.
 */
import { DateTime } from 'luxon';
import nock from 'nock';
import { Workflow } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INodeType } from 'n8n-workflow';

import { Cirrus } from '../../nodes/Cirrus/Cirrus.node';
import { CirrusTrigger } from '../../nodes/Cirrus/CirrusTrigger.node';
import { Enapps } from '../../nodes/Enapps/Enapps.node';
import { EnappsTrigger } from '../../nodes/Enapps/EnappsTrigger.node';
import { Guardant } from '../../nodes/Guardant/Guardant.node';
import { GuardantTrigger } from '../../nodes/Guardant/GuardantTrigger.node';
import { Quince } from '../../nodes/Quince/Quince.node';
import { QuinceTrigger } from '../../nodes/Quince/QuinceTrigger.node';
import { RepzoApi, repzoBaseUrl } from '../../credentials/RepzoApi.credentials';
import { Repzo } from '../../nodes/Repzo/Repzo.node';
import { RepzoTrigger } from '../../nodes/Repzo/RepzoTrigger.node';
import { advanceCursor, IdSet, placeRecords } from '../../nodes/shared/triggerCursor';
import * as cirrus from '../cirrus/fixtures';
import { API, BASE, LOGIN, loginCredentials, tokenCredentials } from '../enapps/fixtures';
import { nodeTypes } from '../harness';
import { PollSession } from '../pollHarness';

describe('Triggers send with their action node\'s connection', () => {
	const pairs: Array<[string, INodeType, INodeType]> = [
		['Enapps ERP', new Enapps(), new EnappsTrigger()],
		['Cirrus', new Cirrus(), new CirrusTrigger()],
		['Guardant', new Guardant(), new GuardantTrigger()],
		['QUINCE', new Quince(), new QuinceTrigger()],
		['Repzo', new Repzo(), new RepzoTrigger()],
	];
	test.each(pairs)('%s: the same credentials, with the same display rules', (_name, action, trigger) => {
		expect(trigger.description.credentials).toBe(action.description.credentials);
	});

	test('Repzo: the credential test asks the host every request goes to', () => {
		const workflow = new Workflow({ id: 'x', nodes: [], connections: {}, nodeTypes, active: false });
		const node = { id: 'n', name: 'n', type: 'x', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
		const expression = (new RepzoApi().test.request.baseURL ?? '') as string;
		for (const credential of [{ environment: 'production' }, { environment: 'staging' }, { environment: 'custom', baseUrl: 'http://127.0.0.1:8787/repzo/' }] as ICredentialDataDecryptedObject[]) {
			expect(workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: credential }, undefined, '')).toBe(repzoBaseUrl(credential));
		}
	});
});

describe('Triggers: credentials work as in the action nodes', () => {
	afterEach(() => nock.cleanAll());

	test('Enapps login and password: the trigger signs in once and polls with the token', async () => {
		const login = nock(BASE).post(`${API}/auth`, { login: LOGIN.login, password: LOGIN.password }).matchHeader('authorization', `Bearer ${LOGIN.secretKey}`).once().reply(200, { access_token: 'jwt-9' });
		const list = nock(BASE).matchHeader('authorization', 'Bearer jwt-9').get(`${API}/partners`).query(true).twice().reply(200, []);
		const trigger = new PollSession({ node: 'enappsTrigger', parameters: { event: 'partner.new' }, credentials: loginCredentials });
		expect((await trigger.poll()).error).toBeUndefined();
		expect((await trigger.poll()).error).toBeUndefined();
		expect(login.isDone()).toBe(true);
		expect(list.isDone()).toBe(true);
		expect(trigger.helper.preAuthenticationCalls).toBe(1);
	});

	test('Cirrus with Authentication OAuth2 polls with the OAuth2 credential', async () => {
		const token = nock(cirrus.TOKEN_URL_HOST).post('/oauth/token').reply(200, { access_token: 'oauth-9', token_type: 'Bearer', expires_in: 3600 });
		const list = nock(cirrus.BASE)
			.get(`${cirrus.API_PATH}/orders/`)
			.query(true)
			.matchHeader('authorization', 'Bearer oauth-9')
			.reply(200, cirrus.page([], 1, 1));
		const trigger = new PollSession({ node: 'cirrusTrigger', parameters: { authentication: 'oAuth2', event: 'order.new' }, credentials: cirrus.oauthCredentials });
		const outcome = await trigger.poll();
		expect(outcome.error).toBeUndefined();
		expect(token.isDone()).toBe(true);
		expect(list.isDone()).toBe(true);
	});
});

describe('Triggers: cursor rules', () => {
	afterEach(() => nock.cleanAll());

	test('choosing another event starts afresh: its first poll emits nothing', async () => {
		const older = DateTime.utc().minus({ hours: 2 }).toFormat('yyyy-MM-dd HH:mm:ss');
		nock(BASE).get(`${API}/partners`).query(true).times(3).reply(200, [{ id: 1, create_date: older, write_date: older }]);
		const trigger = new PollSession({ node: 'enappsTrigger', parameters: { event: 'partner.new', options: { firstPoll: 'emitLookBack' } }, credentials: tokenCredentials });
		expect((await trigger.poll()).items).toHaveLength(1);
		const other = new PollSession({ node: 'enappsTrigger', parameters: { event: 'partner.newOrUpdated' }, credentials: tokenCredentials });
		// The same static data, read by a node set to another event.
		Object.assign(other.state, JSON.parse(JSON.stringify(trigger.state)));
		expect((await other.poll()).emitted).toBe(false);
		expect((other.state.cursor as { event: string }).event).toBe('partner.newOrUpdated');
	});

	test('a record without its timestamp fails the poll with the property named, and the cursor stays', async () => {
		nock(BASE).get(`${API}/partners`).query(true).reply(200, []);
		nock(BASE).get(`${API}/partners`).query(true).reply(200, [{ id: 5, name: 'No dates' }]);
		const trigger = new PollSession({ node: 'enappsTrigger', parameters: { event: 'partner.newOrUpdated' }, credentials: tokenCredentials });
		await trigger.poll();
		const before = JSON.stringify(trigger.state);
		const outcome = await trigger.poll();
		expect(outcome.error?.message).toBe("A record has no readable 'write_date'");
		expect(JSON.stringify(trigger.state)).toBe(before);
	});

	test('the IDs kept for the boundary moment are all kept, in a few bytes when they are a range', () => {
		const spec = { idProperty: 'id', events: [] };
		const moment = '2026-05-01T10:00:00.000Z';
		const records = Array.from({ length: 20_050 }, (_, id) => ({ id, at: moment }));
		const placed = placeRecords(records, spec, 'at', undefined, 'UTC', () => {
			throw new Error('unplaced');
		});
		const outcome = advanceCursor('x.new', { key: 0, floor: 0, seen: [] }, placed);
		expect(outcome.emit).toHaveLength(20_050);
		expect(outcome.cursor.key).toBe(Date.parse(moment));
		expect(outcome.cursor.seen).toHaveLength(1);
		const [position, ids] = outcome.cursor.seen[0];
		expect(position).toBe(Date.parse(moment));
		expect(ids.length).toBeLessThan(16);
		expect(IdSet.decode(ids).size).toBe(20_050);
	});

	test('ID sets give back exactly what went in: ranges, scattered numbers, and IDs that are not numbers', () => {
		const cases = [
			Array.from({ length: 5000 }, (_, index) => String(index + 1)),
			Array.from({ length: 5000 }, (_, index) => String(7 + index * index)),
			['0', '1', '9007199254740991', '3', '40000000000'],
			Array.from({ length: 3000 }, (_, index) => `65f0${index.toString(16).padStart(20, '0')}`),
			['12', 'abc', '#00ff', '13'],
		];
		for (const ids of cases) {
			const set = new IdSet();
			for (const id of ids) set.add(id);
			const back = IdSet.decode(set.encode());
			expect(back.size).toBe(new Set(ids).size);
			for (const id of ids) expect(back.has(id)).toBe(true);
			for (const other of ['2.5', '-1', 'zzz', '9007199254740990', '65f0ffffffffffffffffffff']) {
				if (!ids.includes(other)) expect(back.has(other)).toBe(false);
			}
		}
	});

	test('the cursor never moves back, even if an API answers with older records only', () => {
		const spec = { idProperty: 'id', events: [] };
		const ids = new IdSet();
		ids.add('9');
		const key = Date.parse('2026-05-01T10:00:00Z');
		const from = { key, floor: key, seen: [[key, ids.encode()]] as Array<[number, string]> };
		const placed = placeRecords([{ id: 1, at: '2026-04-01T00:00:00Z' }], spec, 'at', undefined, 'UTC', () => {
			throw new Error('unplaced');
		});
		const outcome = advanceCursor('x.new', from, placed);
		expect(outcome.emit).toHaveLength(0);
		expect(outcome.cursor).toEqual({ event: 'x.new', ...from });
	});
});



describe('Triggers: the same credentials, settings and request defaults as the action nodes', () => {
	const pairs: Array<[string, INodeType, INodeType]> = [
		['Enapps ERP', new Enapps(), new (require('../../nodes/Enapps/EnappsTrigger.node').EnappsTrigger)()],
		['Cirrus', new Cirrus(), new (require('../../nodes/Cirrus/CirrusTrigger.node').CirrusTrigger)()],
		['Guardant', new Guardant(), new (require('../../nodes/Guardant/GuardantTrigger.node').GuardantTrigger)()],
		['QUINCE', new Quince(), new (require('../../nodes/Quince/QuinceTrigger.node').QuinceTrigger)()],
		['Repzo', new Repzo(), new (require('../../nodes/Repzo/RepzoTrigger.node').RepzoTrigger)()],
	];
	test.each(pairs)('%s', (_name, action, trigger) => {
		expect(trigger.description.credentials).toEqual(action.description.credentials);
		expect(trigger.description.polling).toBe(true);
		const leading = trigger.description.properties.slice(0, trigger.description.properties.findIndex((property) => property.name === 'event'));
		for (const property of leading) expect(action.description.properties).toContainEqual(property);
	});

	test('every trigger sends the action node headers (Accept JSON)', async () => {
		const scopes = [
			nock(BASE).get(`${API}/partners`).query(true).matchHeader('accept', 'application/json').reply(200, []),
			nock(cirrus.BASE).get(`${cirrus.API_PATH}/orders/`).query(true).matchHeader('accept', 'application/json').reply(200, cirrus.page([], 1, 1)),
			nock('https://sv.api.repzo.me').get('/client').query(true).matchHeader('accept', 'application/json').matchHeader('content-type', 'application/json').reply(200, { data: [], total_pages: 1, current_page: 1 }),
		];
		const sessions = [
			new PollSession({ node: 'enappsTrigger', parameters: { event: 'partner.new' }, credentials: tokenCredentials }),
			new PollSession({ node: 'cirrusTrigger', parameters: { event: 'order.new' }, credentials: cirrus.tokenCredentials }),
			new PollSession({ node: 'repzoTrigger', parameters: { event: 'client.new' }, credentials: { repzoApi: { apiKey: 'k' } } }),
		];
		for (const session of sessions) expect((await session.poll()).error).toBeUndefined();
		for (const scope of scopes) expect(scope.isDone()).toBe(true);
	});
});
