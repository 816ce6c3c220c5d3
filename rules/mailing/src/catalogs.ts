import type { CatalogExtension } from '@pledge/core/rules';

// Email transports the built-in SDK catalog does not know, added the way any pack adds to
// the engine: as data in the built-in shape. Every rule of a run that loads this pack sees
// them (a send of personal data through them is a send to a third party, too).

/** The SDK recipes this pack adds. */
export const catalogs: CatalogExtension = {
  sdks: [
    {
      // NestJS's mailer module wraps a Nodemailer transport:
      // this.mailerService.sendMail({ to, subject, template, context })
      id: 'nestjs-mailer',
      vendor: 'NestJS MailerService (Nodemailer)',
      category: 'email',
      packages: ['@nestjs-modules/mailer'],
      globals: [],
      hosts: [],
      sends: [
        {
          member: 'sendMail',
          data: [{ arg: 0 }],
          fields: [
            { arg: 0, prop: 'to', category: 'user.contact.email' },
            { arg: 0, prop: 'from', category: 'organization' },
          ],
        },
      ],
      example: `import { Injectable } from '@nestjs/common';
import { MailerService } from '@nestjs-modules/mailer';
@Injectable()
export class MailService {
  constructor(private readonly mailerService: MailerService) {}
  async sendWelcome(email: string) {
    await this.mailerService.sendMail({ to: email, subject: 'Welcome', template: 'welcome' });
  }
}`,
    },
    {
      // email-templates renders a template folder and sends it through Nodemailer:
      // new Email({ transport }).send({ template: 'newsletter', message: { to }, locals })
      id: 'email-templates',
      vendor: 'email-templates (Nodemailer)',
      category: 'email',
      packages: ['email-templates'],
      globals: [],
      hosts: [],
      sends: [{ member: 'send', data: [{ arg: 0 }] }],
      example: `import Email from 'email-templates';
const email = new Email({ message: { from: 'hello@example.com' }, transport: { jsonTransport: true } });
export async function sendWelcome(address: string) {
  await email.send({ template: 'welcome', message: { to: address }, locals: {} });
}`,
    },
  ],
};
