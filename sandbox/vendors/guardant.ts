/**
 * Guardant Station: `/v1.0/...` paths, camelCase input names and lowercase output names
 * (`customerName` → `name`, `activationLimit` → `activationlimit`), one record wrapped under a
 * singular key (`{customer: {...}}`), lists under a plural key with offset/limit paging (limit 1–100,
 * larger refused), Unix-second dates, vendor error codes in the 10xxx range.
 */
import { HttpError } from '../engine';
import { resourceWord, singular } from '../routes';
import { SANDBOX_SECRETS } from '../secrets';
import { companyName, personName, Random, SEED_EPOCH } from '../seed';
import type { RouteContext, SandboxRecord, VendorAdapter, VendorRuntime } from '../types';

const ERROR_CODES: Record<number, number> = { 400: 10010, 401: 10001, 403: 10002, 404: 10004, 405: 10005, 429: 10029, 500: 10500 };

/** The key a list answers under: `/v1.0/customers/{}/orders` → `orders`; dongle history → `history`. */
function listKey(collection: string): string {
	const word = resourceWord(collection);
	return word === 'getdonglehistory' ? 'history' : word;
}

function recordKey(collection: string): string {
	return singular(listKey(collection));
}

/**
 * camelCase input → Guardant's lowercase output. A leading resource word is dropped
 * (`customerPhone` → `phone`, `dongleModel` → `model`) unless only `id` would remain (`dongleId` → `dongleid`).
 */
export function guardantOutputName(input: string, resource: string): string {
	const prefix = singular(resource).toLowerCase();
	let name = input;
	if (name.toLowerCase().startsWith(prefix) && name.length > prefix.length && /[A-Z]/.test(name.charAt(prefix.length))) {
		const rest = name.slice(prefix.length);
		if (rest.toLowerCase() !== 'id') name = rest;
	}
	return name.toLowerCase();
}

function unixSeconds(runtime: VendorRuntime): number {
	return Math.floor(runtime.now() / 1000);
}

function seededSeconds(random: Random): number {
	return Math.floor(SEED_EPOCH / 1000) + random.int(0, 360 * 86400);
}

function serialString(random: Random): string {
	return Array.from({ length: 5 }, () => random.hex(6).toUpperCase()).join('-');
}

function license(random: Random) {
	return {
		canexclude: random.bool(),
		canmodify: true,
		consumptionmode: random.pick([0, 4, 32]),
		flags: random.pick([0, 4]),
		isremote: false,
		licensingmodel: random.pick([1, 2, 4]),
		netlicensescount: random.int(0, 10),
		rentbegindate: 0,
		rentdayscount: random.pick([0, 30, 365]),
		rentenddate: 0,
		runcounter: 0,
	};
}

export const guardantAdapter: VendorAdapter = {
	key: 'guardant',
	catalogFolder: 'Guardant',
	apiBase: '',
	idField: '_id',
	idKind: 'number',
	oversizedPage: 'reject',
	controlParams: ['sortby', 'direction'],

	idFieldFor(collection) {
		return collection === '/v1.0/dongles' ? 'dongleid' : undefined;
	},

	defaultPageSize() {
		return 100;
	},

	authenticate(request) {
		const header = request.headers.authorization;
		if (header !== `Bearer ${SANDBOX_SECRETS.guardant.apiToken}`) {
			return this.error(401, header ? 'Authorization failed: unknown token' : 'Authorization is required');
		}
		return undefined;
	},

	handle(request, runtime) {
		if (request.method !== 'GET') return undefined;
		const info = /^\/v1\.0\/serial\/getinfo\/(.+)$/.exec(request.path);
		if (info) {
			const text = decodeURIComponent(info[1]);
			const serial = runtime.collection('/v1.0/serials').records.find((record) => record.serialstring === text);
			if (!serial) throw new HttpError(404, `Serial number ${text} not found`);
			const customer = runtime.collection('/v1.0/customers').find(Number(serial._id) % 40 + 1);
			return { status: 200, body: { serial: { ...serial, customer } } };
		}
		const licence = /^\/v1\.0\/serials\/([^/]+)\/getactuallicense$/.exec(request.path);
		if (licence) {
			const serial = runtime.collection('/v1.0/serials').find(licence[1]);
			if (!serial) throw new HttpError(404, `Serial ${licence[1]} not found`);
			const random = new Random(`guardant:licence:${licence[1]}`);
			const features = Array.from({ length: 3 }, (_unused, index) => ({
				_id: index + 1,
				name: `Feature ${index + 1}`,
				featurenumber: index + 1,
				defaultLicense: { ...license(random), isexpired: false },
				license: { ...license(random), isExcluded: false },
			}));
			const actuallicense = [{ _id: 1, accesscode_id: 1, archived: false, archivationdate: 0, binding: serial.binding, binding_maxhardwarechangenumber: 3, binding_scheme: 0, crmid: '', description: 'Current licence', featuresWithLicenses: features }];
			return { status: 200, body: { serial: { ...serial, actuallicense } } };
		}
		return undefined;
	},

	error(status, message) {
		return { status, body: { error: { code: ERROR_CODES[status] ?? 10000 + status, message } } };
	},

	listBody(page, context) {
		return { [listKey(context.route.collection)]: page.records };
	},

	unpagedBody(records, context) {
		return { [listKey(context.route.collection)]: records };
	},

	recordBody(record, context) {
		return { [recordKey(context.route.collection)]: record };
	},

	toRecord(body, context: RouteContext, mode, runtime) {
		const resource = resourceWord(context.route.collection);
		const fields: SandboxRecord = {};
		for (const [key, value] of Object.entries(body)) fields[guardantOutputName(key, resource)] = value;
		if (context.route.collection === '/v1.0/serials' && fields.activationlimit !== undefined) {
			const serial = runtime.collection('/v1.0/serials').find(context.params.serialId ?? Object.values(context.params)[0]);
			const limit = Number(fields.activationlimit);
			if (serial && limit < Number(serial.activationcount)) {
				throw new HttpError(400, `activationLimit ${limit} is below the serial's activation count ${String(serial.activationcount)}`);
			}
			if (limit > 50) throw new HttpError(400, 'activationLimit may be at most 50 (10 for demo orders)');
		}
		if (context.route.collection === '/v1.0/orders/{}/dongles' && mode === 'create') {
			const dongles = runtime.collection(context.route.collection, context.scope);
			if (dongles.records.some((dongle) => String(dongle.dongleid) === String(fields.dongleid))) {
				throw new HttpError(400, `Dongle ${String(fields.dongleid)} is already in this order`);
			}
		}
		if (mode === 'create' && context.route.collection === '/v1.0/customers') {
			return { archived: false, archivationdate: 0, crmid: '', refid: '', ...fields };
		}
		if (mode === 'update' && fields.archived === true) fields.archivationdate = unixSeconds(runtime);
		return fields;
	},

	/** `sortby` names a documented order; `direction` is asc or desc. */
	sort(input, collection) {
		const by = String(input.sortby ?? 'default');
		const fields: Record<string, string> = collection === '/v1.0/customers'
			? { default: 'companyname', name: 'lastname', company: 'companyname' }
			: { default: collection === '/v1.0/dongles' ? 'dongleid' : '_id', number: 'number', submitdate: 'submitdate' };
		const field = fields[by];
		if (!field || (by === 'default' && input.direction === undefined && collection !== '/v1.0/customers')) return undefined;
		return { field, descending: String(input.direction ?? 'asc') === 'desc' };
	},

	filter(key, value) {
		const first = Array.isArray(value) ? value[0] : value;
		if (key === 'type') {
			if (first === 'company') return (record) => String(record.companyname ?? '') !== '';
			if (first === 'person') return (record) => String(record.companyname ?? '') === '';
			return () => true;
		}
		if (key === 'archived') return (record) => String(record.archived) === first;
		if (key === 'status') {
			const wanted = (Array.isArray(value) ? value : value.split(',')).map((entry) => entry.trim());
			return (record) => wanted.includes(String(record.status));
		}
		if (key === 'actiondatebegin') return (record) => Number(record.actiondate) >= Number(first);
		if (key === 'actiondateend') return (record) => Number(record.actiondate) <= Number(first);
		return undefined;
	},

	template(collection, index, random) {
		if (collection === '/v1.0/customers') {
			const person = personName(random);
			const isCompany = index % 3 !== 0;
			return {
				name: person.first,
				lastname: person.last,
				companyname: isCompany ? companyName(index) : '',
				email: `${person.first}.${person.last}.${index}@example.com`.toLowerCase(),
				phone: `+7 495 ${String(1000000 + index).slice(1)}`,
				description: '',
				status: index % 10 === 0 ? 1 : 0,
				archived: index % 25 === 0,
				archivationdate: index % 25 === 0 ? seededSeconds(random) : 0,
				crmid: `CRM-${index}`,
				refid: '',
			};
		}
		if (collection === '/v1.0/customers/{}/orders') {
			const status = random.pick([0, 1, 1, 2]);
			return {
				number: 1000 + index,
				type: 0,
				status,
				date: seededSeconds(random),
				submitdate: status === 0 ? 0 : seededSeconds(random),
				description: `Order ${1000 + index}`,
				quantity: random.int(1, 20),
				activationlimit: random.int(1, 10),
				activationbirthdate: 0,
				activationdeathdate: 0,
				isdemo: random.bool(0.2),
				customerrequired: false,
				canoverwritecontainer: false,
				archived: false,
				archivationdate: 0,
				crmid: '',
				refid: '',
			};
		}
		if (collection === '/v1.0/dongles') {
			// Hardware key ids are signed 32-bit numbers; some are negative.
			const id = (random.int(1, 2 ** 31 - 1) * (index % 4 === 0 ? -1 : 1)) | 0;
			return { dongleid: id, model: random.pick([1, 2, 3, 4, 5]), publiccode: random.int(100000, 999999), typeflags: random.pick([0, 8]), netresource: 0, drivertype: random.pick([0, 2]) };
		}
		if (collection === '/v1.0/serials') {
			const count = random.int(0, 5);
			return {
				serialstring: serialString(random),
				status: index % 12 === 0 ? 1 : 0,
				activationcount: count,
				activationlimit: count + random.int(0, 5),
				dongleid: 0,
				licensecontainerversion: 2,
				binding: { CPU: true, HDD: true, MAC: false, CAN_REPLACE_MAC: true },
				binding_maxhardwarechangenumber: 3,
			};
		}
		if (collection.endsWith('/features')) {
			return { name: `Feature ${index}`, description: '', featurenumber: index, pubkey: random.hex(16).replace(/(..)(?!$)/g, '$1 '), crmid: '', refid: '', defaultLicense: license(random) };
		}
		if (collection === '/v1.0/getdonglehistory/{}') {
			return { actiondate: seededSeconds(random), action: random.pick(['update', 'activate', 'firmware']), actionresult: random.pick(['success', 'success', 'error']) };
		}
		return undefined;
	},

	seedCount(collection, list, scoped) {
		if (collection.endsWith('/features')) return 6;
		if (collection === '/v1.0/getdonglehistory/{}') return 130;
		if (scoped) return 25;
		return 250;
	},
};
