/**
 * Every Cirrus REST path, each in one place: operations refer to these, so a confirmed correction is a
 * one-line change here.
 *
 * None of them is confirmed. The vendor's documentation page (RESTful API for Cirrus 2, 0.3.73) lost its
 * methods and URLs; these follow Flask-RESTX conventions and the order of operations on that page. The
 * weakest guesses are marked below. Custom API Call reaches any path with the same credential.
 */

/** Prefix of the person lookups and the phone catalog: not shown anywhere on the page (guess). */
const external = '/services';

export const paths = {
	account: {
		collection: '/accounts/',
		coordinates: '/accounts/coordinates',
		follow: '/accounts/follow',
		unfollow: '/accounts/unfollow',
		item: '/accounts/{id}',
		// Guessed.
		merge: '/accounts/{target}/merge/{source}',
	},
	accountGroup: {
		collection: '/accountgroups/',
		item: '/accountgroups/{id}',
	},
	// Segment spelling guessed.
	accountBudget: {
		item: '/accounts/{accountid}/budget/{year}/{month}',
	},
	activity: {
		collection: '/activities/',
		coordinates: '/activities/coordinates',
		follow: '/activities/follow',
		progressionStates: '/activities/progressionstates',
		unfollow: '/activities/unfollow',
		item: '/activities/{id}',
	},
	activityType: {
		collection: '/activitytypes/',
		questions: '/activitytypes/questions',
		item: '/activitytypes/{id}',
	},
	articleGroup: {
		collection: '/articlegroups/',
		item: '/articlegroups/{id}',
	},
	article: {
		collection: '/articles/',
		brands: '/articles/brands',
		budgetGroups: '/articles/budgetgroups',
		discountGroups: '/articles/discountgroups',
		materials: '/articles/materials',
		serviceLevels: '/articles/servicelevels',
		units: '/articles/units',
		volumeGroups: '/articles/volumegroups',
		warehouses: '/articles/warehouses',
		warehouseStatuses: '/articles/warehousestatuses',
		item: '/articles/{id}',
	},
	articleUnit: {
		collection: '/articleunits/',
		item: '/articleunits/{id}',
	},
	contact: {
		collection: '/contacts/',
		follow: '/contacts/follow',
		unfollow: '/contacts/unfollow',
		item: '/contacts/{id}',
	},
	deliveryTerm: {
		collection: '/deliveryterms/',
		item: '/deliveryterms/{id}',
	},
	deliveryType: {
		collection: '/deliverytypes/',
		item: '/deliverytypes/{id}',
	},
	// Segment spelling guessed for both dynamic-field resources.
	dynamicField: {
		collection: '/dynamicfields/',
		item: '/dynamicfields/{id}',
	},
	dynamicData: {
		collection: '/dynamicdata/',
		item: '/dynamicdata/{fieldid}/{resourceid}',
	},
	file: {
		collection: '/files/',
		item: '/files/{id}',
	},
	folder: {
		collection: '/files/folders/',
		item: '/files/folders/{id}',
	},
	challenge: {
		collection: '/challenges/',
		types: '/challenges/types',
		// The next three are guesses: the page shows neither segment nor a meaningful title.
		userStats: '/challenges/users/{id}',
		item: '/challenges/{id}',
		accept: '/challenges/{id}/accept',
		decline: '/challenges/{id}/decline',
	},
	leadActivity: {
		collection: '/leadactivities/',
		item: '/leadactivities/{id}',
	},
	lead: {
		collection: '/leads/',
		item: '/leads/{id}',
	},
	opportunity: {
		collection: '/opportunities/',
		estimates: '/opportunities/estimates',
		follow: '/opportunities/follow',
		lostReasons: '/opportunities/lostreasons',
		progressionStates: '/opportunities/progressionstates',
		sources: '/opportunities/sources',
		statuses: '/opportunities/statuses',
		types: '/opportunities/types',
		unfollow: '/opportunities/unfollow',
		winReasons: '/opportunities/winreasons',
		item: '/opportunities/{id}',
	},
	order: {
		collection: '/orders/',
		item: '/orders/{id}',
	},
	orderType: {
		collection: '/ordertypes/',
		item: '/ordertypes/{id}',
	},
	paymentTerm: {
		collection: '/paymentterms/',
		item: '/paymentterms/{id}',
	},
	priceList: {
		collection: '/pricelists/',
		item: '/pricelists/{id}',
	},
	// Placed under price lists by page order (guess).
	priceGroup: {
		collection: '/pricelists/groups/',
		item: '/pricelists/groups/{id}',
	},
	externalService: {
		lookUpAddress: `${external}/address`,
		checkCredit: `${external}/creditcheck`,
	},
	phoneCatalog: {
		brands: `${external}/phones/brands`,
		models: `${external}/phones/models`,
		options: `${external}/phones/options`,
		variants: `${external}/phones/variants`,
	},
	user: {
		collection: '/users/',
		// Guessed: the page lists a user pair without an ID.
		current: '/users/me',
		item: '/users/{id}',
	},
	userBudget: {
		collection: '/users/budgets',
		ofUser: '/users/{userid}/budgets',
		item: '/users/{userid}/budgets/{year}/{month}',
	},
	department: {
		collection: '/users/departments/',
		item: '/users/departments/{id}',
	},
	role: {
		collection: '/users/roles/',
	},
	kpi: {
		collection: '/kpis/',
	},
	orderStatus: {
		collection: '/orderstatus/',
		item: '/orderstatus/{id}',
	},
	mission: {
		collection: '/missions/',
		item: '/missions/{id}',
		progress: '/missions/{mission_id}/progress',
	},
	missionConnection: {
		collection: '/missions/{mission_id}/connections',
		activities: '/missions/{mission_id}/connections/activities',
		byType: '/missions/{mission_id}/connections/{connection_type}',
		item: '/missions/{mission_id}/connections/{connection_type}/{other_id}',
	},
	contract: {
		collection: '/contracts/',
		item: '/contracts/{id}',
	},
	contractObject: {
		collection: '/contracts/{contract_id}/objects',
		item: '/contracts/{contract_id}/objects/{object_id}',
	},
	// Guessed from the generated operation ids.
	contractReminder: {
		item: '/contracts/{contract_id}/reminders/{activity_id}',
		collection: '/contracts/{contract_id}/reminders',
	},
	object: {
		collection: '/objects/',
		item: '/objects/{id}',
	},
	objectCategory: {
		collection: '/objects/categories/',
		item: '/objects/categories/{id}',
	},
	objectContract: {
		collection: '/objects/{object_id}/contracts',
		item: '/objects/{object_id}/contracts/{contract_id}',
	},
	objectRelation: {
		collection: '/objects/{object_id}/relations',
		byType: '/objects/{object_id}/relations/{relation_type}',
		item: '/objects/{object_id}/relations/{relation_type}/{other_id}',
	},
	settings: {
		settings: '/settings/',
	},
	addon: {
		collection: '/addons/',
		item: '/addons/{id}',
	},
	bankId: {
		collection: '/bankid/',
		item: '/bankid/{id}',
	},
	bankIdRelation: {
		collection: '/bankid/relations',
	},
	quote: {
		collection: '/quotes/',
		item: '/quotes/{id}',
	},
	quoteRelation: {
		collection: '/quotes/relations',
	},
	quoteStatus: {
		collection: '/quotes/statuses',
		item: '/quotes/statuses/{id}',
	},
	sortGroup: {
		collection: '/sortgroups/',
		item: '/sortgroups/{id}',
	},
	subscription: {
		collection: '/subscriptions/',
		item: '/subscriptions/{id}',
	},
	project: {
		collection: '/projects/',
	},
	leadStatus: {
		collection: '/leadstatus/',
		item: '/leadstatus/{id}',
	},
} as const;

/**
 * Endpoints the vendor marks deprecated. They are left out of the dropdowns on purpose; Custom API Call
 * still reaches them. Kept here so their paths stay in the same single place.
 */
export const deprecatedEndpoints: ReadonlyArray<{ method: string; path: string; description: string }> = [
	{ method: 'GET', path: '/accounttypes/', description: 'List account types' },
	{ method: 'GET', path: '/articles/groups', description: 'List article groups; replaced by Article Group → Get Many' },
	{ method: 'POST', path: `${external}/bankid/`, description: 'Start a BankID signing; replaced by BankID Signing → Start' },
	{ method: 'DELETE', path: `${external}/bankid/{id}`, description: 'Cancel a BankID signing (method guessed)' },
	{ method: 'GET', path: `${external}/bankid/{id}`, description: 'Check a BankID signing' },
	{ method: 'GET', path: '/emails/', description: 'List e-mails' },
	{ method: 'GET', path: '/emails/{id}', description: 'Get an e-mail' },
	{ method: 'POST', path: '/templates/', description: 'Create a template' },
	{ method: 'GET', path: '/templates/', description: 'List templates' },
	{ method: 'POST', path: '/templates/categories/', description: 'Create a template category' },
	{ method: 'GET', path: '/templates/categories/', description: 'List template categories' },
	{ method: 'PUT', path: '/templates/categories/{id}', description: 'Update a template category' },
	{ method: 'GET', path: '/templates/categories/{id}', description: 'Get a template category' },
	{ method: 'POST', path: '/templates/languages/', description: 'Create a template language' },
	{ method: 'GET', path: '/templates/languages/', description: 'List template languages' },
	{ method: 'PUT', path: '/templates/languages/{id}', description: 'Update a template language' },
	{ method: 'GET', path: '/templates/languages/{id}', description: 'Get a template language' },
	{ method: 'PUT', path: '/templates/{id}', description: 'Update a template' },
	{ method: 'GET', path: '/templates/{id}', description: 'Get a template' },
];
