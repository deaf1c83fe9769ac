export const BASE = 'https://cirrus.test';
export const API_PATH = '/rest/v2';
export const TOKEN = 'cirrus-token-123';

export const tokenCredentials = { cirrusApi: { baseUrl: `${BASE}${API_PATH}/`, token: TOKEN } };

export const TOKEN_URL_HOST = 'https://account.cirruscrm.io';

export const oauthCredentials = {
	cirrusOAuth2Api: { baseUrl: `${BASE}${API_PATH}`, grantType: 'clientCredentials', clientId: 'client-1', clientSecret: 'secret-1' },
};

/** A Cirrus page envelope inside a one-element array, as the vendor's examples show it. */
export function page(items: unknown[], pageNumber: number, pages: number, perPage = 50, total = items.length) {
	return [{ page: pageNumber, pages, per_page: perPage, total, items }];
}

export function accounts(count: number, start = 1) {
	return Array.from({ length: count }, (_, index) => ({ id: start + index, name: `Account ${start + index}` }));
}
