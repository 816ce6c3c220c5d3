// The identifier classifier: which data category does a variable, property or parameter
// name hold? It runs on every identifier a linter sees, so it is table-driven, splits a name
// into words once, does only Map/Set lookups per word and memoises results.
//
// How a name is read
// ==================
// 1. Split into lowercase words: camelCase, PascalCase, snake_case, kebab-case,
//    SCREAMING_CASE, digits (`cardLast4` → card last 4; `IPAddress` → ip address;
//    `userIDs` → user ids). Leading `$` and `_` are separators like any other.
// 2. Segment right to left, taking the longest known phrase that ends at each position.
//    A phrase is looked up by its words concatenated, so `cardNumber`, `card_number` and
//    `cardnumber` are one key, `e_mail` is `email`, and `last4` is `last 4`. A plural last
//    word is tried singular (`userEmails`, `ipAddresses`).
// 3. The *head* is the rightmost phrase — in an English compound the last noun says what
//    the thing is (`billingEmail` is an email, `addressCity` a city, `emailTemplate` a
//    template). Words after the head are *suffixes*, words before it *modifiers*.
// 4. The first word may change the meaning of the whole name:
//    - a boolean prefix (`is`, `has`, `should`, `can`, …) names a flag → not the value;
//    - an action verb (`send`, `validate`, `format`, `mask`, `set`, `update`, …) names a
//      function or a setter → not the value (`sendEmail`, `setEmail` from `useState`);
//    - a count prefix (`num`, `count`, `total`, `max`, `min`) → a number, not the value;
//    - a getter verb (`get`, `fetch`, `load`, `find`, …) names something that returns the
//      value: `getEmail()` yields an email, so it is classified, at 0.8× confidence.
// 5. Connectives split the name: `numberOfCards` and `countOfEmails` are counts,
//    `listOfEmails` is emails, `emailForUser` is an email, `usersByEmail` is users,
//    `emailsPerDay` is a rate.
// 6. Suffixes: a *metadata* word (`valid`, `template`, `count`, `enabled`, `verified`,
//    `at`, `length`, `regex`, `pattern`, `label`, `placeholder`, `error`, `type`, `format`,
//    `mask`, `field`, `key`, `column`, `input`, `id`, `domain`, `service`, `queue`, …)
//    means the name is *about* the value, not the value → undefined. A *value* word (`value`,
//    `str`, `list`, `raw`, `to`, `from`, `confirmation`, digits, …) keeps the reading. Any
//    other trailing word probably names something else, so the reading is kept at half
//    confidence (`emailCustomer` is more likely a function than an address).
// 7. Modifiers: a transform word anywhere before the head, or as a suffix, changes the
//    reading:
//    - `masked`, `redacted`, `truncated`, `partial`, `obfuscated`: a masked card number is
//      at most its last four digits → `user.financial.card.last4`; anything else masked →
//      undefined;
//    - `tokenized`: a tokenized card is the processor's token → `user.financial.card.token`;
//    - `hashed` (`sha`, `digest`, `hash`): still personal data — a hashed email is a stable
//      identifier that ad networks match on, and a 16-digit card number or a password can be
//      brute-forced from an unsalted hash — so the reading is kept at 0.6× confidence;
//    - `encrypted`: reversible, so the data is still there; the reading is kept at 0.8×
//      confidence (whether storing it is allowed is the policy's question, not ours).
//    Generic heads (`name`, `address`, `location`, `age`, `message`) accept only modifiers
//    that make them about a person (`customerName` yes, `fileName` no); some specific heads
//    refuse modifiers that make them about the system (`serverIp`, `supportEmail`).
// 8. Context: a few heads mean something only next to a card word (`exp`, `code`, `number`,
//    `token`, `bin`): `cardExpMonth` is a card expiry, `tokenExpiry` is not; `cardToken` is
//    a processor token, `accessToken` a credential.
//
// Confidence: full names (`email`, `cardNumber`) ≥ 0.9; common abbreviations (`pan`, `ip`,
// `tel`, `addr`) 0.6–0.7; generic `name` alone 0.4. Callers choose a threshold.

/** What the classifier thinks an identifier holds. */
export interface Classification {
  /** The data category id, e.g. `user.contact.email`. */
  readonly category: string;
  /** How sure the classifier is, from 0 to 1. */
  readonly confidence: number;
  /** The word(s) that matched, lowercase and space-separated, for messages (e.g. `card number`). */
  readonly matched: string;
}

/** Options of {@link createClassifier} and {@link classifyIdentifier}. */
export interface ClassifierOptions {
  /**
   * More identifier names per category id, from a policy's `dataCategories.<id>.names`.
   * Matched case-insensitively, ignoring separators, also in the plural and as part of a
   * longer name (`contactAddress` also matches `billingContactAddresses`).
   */
  readonly extraNames?: Readonly<Record<string, readonly string[]>> | undefined;
}

type Reading = readonly [category: string | null, confidence: number];

interface Context {
  readonly words: ReadonlySet<string>;
  readonly reading: Reading;
}

interface Head {
  /** The reading when no context applies. `null` category: known not to be personal data. */
  readonly reading: Reading;
  /** A weak head (`number`) means something only in a context; otherwise it is ignored. */
  readonly weak: boolean;
  /** Readings chosen when a context word precedes the head, first match wins. */
  readonly contexts: readonly Context[];
  /** If set, the head is personal only with one of these modifiers (or none). */
  readonly modifiers:
    { readonly words: ReadonlySet<string>; readonly reading: Reading } | undefined;
  /** Modifiers that make the head not personal (`serverIp`). */
  readonly blockers: ReadonlySet<string> | undefined;
  /** Suffix words that are values for this head even though they are metadata elsewhere. */
  readonly keeps: ReadonlySet<string> | undefined;
}

interface HeadOptions {
  readonly weak?: boolean;
  readonly contexts?: readonly Context[];
  readonly modifiers?: { readonly words: ReadonlySet<string>; readonly reading: Reading };
  /** Space-separated words. */
  readonly blockers?: string;
  /** Space-separated words. */
  readonly keeps?: string;
}

/** `[category, confidence, phrases separated by ", " (words by spaces), options]`. */
type HeadRow = readonly [
  category: string | null,
  confidence: number,
  phrases: string,
  options?: HeadOptions,
];

// ---------------------------------------------------------------------------------------
// Word sets

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const CARD_CONTEXT = set('card cc credit debit creditcard payment stripe braintree adyen pan');
const SSN_CONTEXT = set('ssn social');
const PHONE_CONTEXT = set('phone mobile tel telephone');
const DEVICE_CONTEXT = set('device browser canvas client machine hardware');

/** Modifiers that make `name` a person's name. */
const PERSON = set(
  'customer client buyer patient member employee contact person owner holder cardholder ' +
    'recipient sender guest author applicant student parent child spouse beneficiary driver ' +
    'passenger traveler traveller attendee participant subscriber lead visitor profile ' +
    'billing shipping legal real my your his her their mother father emergency signer payee ' +
    'payer consumer shopper friend reviewer commenter caller delivery account user users ' +
    'customers contacts people persons human',
);
/** Modifiers that make `address` a postal address. */
const POSTAL = set(
  'home shipping billing mailing postal residential delivery physical customer user client ' +
    'buyer member contact personal permanent pickup return my your their his her profile owner ' +
    'patient employee student person recipient sender guest work office business formatted full ' +
    'street ship bill mail',
);
/** Modifiers that make `location`, `age`, `message`, `review` about a person. */
const ABOUT_PERSON = set(
  'user users customer customers client member patient person people visitor visitors guest ' +
    'my your their his her device gps live current last exact precise approximate profile ' +
    'private direct chat support contact inbox dm sms text whatsapp personal applicant employee ' +
    'student subscriber buyer shopper author reviewer',
);

/** First words that make the name a flag. */
const BOOLEAN_PREFIX = set(
  'is are has have had should can could was were will would did does do needs need must may ' +
    'might allow allows enable enables disable disables require requires use uses using with ' +
    'without no not contains contain include includes exclude excludes want wants accept accepts ' +
    'supports support show hide toggle skip ignore',
);
/** First words that make the name a function or a setter. */
const VERB_PREFIX = set(
  'validate verify send resend format mask hash encrypt decrypt encode decode check parse ' +
    'normalize normalise sanitize sanitise set update change edit save store persist delete ' +
    'remove clear reset handle on render print log track submit add create generate build make ' +
    'request notify match compare test assert expect ensure redact tokenize tokenise collect ' +
    'upload sync export import subscribe unsubscribe forgot apply process serialize deserialize ' +
    'stringify transform convert filter sort split trim lowercase uppercase capture mock fake ' +
    'random display write insert upsert emit dispatch post put patch share forward map',
);
/**
 * Getter verbs: a name that starts with one (`getEmail`, `user.fetchCardNumber()`) names
 * something that returns the value. The engine reads an unknown call's name by the same list.
 */
export const GETTER_VERBS: ReadonlySet<string> = set(
  'get fetch load read find lookup retrieve select resolve extract obtain pick query derive',
);
/** First words that make the name a number. */
const COUNT_PREFIX = set('num number count total max min maximum minimum avg average sum n nb');
/** Words before the head that make the name not a real value. */
const PREFIX_META = set(
  'template tpl example sample dummy fake mock placeholder regex regexp pattern stub fixture',
);
/** Modifiers that do not count as the modifier of a generic head. */
const NEUTRAL_MODIFIER = set(
  'raw plain new old current previous prev original orig primary secondary default main other ' +
    'alt alternate alternative temp tmp the a an input entered provided given',
);
/** Words after the head that keep the reading. */
const VALUE_SUFFIX = set(
  'value val str string raw plain plaintext data info details list lst array arr set map ' +
    'collection digits to from cc bcc month year mm yy yyyy primary secondary home work mobile ' +
    'personal lower lowercase upper normalized normalised trimmed cleaned sanitized sanitised ' +
    'new old current original confirm confirmation repeat again entered provided param arg ' +
    'argument full line only dict obj object record entry item items copy clone prop recipient',
);
/** Words after the head that make the name about the value rather than the value. */
const META_SUFFIX = set(
  'valid validity validation validator validated invalid template tpl count cnt counter enabled ' +
    'disabled enable disable verified verification verify confirmed at date time timestamp ts ' +
    'length len size max min limit regex regexp re pattern label placeholder hint help tooltip ' +
    'description desc error err message msg type kind format fmt mask field column col input id key ' +
    'status state sent required optional visible visibility hidden style class classname props ' +
    'component element el ref container wrapper button btn icon config cfg settings setting ' +
    'option opts preference prefs consent opt flag toggle mode service svc provider client queue ' +
    'job worker handler listener callback cb fn func function util helper parser formatter ' +
    'builder factory manager controller schema dto event subject body content html header footer ' +
    'domain host server smtp changed change updated update delivered delivery bounce bounced ' +
    'opened clicked unsubscribed subscription notification alert frequency exists present ' +
    'missing empty blank match matcher check checked checker rate whitelist allowlist blacklist ' +
    'blocklist denylist version family range cidr subnet prefix suffix separator delimiter code ' +
    'url uri link href path endpoint route policy strength rule requirement reset attempt try ' +
    'retry lockout locked shown reveal index idx position pos offset sort width height color ' +
    'font view screen page modal dialog form section tab step mapping selector query filter ' +
    'search lookup sender storage cache store repo repository table db api request response resp ' +
    'req result log logger metric stat total sum avg test spec fixture example sample dummy fake ' +
    'stub allowed blocked banned taken available unique dirty touched pristine focused focus blur ' +
    'loading pending saving submitting editable editing readonly brand issuer network scheme ' +
    'funding per expired expires expiration expiry ttl age hook context provider slice reducer ' +
    'action selector store saga thunk level score tier group category bucket segment',
);

/** Transform words, before the head or as a suffix. */
type Transform = 'mask' | 'tokenize' | 'hash' | 'encrypt';
const TRANSFORMS: ReadonlyMap<string, Transform> = new Map<string, Transform>([
  ...[...set('masked redacted truncated partial obfuscated anonymized anonymised censored')].map(
    (word) => [word, 'mask'] as const,
  ),
  ...[...set('tokenized tokenised')].map((word) => [word, 'tokenize'] as const),
  ...[...set('hashed hash sha md digest hmac salted')].map((word) => [word, 'hash'] as const),
  ...[...set('encrypted enc crypted cipher ciphertext')].map((word) => [word, 'encrypt'] as const),
]);
/** Suffix-only transforms (`emailHash`, `cardNumberMasked`); `mask` as a suffix is metadata. */
const SUFFIX_TRANSFORMS = new Set([
  'masked',
  'redacted',
  'truncated',
  'obfuscated',
  'hashed',
  'hash',
  'sha',
  'digest',
  'hmac',
  'encrypted',
  'enc',
  'cipher',
  'ciphertext',
  'tokenized',
]);

/** Connectives that split a name: the head is on their left (except `of` after a container). */
const CONNECTIVES = set('of for by per on with without from to as when if');
const CONTAINERS = set('list array set collection group map lst arr');

// ---------------------------------------------------------------------------------------
// Heads: [category, confidence, phrases (words separated by spaces), options]

const ctx = (words: ReadonlySet<string>, category: string | null, confidence: number): Context => ({
  words,
  reading: [category, confidence],
});

const EMAIL = 'user.contact.email';
const PHONE = 'user.contact.phone_number';
const ADDRESS = 'user.contact.address';
const NAME = 'user.name';
const CARD = 'user.financial.card';
const CARD_NUMBER = 'user.financial.card.number';
const LAST4 = 'user.financial.card.last4';
const TOKEN = 'user.financial.card.token';
const EXPIRY = 'user.financial.card.expiry';
const CREDENTIALS = 'user.authorization.credentials';
const DEVICE_ID = 'user.device.device_id';

const HEADS: readonly HeadRow[] = [
  // Contact
  [
    EMAIL,
    0.95,
    'email, email address, e mail, e mail address, mail address, email addr, emailaddress',
    {
      blockers:
        'support company sales info help helpdesk noreply system bot team org organization vendor merchant',
    },
  ],
  [EMAIL, 0.6, 'email id, mail id'],
  [
    PHONE,
    0.95,
    'phone number, telephone number, phone no, phone num, phone nr, mobile number, mobile phone, mobile no, cell phone, cellphone, cell number, contact number, tel number, tel no, fax number, whatsapp number, telephone, phonenumber',
  ],
  [
    PHONE,
    0.85,
    'phone, msisdn',
    {
      blockers: 'support company office business store hotline helpline service sales smart',
    },
  ],
  [PHONE, 0.65, 'tel, fax'],
  [PHONE, 0.5, 'mobile, cell'],
  [ADDRESS, 0.7, 'address', { modifiers: { words: POSTAL, reading: [ADDRESS, 0.85] } }],
  [ADDRESS, 0.6, 'addr', { modifiers: { words: POSTAL, reading: [ADDRESS, 0.75] } }],
  [
    ADDRESS,
    0.9,
    'postal address, mailing address, home address, shipping address, billing address, residential address, delivery address, physical address, home addr, shipping addr, billing addr',
  ],
  [
    'user.contact.address.street',
    0.85,
    'street, street address, address line, street name, street number, house number, street line, street addr, apartment number, flat number',
  ],
  ['user.contact.address.street', 0.6, 'line 1, line 2'],
  [
    'user.contact.address.street',
    0.85,
    'address line 1, address line 2, street line 1, street line 2',
  ],
  ['user.contact.address.city', 0.75, 'city, city name, town, hometown, home town, locality'],
  [
    'user.contact.address.postal_code',
    0.75,
    'zip code, zipcode, postal code, postcode, post code, zip 4, zip plus 4',
  ],
  ['user.contact.address.postal_code', 0.55, 'zip, postal'],
  [
    'user.contact.address.country',
    0.5,
    'country, country name',
    {
      blockers: 'card issuer issuing bank server default app store phone currency origin source',
    },
  ],
  [
    'user.contact.address.country',
    0.7,
    'country of residence, nationality, citizenship, home country, residence country',
  ],
  [
    'user.contact',
    0.75,
    'contact info, contact information, contact details, contact data, emergency contact',
  ],
  ['user.contact', 0.45, 'contact'],

  // Names
  [NAME, 0.4, 'name', { modifiers: { words: PERSON, reading: [NAME, 0.8] } }],
  [
    NAME,
    0.9,
    'full name, fullname, legal name, real name, cardholder name, name on card, account holder name, holder name, middle name, maiden name, person name, complete name',
  ],
  [NAME, 0.7, 'cardholder, card holder, account holder, nickname, nick name'],
  [NAME, 0.6, 'display name, displayname'],
  ['user.name.first', 0.95, 'first name, firstname, given name, forename, fore name'],
  ['user.name.first', 0.7, 'fname, first nm'],
  ['user.name.last', 0.95, 'last name, lastname, surname, family name, sur name'],
  ['user.name.last', 0.7, 'lname, last nm'],

  // Payment cards
  [CARD, 0.4, 'card'],
  [
    CARD,
    0.65,
    'credit card, debit card, payment card, creditcard, card details, card info, card data, card information, cc details, cc info',
  ],
  [
    CARD_NUMBER,
    0.95,
    'card number, cardnumber, credit card number, debit card number, primary account number, payment card number, card num, card no, card nr',
  ],
  [
    CARD_NUMBER,
    0.85,
    'cc number, cc num, cc no, ccnum, ccno, cc nr, pan number, card pan, full pan, full card number',
  ],
  [CARD_NUMBER, 0.65, 'pan, ccn'],
  [
    null,
    0,
    'number, num, no, nr',
    { weak: true, contexts: [ctx(CARD_CONTEXT, CARD_NUMBER, 0.85)] },
  ],
  [
    'user.financial.card.security_code',
    0.9,
    'cvv, cvc, cvv 2, cvc 2, card security code, card verification value, card verification code, card cvv, card cvc, security code, cvv code, cvc code',
  ],
  ['user.financial.card.security_code', 0.7, 'csc, cvn, cid code'],
  [null, 0, 'code', { contexts: [ctx(CARD_CONTEXT, 'user.financial.card.security_code', 0.8)] }],
  [
    null,
    0,
    'exp, expiry, expiration, expiration date, expiry date, exp date, expires, expires at, expire, valid thru, valid through',
    {
      contexts: [ctx(CARD_CONTEXT, EXPIRY, 0.85)],
      keeps: 'month year date',
    },
  ],
  [
    EXPIRY,
    0.45,
    'exp month, exp year, expiry month, expiry year, expiration month, expiration year, exp mm, exp yy, exp yyyy',
    {
      contexts: [ctx(CARD_CONTEXT, EXPIRY, 0.9)],
    },
  ],
  [
    LAST4,
    0.9,
    'last 4, last four, last 4 digits, last four digits, lastfour, last4',
    {
      contexts: [ctx(SSN_CONTEXT, 'user.government_id.ssn', 0.7), ctx(PHONE_CONTEXT, null, 0)],
    },
  ],
  [
    'user.financial.card.first6',
    0.9,
    'first 6, first six, first 6 digits, first six digits, first 8, iin, card bin, bin number',
  ],
  [null, 0, 'bin', { contexts: [ctx(CARD_CONTEXT, 'user.financial.card.first6', 0.85)] }],
  [
    TOKEN,
    0.85,
    'card token, payment token, payment method, payment method id, payment method token, card id, stripe token, card fingerprint, pm id, payment source, source token, card reference, card ref, vault id',
  ],
  [CREDENTIALS, 0.6, 'token', { contexts: [ctx(CARD_CONTEXT, TOKEN, 0.85)] }],

  // Bank
  [
    'user.financial.bank_account',
    0.85,
    'bank account, bank account number, account number, acct number, acct no, account no, account num, iban, routing number, sort code, aba number, aba routing number, bank details, bank account no',
  ],

  // Government ids
  [
    'user.government_id',
    0.85,
    'government id, gov id, govt id, government identifier, identity document, id document, id card, identity card',
  ],
  ['user.government_id', 0.6, 'id number, identity number'],
  [
    'user.government_id.ssn',
    0.95,
    'social security number, social security no, social security num, ssn number',
  ],
  ['user.government_id.ssn', 0.85, 'ssn, social security'],
  [
    'user.government_id.passport_number',
    0.95,
    'passport number, passport no, passport num, passport id',
  ],
  ['user.government_id.passport_number', 0.7, 'passport'],
  [
    'user.government_id.drivers_license_number',
    0.9,
    'drivers license, driver license, drivers licence, driver licence, driving licence, driving license, drivers license number, driver license number, driving licence number, dl number, driver license no, drivers license no, dl no',
  ],
  ['user.government_id.drivers_license_number', 0.5, 'license number, licence number'],
  [
    'user.government_id.national_id',
    0.9,
    'national id, national id number, national identity number, national identification number, national insurance number, aadhaar, aadhaar number, nric, citizen id, national identity',
  ],
  ['user.government_id.national_id', 0.7, 'cpf, curp, ni number, nino'],
  [
    'user.government_id.tax_id',
    0.9,
    'tax id, tax identification number, taxpayer id, tax id number, tax number, taxpayer identification number, itin',
  ],
  ['user.government_id.tax_id', 0.6, 'tin'],

  // Credentials
  [
    CREDENTIALS,
    0.9,
    'credentials, credential, api key, apikey, access key, secret key, private key, client secret, api secret, access token, refresh token, auth token, bearer token, id token, session token, otp, one time password, one time code, totp secret, mfa secret, mfa code, 2fa code, two fa code, two factor code, mfa token, two factor secret, recovery code, backup code, security answer, passcode, pass code, signing secret, webhook secret, session secret, secret access key, api token, personal access token, oauth token, auth code, authorization code, pin code, totp, otp code',
  ],
  [CREDENTIALS, 0.8, 'jwt, authorization header, auth header, bearer'],
  [CREDENTIALS, 0.7, 'secret'],
  [CREDENTIALS, 0.5, 'pin, verification code'],
  [
    'user.authorization.credentials.password',
    0.95,
    'password, passphrase, pass phrase, user password, account password, login password',
  ],
  ['user.authorization.credentials.password', 0.85, 'passwd'],
  ['user.authorization.credentials.password', 0.7, 'pwd, pword'],
  ['user.authorization.credentials.password', 0.5, 'pass'],

  // Device
  [
    'user.device.ip_address',
    0.95,
    'ip address, ip addr, ipv4 address, ipv6 address, ip adress, ipaddress, ipaddr',
    {
      blockers:
        'server host local gateway dns proxy bind listen loopback internal node pod cluster service database db redis upstream target destination dest broadcast subnet network vpc router nameserver smtp api backend',
    },
  ],
  [
    'user.device.ip_address',
    0.7,
    'ip, ipv4, ipv6, ips',
    {
      blockers:
        'server host local gateway dns proxy bind listen loopback internal node pod cluster service database db redis upstream target destination dest broadcast subnet network vpc router nameserver smtp api backend allowed trusted blocked whitelisted blacklisted',
    },
  ],
  [
    'user.device.ip_address',
    0.85,
    'remote addr, remote address, remote ip, client ip, x forwarded for, forwarded for, x real ip, real ip, user ip, visitor ip, customer ip, source ip, peer ip, origin ip',
  ],
  [
    DEVICE_ID,
    0.9,
    'device id, deviceid, device identifier, udid, idfa, idfv, gaid, advertising id, advertiser id, ad id, android id, imei, mac address, mac addr, device fingerprint, browser fingerprint, hardware id, installation id, install id, push token, device token, fcm token, apns token, advertising identifier, ad identifier, device uuid',
  ],
  [
    'user.health.biometric',
    0.6,
    'fingerprint, fingerprints',
    {
      contexts: [ctx(DEVICE_CONTEXT, DEVICE_ID, 0.85), ctx(CARD_CONTEXT, TOKEN, 0.8)],
    },
  ],
  [
    'user.device.cookie_id',
    0.85,
    'cookie id, visitor id, anonymous id, anon id, distinct id, browser id, ga client id, tracking id, cookie uuid, visitor uuid',
  ],
  ['user.device.cookie_id', 0.6, 'session id, sessionid, sid'],
  ['user.device.cookie_id', 0.5, 'client id'],
  [
    'user.device.user_agent',
    0.9,
    'user agent, useragent, ua string, user agent string, http user agent, browser agent',
    { keeps: 'header string' },
  ],

  // Location
  [
    null,
    0,
    'location, geo, position',
    { modifiers: { words: ABOUT_PERSON, reading: ['user.location', 0.6] } },
  ],
  [
    'user.location.precise',
    0.85,
    'precise location, exact location, gps location, gps coordinates, geolocation, geo location, latitude, longitude, lat lng, latlng, lat long, lat lon, latlon, geo point, geopoint, geo coordinates, gps position, current position',
  ],
  ['user.location.precise', 0.65, 'coordinates, coords, gps, geohash, lat, lng, lon'],
  [
    'user.location.imprecise',
    0.8,
    'approximate location, coarse location, rough location, ip location, geo ip, geoip, approx location, city location, geo region, ip geolocation',
  ],

  // Demographics
  [
    'user.demographic.date_of_birth',
    0.95,
    'date of birth, birth date, birthdate, birthday, birth day, year of birth, birth year, dob date',
  ],
  ['user.demographic.date_of_birth', 0.75, 'dob, bday, b day'],
  [null, 0, 'age', { modifiers: { words: ABOUT_PERSON, reading: ['user.demographic.age', 0.7] } }],
  [
    'user.demographic.age',
    0.8,
    'years old, age range, age group, age bracket, user age, customer age, age years, age in years',
  ],
  ['user.demographic.gender', 0.9, 'gender, gender identity, pronouns, pronoun'],
  ['user.demographic.gender', 0.6, 'sex'],
  [
    'user.demographic.race_ethnicity',
    0.9,
    'ethnicity, ethnic origin, racial origin, ethnic group, race ethnicity, ethnic background, racial background',
  ],
  ['user.demographic.race_ethnicity', 0.6, 'race'],
  [null, 0, 'race condition, race track'],
  [
    'user.demographic.religious_belief',
    0.9,
    'religion, religious belief, religious beliefs, religious affiliation, religious views, religious view',
  ],
  ['user.demographic.religious_belief', 0.6, 'faith'],
  ['user.demographic.sexual_orientation', 0.95, 'sexual orientation, sexuality, sexual preference'],
  [
    'user.demographic.political_opinion',
    0.9,
    'political opinion, political opinions, political affiliation, political party, political views, political view, political leaning, party affiliation, politics',
  ],

  // Health
  [
    'user.health',
    0.85,
    'health data, health info, health information, health record, medical data, medical info, phi, protected health information',
  ],
  [
    'user.health.medical_condition',
    0.85,
    'medical condition, medical history, medical record, health condition, diagnosis, diagnoses, diagnosis code, blood type, blood group, medical conditions, chronic condition, disability, disabilities, prescription, prescriptions, medication, medications, allergies, allergy, symptoms, symptom, icd code, icd 10',
  ],
  [
    'user.health.biometric',
    0.9,
    'biometric, biometrics, biometric data, face template, facial geometry, face geometry, face embedding, face scan, voice print, voiceprint, iris scan, retina scan, palm print, faceprint, face print, fingerprint template, fingerprint data',
  ],

  // Behavior
  [
    'user.behavior.browsing_history',
    0.85,
    'browsing history, browser history, visited urls, visited pages, clickstream, click stream, navigation history, web history, page history, browsing data, recently viewed, viewed pages, page view history, url history',
  ],
  [
    'user.behavior.purchase_history',
    0.85,
    'purchase history, order history, past orders, past purchases, transaction history, previous orders, purchase records, purchased items, buying history, orders history',
  ],
  ['user.behavior.purchase_history', 0.6, 'purchases, recent orders'],
  [
    'user.behavior.search_history',
    0.85,
    'search history, recent searches, past searches, saved searches, search queries, searches, query history, search log, searched terms',
  ],
  ['user.behavior.search_history', 0.6, 'search terms, search term, search query'],

  // Identifiers and accounts
  [
    'user.unique_id',
    0.9,
    'user id, userid, customer id, member id, person id, patient id, employee id, student id, subscriber id, profile id, player id, buyer id, shopper id, user uuid, customer uuid, customer number, member number, membership number, membership id, loyalty number, loyalty id, customer no, user guid, external user id, visitor user id',
  ],
  [
    'user.unique_id',
    0.7,
    'account id, guest id, contact id, client number, owner id, author id, lead id, uid',
  ],
  [
    'user.account.username',
    0.9,
    'username, user name, login name, screen name, login id, user handle, twitter handle, social handle, user login, login username, account name, usr name',
  ],
  ['user.account.username', 0.5, 'login'],

  // Content
  [
    null,
    0,
    'message, messages, msg, comment, note, notes, feedback, inquiry, enquiry',
    {
      modifiers: { words: ABOUT_PERSON, reading: ['user.content.message', 0.7] },
      keeps: 'body text content subject',
    },
  ],
  [
    'user.content.message',
    0.8,
    'chat message, direct message, private message, user message, customer message, support message, support request, support ticket, text message, sms body, contact form message, user comment, customer note, customer notes, user notes',
    {
      keeps: 'body text content subject',
    },
  ],
  [
    'user.content.testimonial',
    0.9,
    'testimonial, testimonials, customer review, user review, product review, review text, customer feedback, user feedback, customer testimonial, review body',
    {
      keeps: 'body text content',
    },
  ],
  [
    null,
    0,
    'review, reviews',
    {
      modifiers: { words: ABOUT_PERSON, reading: ['user.content.testimonial', 0.6] },
      keeps: 'body text content',
    },
  ],

  // Known non-personal phrases that would otherwise match a head.
  [
    null,
    0,
    'country code, dial code, dialing code, calling code, area code, currency code, language code, locale code, status code, error code, zip file, zip archive, web address, url address, memory address, wallet address, contract address, server address, bind address, listen address, proxy address, gateway address, host address, local address, broadcast address, base address, return address, page number, line number, version number, port number, order number, invoice number, build number, serial number, tracking number, phone model, card game, pass through, passthrough, pass rate, session key, sort key, primary key, foreign key, cache key, public key, idempotency key, token type, token count, app name',
  ],
];

// ---------------------------------------------------------------------------------------
// Building the tables

const MAX_PHRASE_WORDS = 6;
const CACHE_LIMIT = 20_000;

interface Tables {
  readonly heads: ReadonlyMap<string, HeadEntry>;
  readonly whole: ReadonlyMap<string, HeadEntry>;
}

interface HeadEntry extends Head {
  readonly matched: string;
}

function makeHead(category: string | null, confidence: number, options: HeadOptions = {}): Head {
  return {
    reading: [category, confidence],
    weak: options.weak ?? false,
    contexts: options.contexts ?? [],
    modifiers: options.modifiers,
    blockers: options.blockers === undefined ? undefined : set(options.blockers),
    keeps: options.keeps === undefined ? undefined : set(options.keeps),
  };
}

/** Lowercase letters and digits only: the key a phrase or an extra name is looked up by. */
function normalizeKey(text: string): string {
  return splitIdentifier(text).join('');
}

let builtinHeads: ReadonlyMap<string, HeadEntry> | undefined;

function builtins(): ReadonlyMap<string, HeadEntry> {
  if (builtinHeads !== undefined) return builtinHeads;
  const heads = new Map<string, HeadEntry>();
  for (const [category, confidence, phrases, options] of HEADS) {
    const head = makeHead(category, confidence, options);
    for (const phrase of phrases.split(', ')) {
      const key = normalizeKey(phrase);
      // The first row that names a phrase wins.
      if (!heads.has(key)) heads.set(key, { ...head, matched: phrase });
    }
  }
  builtinHeads = heads;
  return heads;
}

function buildTables(options: ClassifierOptions | undefined): Tables {
  const base = builtins();
  const extra = options?.extraNames;
  if (extra === undefined) return { heads: base, whole: new Map() };
  const heads = new Map(base);
  const whole = new Map<string, HeadEntry>();
  for (const [category, names] of Object.entries(extra)) {
    for (const name of names) {
      const key = normalizeKey(name);
      if (key === '') continue;
      const entry = { ...makeHead(category, 0.9), matched: splitIdentifier(name).join(' ') };
      heads.set(key, entry);
      whole.set(key, entry);
    }
  }
  return { heads, whole };
}

// ---------------------------------------------------------------------------------------
// Splitting

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function charKind(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  return code > 127 ? LOWER : OTHER;
}

/**
 * Splits an identifier into lowercase words: `cardLast4` → `card last 4`,
 * `IPAddress` → `ip address`, `user_IDs` → `user ids`, `$email` → `email`.
 */
export function splitIdentifier(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  let previous = OTHER;
  for (let i = 0; i < name.length; i++) {
    const kind = charKind(name.charCodeAt(i));
    if (kind === OTHER) {
      if (start >= 0) words.push(name.slice(start, i).toLowerCase());
      start = -1;
      previous = OTHER;
      continue;
    }
    if (start < 0) {
      start = i;
      previous = kind;
      continue;
    }
    if (kind === UPPER && (previous === LOWER || previous === DIGIT)) {
      words.push(name.slice(start, i).toLowerCase());
      start = i;
    } else if (kind === LOWER && previous === DIGIT) {
      words.push(name.slice(start, i).toLowerCase());
      start = i;
    } else if (kind === LOWER && previous === UPPER && i - start >= 2) {
      // `IPAddress`: the last capital starts the next word — unless this is the plural `s`
      // of an acronym (`userIDs`, `IPs`).
      const pluralAcronym =
        name.charCodeAt(i) === 115 /* s */ && charKind(name.charCodeAt(i + 1)) !== LOWER;
      if (!pluralAcronym) {
        words.push(name.slice(start, i - 1).toLowerCase());
        start = i - 1;
      }
    } else if (kind === DIGIT && previous !== DIGIT) {
      words.push(name.slice(start, i).toLowerCase());
      start = i;
    }
    previous = kind;
  }
  if (start >= 0) words.push(name.slice(start).toLowerCase());
  return words;
}

/** The singular of a plural word, or `undefined` if it does not look plural. */
function singular(word: string): string | undefined {
  const n = word.length;
  if (
    n < 3 ||
    !word.endsWith('s') ||
    word.endsWith('ss') ||
    word.endsWith('us') ||
    word.endsWith('is')
  )
    return undefined;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (
    word.endsWith('sses') ||
    word.endsWith('xes') ||
    word.endsWith('ches') ||
    word.endsWith('shes')
  )
    return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Whether a word, or its singular, is in a set. */
function inSet(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true;
  const one = singular(word);
  return one !== undefined && words.has(one);
}

function isDigits(word: string): boolean {
  return charKind(word.charCodeAt(0)) === DIGIT;
}

// ---------------------------------------------------------------------------------------
// Classifying

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly head: HeadEntry | undefined;
}

/** Segments words right to left, longest known phrase first. */
function segment(words: readonly string[], heads: ReadonlyMap<string, HeadEntry>): Segment[] {
  const segments: Segment[] = [];
  let end = words.length;
  while (end > 0) {
    let found: Segment | undefined;
    let key = '';
    const keys: string[] = [];
    for (let start = end - 1; start >= Math.max(0, end - MAX_PHRASE_WORDS); start--) {
      key = (words[start] ?? '') + key;
      keys.push(key);
    }
    for (let length = keys.length; length >= 1 && found === undefined; length--) {
      const candidate = keys[length - 1] ?? '';
      const head = heads.get(candidate) ?? lookupSingular(heads, candidate);
      if (head !== undefined) found = { start: end - length, end, head };
    }
    found ??= { start: end - 1, end, head: undefined };
    segments.push(found);
    end = found.start;
  }
  return segments.reverse();
}

function lookupSingular(heads: ReadonlyMap<string, HeadEntry>, key: string): HeadEntry | undefined {
  const one = singular(key);
  return one === undefined ? undefined : heads.get(one);
}

function makeClassification(category: string, confidence: number, matched: string): Classification {
  return Object.freeze({
    category,
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    matched,
  });
}

function classifyWords(words: readonly string[], tables: Tables): Classification | undefined {
  if (words.length === 0) return undefined;
  const first = words[0] ?? '';
  const segments = segment(words, tables.heads);
  if (words.length > 1) {
    const firstIsHead =
      segments[0]?.head !== undefined && (segments[0].end > 1 || !segments[0].head.weak);
    if (!firstIsHead) {
      if (BOOLEAN_PREFIX.has(first) || VERB_PREFIX.has(first) || COUNT_PREFIX.has(first))
        return undefined;
      if (GETTER_VERBS.has(first)) {
        const rest = words.slice(1);
        return classifyPhrase(rest, segment(rest, tables.heads), tables, 0.8);
      }
    }
  }
  return classifyPhrase(words, segments, tables, 1);
}

function classifyPhrase(
  words: readonly string[],
  segments: readonly Segment[],
  tables: Tables,
  factor: number,
): Classification | undefined {
  // Connectives: the head of `emailForUser` is on the left.
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i];
    if (seg === undefined || seg.head !== undefined) continue;
    const word = words[seg.start] ?? '';
    if (!CONNECTIVES.has(word)) continue;
    if (word === 'per') return undefined;
    if (word === 'of') {
      const before = words[seg.start - 1] ?? '';
      if (inSet(CONTAINERS, before)) return classifyPart(words.slice(seg.end), tables, factor);
    }
    return classifyPart(words.slice(0, seg.start), tables, factor);
  }

  // The head: the rightmost phrase; a weak head outside its context is just a suffix word.
  let headIndex = -1;
  let reading: Reading = [null, 0];
  for (let i = segments.length - 1; i >= 0; i--) {
    const head = segments[i]?.head;
    if (head === undefined) continue;
    const context = head.contexts.find((c) => anyBefore(words, segments[i]?.start ?? 0, c.words));
    if (context !== undefined) {
      headIndex = i;
      reading = context.reading;
      break;
    }
    if (head.weak) continue;
    headIndex = i;
    reading = head.reading;
    break;
  }
  const headSegment = segments[headIndex];
  const head = headSegment?.head;
  if (headSegment === undefined || head === undefined) return undefined;

  // Modifiers before the head.
  let transform: Transform | undefined;
  let modifier: string | undefined;
  for (let i = 0; i < headSegment.start; i++) {
    const word = words[i] ?? '';
    if (PREFIX_META.has(word)) return undefined;
    const t = TRANSFORMS.get(word);
    if (t !== undefined) {
      transform = t;
      continue;
    }
    if (isDigits(word) || NEUTRAL_MODIFIER.has(word)) continue;
    modifier = word;
  }
  if (modifier !== undefined && head.blockers !== undefined && inSet(head.blockers, modifier))
    return undefined;
  if (head.modifiers !== undefined && reading === head.reading) {
    if (modifier === undefined) {
      // The generic head alone keeps its base reading.
    } else if (inSet(head.modifiers.words, modifier)) {
      reading = head.modifiers.reading;
    } else {
      return undefined;
    }
  }

  // Suffixes after the head.
  let unknownSuffix = false;
  for (let i = headSegment.end; i < words.length; i++) {
    const word = words[i] ?? '';
    if (isDigits(word)) continue;
    if (head.keeps !== undefined && inSet(head.keeps, word)) continue;
    if (SUFFIX_TRANSFORMS.has(word)) {
      transform = TRANSFORMS.get(word);
      continue;
    }
    if (inSet(META_SUFFIX, word)) return undefined;
    if (inSet(VALUE_SUFFIX, word)) continue;
    // A weak head (`number`) after the real head is a value word: `ssnNumber`.
    const later = segments.find((s) => s.start === i);
    if (later?.head?.weak === true) continue;
    unknownSuffix = true;
  }

  let [category, confidence] = reading;
  if (category === null) return undefined;
  confidence *= factor;
  if (unknownSuffix) confidence *= 0.5;
  switch (transform) {
    case 'mask':
      if (!isCard(category)) return undefined;
      category = LAST4;
      confidence = 0.7;
      break;
    case 'tokenize':
      if (!isCard(category)) return undefined;
      category = TOKEN;
      confidence = 0.8;
      break;
    case 'hash':
      confidence *= 0.6;
      break;
    case 'encrypt':
      confidence *= 0.8;
      break;
    case undefined:
      break;
  }
  return makeClassification(category, confidence, head.matched);
}

function classifyPart(
  words: readonly string[],
  tables: Tables,
  factor: number,
): Classification | undefined {
  return classifyPhrase(words, segment(words, tables.heads), tables, factor);
}

function isCard(category: string): boolean {
  return category === CARD || category.startsWith(CARD + '.');
}

function anyBefore(words: readonly string[], end: number, context: ReadonlySet<string>): boolean {
  for (let i = 0; i < end; i++) {
    if (inSet(context, words[i] ?? '')) return true;
  }
  return false;
}

/**
 * A classifier with its tables compiled once and a bounded cache of results. Use one per
 * policy and call it on every identifier.
 */
export function createClassifier(
  options?: ClassifierOptions,
): (name: string) => Classification | undefined {
  const tables = buildTables(options);
  const cache = new Map<string, Classification | null>();
  return (name) => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const words = splitIdentifier(name);
    const whole = tables.whole.size > 0 ? tables.whole.get(words.join('')) : undefined;
    const result =
      whole?.reading[0] == null
        ? classifyWords(words, tables)
        : makeClassification(whole.reading[0], whole.reading[1], whole.matched);
    if (cache.size >= CACHE_LIMIT) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
    cache.set(name, result ?? null);
    return result;
  };
}

let defaultClassifier: ((name: string) => Classification | undefined) | undefined;
const classifiers = new WeakMap<ClassifierOptions, (name: string) => Classification | undefined>();

/**
 * The data category an identifier name holds, or `undefined` if it holds none or is about a
 * value rather than the value (`isEmailValid`, `cardNumberLength`). Classifiers are cached
 * per options object; prefer {@link createClassifier} in a loop.
 */
export function classifyIdentifier(
  name: string,
  options?: ClassifierOptions,
): Classification | undefined {
  if (options?.extraNames === undefined) {
    defaultClassifier ??= createClassifier();
    return defaultClassifier(name);
  }
  let classifier = classifiers.get(options);
  if (classifier === undefined) {
    classifier = createClassifier(options);
    classifiers.set(options, classifier);
  }
  return classifier(name);
}
