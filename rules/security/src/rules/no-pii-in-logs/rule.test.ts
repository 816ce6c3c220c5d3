import { RuleTester } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { noPiiInLogs } from './rule.js';

const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));

new RuleTester({ policy, pack }).run('no-pii-in-logs', noPiiInLogs, {
  valid: [
    {
      name: 'a user id and an order id are what operations logs are correlated by',
      code: `import pino from 'pino';

const logger = pino({ level: 'info' });

export function onOrderPlaced(user: { id: string }, order: { id: string; total: number }) {
  logger.info({ userId: user.id, orderId: order.id, total: order.total }, 'order placed');
}
`,
    },
    {
      name: 'a length, a predicate and a template name carry no address',
      code: `import { logger } from './logger';

export function validateSignup(email: string, isEmailValid: boolean, emailTemplate: string) {
  logger.debug({ length: email.length, isEmailValid, emailTemplate }, 'signup form checked');
}
`,
    },
    {
      name: 'a masked email',
      code: `import { logger } from './logger';
import { maskEmail } from './privacy';

export function onPasswordReset(email: string) {
  logger.info(\`password reset requested for \${maskEmail(email)}\`);
}
`,
    },
    {
      name: 'a hash of the address',
      code: `import { createHash } from 'node:crypto';
import { logger } from './logger';

export function onSignup(email: string) {
  const emailHash = createHash('sha256').update(email).digest('hex');
  logger.info({ emailHash }, 'signup');
}
`,
    },
    {
      name: 'pino redacts the fields the line holds',
      code: `import pino from 'pino';

const logger = pino({ redact: ['email', 'user.email', '*.password'] });

export function onSignup(email: string, password: string) {
  logger.info({ email }, 'signup');
  logger.debug({ credentials: { password } }, 'login attempt');
}
`,
    },
    {
      name: 'pino redact as { paths } from a constant',
      code: `import pino from 'pino';

const REDACTED = ['req.headers.authorization', 'user.phoneNumber', 'user.email'];

export const logger = pino({ redact: { paths: REDACTED, censor: '[redacted]' } });

export function onSms(user: { id: string; phoneNumber: string }) {
  logger.info({ phoneNumber: user.phoneNumber }, 'sms sent');
}
`,
    },
    "console.log('Signed in');",
    {
      name: 'an error object and its message',
      code: `import { logger } from './logger';

export async function signup(save: () => Promise<void>) {
  try {
    await save();
  } catch (error) {
    logger.error({ err: error }, 'signup failed');
    console.error('signup failed', error);
  }
}
`,
    },
    {
      name: 'the last four digits of a card',
      code: `import { logger } from './logger';

export function onCharge(card: { number: string; brand: string }) {
  logger.info({ brand: card.brand, last4: card.number.slice(-4) }, 'card charged');
}
`,
    },
    {
      name: 'an IP address and a user agent in a request log are declared Log Data',
      code: `export function accessLog(req: { ip: string; headers: Record<string, string>; log: { info(o: object, m: string): void } }) {
  const userAgent = req.headers['user-agent'];
  req.log.info({ ip: req.ip, userAgent }, 'request');
}
`,
    },
    {
      name: 'a full card number is no-full-card-storage’s finding, not this rule’s',
      code: `import { logger } from './logger';

export function onCheckout(cardNumber: string) {
  logger.warn({ cardNumber }, 'charge declined');
}
`,
    },
    {
      name: 'a bare token is below the default confidence',
      code: `export function importPage(links: unknown[], nextPageToken: string) {
  console.log({ imported: links.length, nextPageToken });
}
`,
    },
    {
      name: 'a key that names a constant value',
      code: `import { logger } from './logger';

export function proxyInfo(proxy: URL) {
  logger.debug({ proxy: proxy.host, password: proxy.password ? '******' : undefined }, 'proxy');
}
`,
    },
    {
      name: 'a bare address and a file name are below the default confidence',
      code: `export function listening(address: string, fname: string, missing: string[]) {
  console.log(\`Listening at http://\${address}\`);
  console.log(\`\${fname}: \${missing.length} missing\`);
}
`,
    },
    {
      name: 'a request body whose handler reads nothing personal from it',
      code: `export function changePlan(req: any, res: any) {
  req.log.info({ body: req.body }, 'plan change');
  const { plan, seats } = req.body;
  res.json({ plan, seats });
}
`,
    },
    {
      name: 'a path-aliased logger with ids only',
      code: `import { logger } from '@/lib/logger';

export function onInvite(inviteId: string, teamId: string) {
  logger.info({ inviteId, teamId }, 'invite accepted');
}
`,
    },
    {
      name: 'a breadcrumb is a send to the error tracker (no-pii-to-undeclared-third-party), not a log',
      code: `import * as Sentry from '@sentry/node';

export function onSignup(email: string) {
  Sentry.addBreadcrumb({ category: 'auth', message: 'signup', data: { email } });
}
`,
    },
    {
      name: 'a count of addresses',
      code: `export function report(emails: string[]) {
  console.log(\`Sent \${emails.length} emails\`);
}
`,
    },
    {
      name: 'NestJS logger with an id only',
      code: `import { Injectable, Logger } from '@nestjs/common';

@Injectable()
export class PortfolioListener {
  private readonly logger = new Logger(PortfolioListener.name);

  onChanged(userId: string) {
    this.logger.log(\`Portfolio of user '\${userId}' has changed\`);
  }
}
`,
    },
    {
      name: 'debug() with an id',
      code: `import createDebug from 'debug';

const debug = createDebug('app:auth');

export function onLogin(user: { id: string }) {
  debug('login %s', user.id);
}
`,
    },
    {
      name: 'categories the options allow',
      code: `import { logger } from './logger';

export function onInvite(email: string) {
  logger.info({ email }, 'invite sent');
}
`,
      options: { allowedCategories: ['user.contact.email'] },
    },
  ],
  invalid: [
    {
      name: 'pino: an email address in the merge object',
      code: `import pino from 'pino';

const logger = pino();

export function onSignup(email: string) {
  logger.info({ email }, 'signup');
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 6,
          column: 3,
          data: {
            categories: 'Email address',
            source: 'read from `email`',
            sink: 'the logger',
            call: 'logger.info()',
          },
        },
      ],
    },
    {
      name: 'a template string to a logger imported from the project',
      code: `import { log } from './logger';

export function onReset(email: string) {
  log.debug(\`reset for \${email}\`);
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 4, column: 3 }],
    },
    {
      name: 'console.log of a User object (its type has an email)',
      code: `interface User {
  id: string;
  email: string;
}

export function onLogin(user: User) {
  console.log(user);
}
`,
      frontEnds: ['scanner', 'eslint-typed'],
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 7,
          column: 3,
          data: { categories: 'Email address', sink: 'console', call: 'console.log()' },
        },
      ],
    },
    {
      name: 'winston: a user in the metadata',
      code: `import winston from 'winston';

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

interface User {
  id: string;
  name: string;
  email: string;
}

export function onFailure(user: User) {
  logger.error('failed', { user });
}
`,
      frontEnds: ['scanner', 'eslint-typed'],
      errors: [{ messageId: 'personalDataLogged', line: 12, column: 3 }],
    },
    {
      name: 'winston: an email address in the metadata',
      code: `import { createLogger, format, transports } from 'winston';

const logger = createLogger({ format: format.json(), transports: [new transports.Console()] });

export function onFailure(user: { id: string; email: string }) {
  logger.error('payment failed', { userId: user.id, email: user.email });
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 6,
          column: 3,
          data: { categories: 'Email address', source: 'read from `user.email`' },
        },
      ],
    },
    {
      name: 'NestJS: this.logger.log(dto.email)',
      code: `import { Injectable, Logger } from '@nestjs/common';

export class CreateUserDto {
  email!: string;
  password!: string;
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  create(dto: CreateUserDto) {
    this.logger.log(dto.email);
  }
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 13, column: 5 }],
    },
    {
      name: 'debug(): a user object',
      code: `import createDebug from 'debug';

const debug = createDebug('app:users');

interface User {
  id: string;
  email: string;
}

export function onCreate(user: User) {
  debug('user %o', user);
}
`,
      frontEnds: ['scanner', 'eslint-typed'],
      errors: [{ messageId: 'personalDataLogged', line: 11, column: 3 }],
    },
    {
      name: 'debug(): an address in a format argument',
      code: `import createDebug from 'debug';

const debug = createDebug('app:mail');

export function onSend(to: { email: string }) {
  debug('sending to %s', to.email);
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 6, column: 3 }],
    },
    {
      name: 'a signup route logs the fields of its body',
      code: `export function signup(req: any, res: any) {
  const { email, password, name } = req.body;
  req.log.info({ email, name }, 'signup');
  res.status(201).end();
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 3,
          column: 3,
          data: { categories: 'Email address', sink: 'the request logger', call: 'req.log.info()' },
        },
      ],
    },
    {
      name: 'a signup route logs its whole body, whose fields it reads',
      code: `export async function signup(req: any, res: any) {
  req.log.info({ body: req.body }, 'signup');
  const { email, password } = req.body;
  await res.status(201).send({ email });
  return password;
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 2,
          column: 3,
          data: {
            categories: 'Email address and password',
            source: 'read from `req.body` (its `email`, read by this handler)',
          },
        },
      ],
    },
    {
      name: 'console.log of an express body read field by field',
      code: `export function contact(req: any, res: any) {
  console.log('contact form', JSON.stringify(req.body));
  if (!req.body.phoneNumber) return res.status(400).end();
  return res.status(204).end();
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 2,
          column: 3,
          data: { categories: 'Phone number' },
        },
      ],
    },
    {
      name: 'Fastify: the whole body of a typed signup request',
      code: `interface SignupBody {
  email: string;
  password: string;
}

interface SignupRequest {
  body: SignupBody;
  log: { info(obj: object, msg?: string): void };
}

export async function signup(request: SignupRequest) {
  request.log.info({ body: request.body }, 'signup');
}
`,
      frontEnds: ['scanner', 'eslint-typed'],
      errors: [{ messageId: 'personalDataLogged', line: 12, column: 3 }],
    },
    {
      name: 'Koa/Egg: ctx.logger',
      code: `export async function register(ctx: any) {
  const { phoneNumber } = ctx.request.body;
  ctx.logger.info('register %s', phoneNumber);
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 3,
          column: 3,
          data: { categories: 'Phone number' },
        },
      ],
    },
    {
      name: 'Fastify: fastify.log in a plugin',
      code: `export default async function routes(fastify: any) {
  fastify.post('/subscribe', async (request: any) => {
    const email: string = request.body.email;
    fastify.log.warn(\`subscribe \${email}\`);
  });
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 4, column: 5 }],
    },
    {
      name: 'a password in a debug line',
      code: `import { logger } from './logger';

export async function login(username: string, password: string) {
  logger.debug({ username, password }, 'login attempt');
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 4,
          column: 3,
          data: { categories: 'Password and username' },
        },
      ],
    },
    {
      name: 'a phone number to console',
      code: `export function sendCode(user: { id: string; phoneNumber: string }) {
  console.info('SMS code sent to', user.phoneNumber);
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 2, column: 3, data: { sink: 'console' } }],
    },
    {
      name: 'several categories in one line are one finding',
      code: `import { logger } from './logger';

export function onProfile(form: { email: string; phone: string; dateOfBirth: string }) {
  logger.info({ email: form.email, phone: form.phone, dateOfBirth: form.dateOfBirth }, 'profile');
}
`,
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 4,
          column: 3,
          data: { categories: 'Email address, date of birth and phone number' },
        },
      ],
    },
    {
      name: 'consola: an extra level',
      code: `import { consola } from 'consola';

export function onWelcome(user: { email: string }) {
  consola.success(\`Welcome \${user.email}\`);
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 4, column: 3 }],
    },
    {
      name: 'log4js: a logger from getLogger()',
      code: `import log4js from 'log4js';

const logger = log4js.getLogger('billing');

export function onInvoice(customer: { email: string; address: string }) {
  logger.info('invoice for', customer.email);
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 6, column: 3 }],
    },
    {
      name: 'a child logger carries its bindings into every line',
      code: `import pino from 'pino';

const logger = pino();

export function session(email: string) {
  const log = logger.child({ email });
  log.info('session started');
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 6, column: 15 }],
    },
    {
      name: 'pino redact that does not cover the field',
      code: `import pino from 'pino';

const logger = pino({ redact: ['password', 'req.headers.authorization'] });

export function onSignup(email: string) {
  logger.info({ email }, 'signup');
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 6, column: 3 }],
    },
    {
      name: 'a helper in the same file that logs what it is given',
      code: `import { logger } from './logger';

function logEvent(event: string, data: object) {
  logger.info(data, event);
}

export function onSignup(email: string) {
  logEvent('signup', { email });
}
`,
      errors: [
        {
          messageId: 'personalDataLoggedThroughHelper',
          line: 8,
          column: 3,
          data: { helper: 'logEvent()', sink: 'the logger' },
        },
      ],
    },
    {
      name: 'console.table of users',
      code: `interface Partner {
  id: string;
  email: string;
}

export function summary(partners: Partner[]) {
  console.table(partners.map((partner) => ({ id: partner.id, email: partner.email })));
}
`,
      errors: [{ messageId: 'personalDataLogged', line: 7, column: 3 }],
    },
    {
      name: 'card numbers too, through the option',
      code: `import { logger } from './logger';

export function onCheckout(cardNumber: string) {
  logger.warn({ cardNumber }, 'charge declined');
}
`,
      options: { reportCardData: true },
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 4,
          column: 3,
          data: { categories: 'Card number' },
        },
      ],
    },
    {
      name: 'IP addresses too, when the options allow nothing and take a bare `ip`',
      code: `export function accessLog(req: { ip: string; log: { info(o: object, m: string): void } }) {
  req.log.info({ ip: req.ip }, 'request');
}
`,
      options: { allowedCategories: [], minConfidence: 0.7 },
      errors: [
        { messageId: 'personalDataLogged', line: 2, column: 3, data: { categories: 'IP address' } },
      ],
    },
    {
      name: 'a project logger imported through a path alias',
      code: `import Logger from '@server/logging/Logger';

export function onSignin(email: string) {
  Logger.debug('authentication', 'signin', { email });
}
`,
      errors: [
        { messageId: 'personalDataLogged', line: 4, column: 3, data: { call: 'Logger.debug()' } },
      ],
    },
    {
      name: 'a bare token, with a lower confidence',
      code: `export function verify(token: string) {
  console.log(token);
}
`,
      options: { minConfidence: 0.5 },
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 2,
          column: 3,
          data: { categories: 'Credentials' },
        },
      ],
    },
    {
      name: 'the clause the options name',
      code: `export function onSignup(email: string) {
  console.log('signup', email);
}
`,
      options: { clause: 'log-data' },
      errors: [
        {
          messageId: 'personalDataLogged',
          line: 2,
          column: 3,
          data: {
            promise:
              'The policy (Log Data) promises that personal data is not written to logs in clear',
          },
        },
      ],
    },
  ],
});
