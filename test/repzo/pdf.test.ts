import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import nock from 'nock';
import type { IBinaryData } from 'n8n-workflow';

import { Repzo } from '../../nodes/Repzo/Repzo.node';
import { runNode } from '../harness';
import { API_KEY, BASE, credentials } from './fixtures';

/**
 * The engine stores binary data on disk, as n8n 2.x does by default ("filesystem" mode), so the PDF
 * has to come through n8n's binary data service, not sit in the item as text.
 */
type BinaryService = { init(): Promise<void>; getAsBuffer(data: IBinaryData): Promise<Buffer> };
let storage: string;
let binaryService: BinaryService;

beforeAll(async () => {
	storage = mkdtempSync(join(tmpdir(), 'repzo-pdf-'));
	const core = require('n8n-core') as Record<string, new (...args: never[]) => unknown>;
	const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as { Container: { get<T>(type: unknown): T } };
	const config = Container.get<{ mode: string; availableModes: string[]; localStoragePath: string }>(core.BinaryDataConfig);
	Object.assign(config, { mode: 'filesystem', availableModes: ['filesystem'], localStoragePath: storage });
	binaryService = Container.get<BinaryService>(core.BinaryDataService);
	await binaryService.init();
});

afterAll(() => rmSync(storage, { recursive: true, force: true }));

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0x00, 0xff, 0x80, 0x0a]), Buffer.from('%%EOF\n')]);
const STORAGE = 'https://files.example-bucket.com';

const convert = (extra: Record<string, unknown> = {}) => ({
	resource: 'pdf',
	operation: 'convert',
	documentType: 'invoice',
	documentId: 'inv-1',
	...extra,
});

const answer = (pdfUrl: string) => ({ success: true, pdfUrl, filename: 'INV-2024-001.pdf', size: PDF.length, pages: 1 });

/** Repzo's conversion call, asserting the api-key goes there. */
const conversion = (pdfUrl: string) =>
	nock(BASE).post('/quick-convert-to-pdf', { documentType: 'invoice', documentId: 'inv-1' }).matchHeader('api-key', API_KEY).reply(200, answer(pdfUrl));

describe('Repzo: Convert Document with Download PDF', () => {
	test('a PDF on Repzo\'s own host is downloaded with the api-key and output as a binary file with its name and type', async () => {
		const api = conversion(`${BASE}/files/pdf/inv-1.pdf?token=t1`);
		const download = nock(BASE)
			.get('/files/pdf/inv-1.pdf')
			.query({ token: 't1' })
			.matchHeader('api-key', API_KEY)
			.reply(200, PDF, { 'Content-Type': 'application/pdf' });
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true }), credentials });
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(download.isDone()).toBe(true);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ pdfUrl: `${BASE}/files/pdf/inv-1.pdf?token=t1`, filename: 'INV-2024-001.pdf' });
		const file = result.items[0].binary!.data;
		expect(file).toMatchObject({ fileName: 'INV-2024-001.pdf', mimeType: 'application/pdf', fileExtension: 'pdf' });
		// Stored on disk by n8n's binary data service, not inline in the item.
		expect(file.id).toMatch(/^filesystem/);
		expect((await binaryService.getAsBuffer(file)).equals(PDF)).toBe(true);
	});

	test('a PDF on another host (a storage bucket) is downloaded WITHOUT the api-key, into the binary field chosen', async () => {
		const api = conversion(`${STORAGE}/exports/abc123?sig=xyz`);
		let keySent: unknown = 'not asked';
		const download = nock(STORAGE)
			.get('/exports/abc123')
			.query({ sig: 'xyz' })
			.reply(function () {
				keySent = this.req.headers['api-key'];
				return [200, PDF, { 'Content-Type': 'binary/octet-stream' }];
			});
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true, options: { binaryPropertyName: 'invoice' } }), credentials });
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(download.isDone()).toBe(true);
		expect(keySent).toBeUndefined();
		const file = result.items[0].binary!.invoice;
		expect(file).toMatchObject({ fileName: 'INV-2024-001.pdf', mimeType: 'application/pdf' });
		expect((await binaryService.getAsBuffer(file)).equals(PDF)).toBe(true);
	});

	test('Repzo\'s host redirecting the download to another host is not followed: the api-key never leaves Repzo', async () => {
		conversion(`${BASE}/files/pdf/moved.pdf`);
		nock(BASE).get('/files/pdf/moved.pdf').matchHeader('api-key', API_KEY).reply(302, '', { Location: `${STORAGE}/exports/moved.pdf` });
		const elsewhere = nock(STORAGE).get('/exports/moved.pdf').reply(200, PDF);
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true }), credentials });
		expect(elsewhere.isDone()).toBe(false);
		expect(result.error?.message).toMatch(/PDF could not be downloaded.*Repzo answered HTTP 302/);
	});

	test('a storage host redirecting the download is followed, still without the api-key', async () => {
		conversion(`${STORAGE}/exports/abc123`);
		const keys: unknown[] = [];
		const storage = nock(STORAGE)
			.get('/exports/abc123')
			.reply(function () {
				keys.push(this.req.headers['api-key']);
				return [307, '', { Location: 'https://cdn.example-bucket.com/abc123' }];
			});
		const cdn = nock('https://cdn.example-bucket.com')
			.get('/abc123')
			.reply(function () {
				keys.push(this.req.headers['api-key']);
				return [200, PDF, { 'Content-Type': 'application/pdf' }];
			});
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true }), credentials });
		expect(result.error).toBeUndefined();
		expect(storage.isDone() && cdn.isDone()).toBe(true);
		expect(keys).toEqual([undefined, undefined]);
		expect((await binaryService.getAsBuffer(result.items[0].binary!.data)).equals(PDF)).toBe(true);
	});

	test('a 404 on the download from Repzo stops with an error naming Repzo and the status', async () => {
		conversion(`${BASE}/files/pdf/gone.pdf`);
		const download = nock(BASE).get('/files/pdf/gone.pdf').matchHeader('api-key', API_KEY).reply(404, 'Not Found', { 'Content-Type': 'text/plain' });
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true }), credentials });
		expect(download.isDone()).toBe(true);
		expect(result.error?.message).toMatch(/PDF could not be downloaded.*Repzo answered HTTP 404/);
		expect(result.error?.httpCode).toBe('404');
	});

	test('a 404 on the download from another host names Repzo\'s PDF, the host and the status', async () => {
		conversion(`${STORAGE}/exports/expired.pdf`);
		const download = nock(STORAGE).get('/exports/expired.pdf').reply(404, '<Error>NoSuchKey</Error>');
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true }), credentials });
		expect(download.isDone()).toBe(true);
		expect(result.error?.message).toBe("Repzo's PDF could not be downloaded from files.example-bucket.com: the file host answered HTTP 404: NoSuchKey (a web page, not an answer of the API)");
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.description).toMatch(/files\.example-bucket\.com\/exports\/expired\.pdf failed\. The link Repzo gave may have expired/);
	});

	test('a busy storage host (503, Retry-After) is asked again, as Repzo itself would be, and the PDF still arrives', async () => {
		conversion(`${STORAGE}/exports/busy.pdf`);
		const download = nock(STORAGE)
			.get('/exports/busy.pdf')
			.reply(503, 'Slow Down', { 'Retry-After': '0' })
			.get('/exports/busy.pdf')
			.reply(200, PDF, { 'Content-Type': 'application/pdf' });
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true }), credentials });
		expect(result.error).toBeUndefined();
		expect(download.isDone()).toBe(true);
		expect((await binaryService.getAsBuffer(result.items[0].binary!.data)).equals(PDF)).toBe(true);
	});

	test('a storage host that stays busy fails with the attempts counted, and Retry When Busy off sends the download once', async () => {
		conversion(`${STORAGE}/exports/down.pdf`);
		const busy = nock(STORAGE).get('/exports/down.pdf').times(4).reply(503, 'Slow Down', { 'Retry-After': '0' });
		const result = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true }), credentials });
		expect(busy.isDone()).toBe(true);
		expect(result.error?.message).toMatch(/^Repzo's PDF could not be downloaded from files\.example-bucket\.com: the file host answered HTTP 503: Slow Down \(gave up after 4 attempts/);
		nock.cleanAll();
		conversion(`${STORAGE}/exports/down.pdf`);
		const once = nock(STORAGE).get('/exports/down.pdf').reply(503, 'Slow Down', { 'Retry-After': '0' });
		const off = await runNode({ node: 'repzo', parameters: convert({ downloadPdf: true, retryOptions: { enabled: false } }), credentials });
		expect(once.isDone()).toBe(true);
		expect(off.error?.message).toMatch(/the file host answered HTTP 503/);
		expect(nock.pendingMocks()).toEqual([]);
	});

	test('Download PDF is off by default, so a saved workflow outputs Repzo\'s answer only and downloads nothing', async () => {
		const input = new Repzo().description.properties.find((property) => property.name === 'downloadPdf');
		// Only the PDF resource offers Convert, so the rule names the operation alone.
		expect(input).toMatchObject({ type: 'boolean', default: false, displayOptions: { show: { operation: ['convert'] } } });
		expect(input?.displayOptions?.show?.resource ?? ['pdf']).toEqual(['pdf']);
		const api = conversion(`${BASE}/files/pdf/inv-1.pdf`);
		const result = await runNode({ node: 'repzo', parameters: convert(), credentials });
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.items[0].json).toEqual(answer(`${BASE}/files/pdf/inv-1.pdf`));
		expect(result.items[0].binary).toBeUndefined();
	});
});
