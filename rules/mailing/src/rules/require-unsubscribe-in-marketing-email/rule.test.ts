import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runOnCode, testPolicy } from '@pledge/core/testing';
import { RuleTester } from '@pledge/rule-tester';
import { describe, expect, it } from 'vitest';
import pack from '../../index.js';
import { requireUnsubscribeInMarketingEmail } from './rule.js';

const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));

// Each case runs through the engine, ESLint and the scanner. Whole-program cases (a helper or
// a component in another module, markers imported from elsewhere) are the fixture programs.
new RuleTester({ policy, pack }).run(
  'require-unsubscribe-in-marketing-email',
  requireUnsubscribeInMarketingEmail,
  {
    valid: [
      {
        name: 'SendGrid: a password reset is transactional',
        code: `import sgMail from '@sendgrid/mail';
export async function reset(to: string, url: string) {
  await sgMail.send({ to, from: 'accounts@example.com', subject: 'Reset your password', html: \`<a href="\${url}">Reset</a>\` });
}
`,
      },
      {
        name: 'SendGrid: a newsletter with an unsubscribe group (asm)',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', html: '<p>News</p>', categories: ['newsletter'], asm: { groupId: 12 } });
}
`,
      },
      {
        name: 'SendGrid: a newsletter with a List-Unsubscribe header',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', text: 'News', categories: ['newsletter'], headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
}
`,
      },
      {
        name: 'SendGrid: a promotion with an unsubscribe link in its body',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Spring promo', html: '<p>20% off</p><a href="https://example.com/unsubscribe?list=promo">Unsubscribe</a>' });
}
`,
      },
      {
        name: 'SendGrid: subscription tracking adds the link',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Weekly digest', text: 'News', trackingSettings: { subscriptionTracking: { enable: true } } });
}
`,
      },
      {
        name: 'Mailchimp Transactional: *|UNSUB|* in the body',
        code: `import mailchimpTx from '@mailchimp/mailchimp_transactional';
const mailchimp = mailchimpTx('key');
export async function send(email: string) {
  await mailchimp.messages.send({ message: { to: [{ email }], subject: 'Our newsletter', merge_language: 'mailchimp', html: '<p>News</p><a href="*|UNSUB|*">Unsubscribe</a>' } });
}
`,
      },
      {
        name: 'Mailchimp Transactional: a receipt template',
        code: `import mailchimpTx from '@mailchimp/mailchimp_transactional';
const mailchimp = mailchimpTx('key');
export async function send(email: string) {
  await mailchimp.messages.sendTemplate({ template_name: 'order-receipt', template_content: [], message: { to: [{ email }] } });
}
`,
      },
      {
        name: 'Mailgun: %unsubscribe_url% in the body',
        code: `import formData from 'form-data';
import Mailgun from 'mailgun.js';
const mg = new Mailgun(formData).client({ username: 'api', key: 'key' });
export async function send(email: string) {
  await mg.messages.create('mg.example.com', { to: [email], subject: 'Sale', text: 'Unsubscribe: %unsubscribe_url%', 'o:tag': ['promo'] });
}
`,
      },
      {
        name: 'Mailgun: an h:List-Unsubscribe header',
        code: `import formData from 'form-data';
import Mailgun from 'mailgun.js';
const mg = new Mailgun(formData).client({ username: 'api', key: 'key' });
export async function send(email: string) {
  await mg.messages.create('mg.example.com', { to: [email], subject: 'Sale', text: 'Sale', 'o:tag': ['promo'], 'h:List-Unsubscribe': '<https://example.com/unsubscribe>' });
}
`,
      },
      {
        name: 'Postmark: a broadcast stream',
        code: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function send(email: string) {
  await postmark.sendEmail({ From: 'news@example.com', To: email, Subject: 'Newsletter', HtmlBody: '<p>News</p>', MessageStream: 'broadcast' });
}
`,
      },
      {
        name: 'Postmark: a password-reset template',
        code: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function send(email: string, url: string) {
  await postmark.sendEmailWithTemplate({ From: 'accounts@example.com', To: email, TemplateAlias: 'password-reset', TemplateModel: { url } });
}
`,
      },
      {
        name: 'Resend: a React Email footer component with the link',
        filename: 'send.tsx',
        code: `import { Html, Link, Text } from '@react-email/components';
import { Resend } from 'resend';
const resend = new Resend('key');
function UnsubscribeFooter({ href }: { href: string }) {
  return <Text><Link href={href}>Unsubscribe</Link></Text>;
}
export async function send(to: string) {
  await resend.emails.send({ from: 'news@example.com', to, subject: 'Product updates', react: <Html><Text>New</Text><UnsubscribeFooter href="https://example.com/unsubscribe" /></Html> });
}
`,
      },
      {
        name: 'Resend: a List-Unsubscribe header',
        code: `import { Resend } from 'resend';
const resend = new Resend('key');
export async function send(to: string) {
  await resend.emails.send({ from: 'news@example.com', to, subject: 'Newsletter', html: '<p>News</p>', headers: { 'List-Unsubscribe': '<mailto:unsubscribe@example.com>' } });
}
`,
      },
      {
        name: 'Resend: a magic link',
        code: `import { Resend } from 'resend';
const resend = new Resend('key');
export async function send(to: string, url: string) {
  await resend.emails.send({ from: 'accounts@example.com', to, subject: 'Sign in', html: \`<a href="\${url}">Sign in</a>\`, tags: [{ name: 'type', value: 'magic-link' }] });
}
`,
      },
      {
        name: 'Amazon SES v1: verification',
        code: `import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
const ses = new SESClient({});
export async function send(email: string, code: string) {
  await ses.send(new SendEmailCommand({ Source: 'accounts@example.com', Destination: { ToAddresses: [email] }, Message: { Subject: { Data: 'Verify your email address' }, Body: { Text: { Data: code } } } }));
}
`,
      },
      {
        name: 'Amazon SES v2: list management',
        code: `import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
const ses = new SESv2Client({});
export async function send(email: string) {
  await ses.send(new SendEmailCommand({ Destination: { ToAddresses: [email] }, Content: { Template: { TemplateName: 'Newsletter', TemplateData: '{}' } }, ListManagementOptions: { ContactListName: 'all', TopicName: 'newsletter' } }));
}
`,
      },
      {
        name: 'Nodemailer: list.unsubscribe',
        code: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function send(to: string) {
  await transporter.sendMail({ to, subject: 'Our newsletter', text: 'News', list: { unsubscribe: 'https://example.com/unsubscribe' } });
}
`,
      },
      {
        name: 'Nodemailer: an invoice',
        code: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function send(to: string) {
  await transporter.sendMail({ to, subject: 'Invoice 2016-04', text: 'Attached.' });
}
`,
      },
      {
        name: 'NestJS MailerService (the pack catalog): an email verification template',
        code: `import { MailerService } from '@nestjs-modules/mailer';
export class Mail {
  constructor(private readonly mailer: MailerService) {}
  async verify(to: string) {
    await this.mailer.sendMail({ to, subject: 'Welcome', template: 'verify-email' });
  }
}
`,
      },
      {
        name: 'Mail that nothing marks as marketing',
        code: `import sgMail from '@sendgrid/mail';
export async function share(to: string, doc: string) {
  await sgMail.send({ to, from: 'app@example.com', subject: \`\${doc} was shared with you\`, text: 'Open it in the app.' });
}
`,
      },
      {
        name: 'A wrapper in the same file, called with a body that has the link',
        code: `import sgMail from '@sendgrid/mail';
async function sendNewsletter(to: string, html: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'News', html });
}
export async function run(email: string) {
  await sendNewsletter(email, '<p>News</p><a href="https://example.com/email/opt-out">Opt out</a>');
}
`,
      },
      {
        name: 'The options replace the marketing words',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', text: 'News', categories: ['newsletter'] });
}
`,
        options: { marketingMarkers: ['roundup'] },
      },
      {
        name: 'The options add an unsubscribe merge tag',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Newsletter', text: 'Leave the list: [[optout]]' });
}
`,
        options: { unsubscribeMarkers: ['[[optout]]'] },
      },
    ],
    invalid: [
      {
        name: 'SendGrid: a newsletter category, no header or link',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', html: '<p>News</p>', categories: ['newsletter'] });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 3,
            column: 9,
            data: {
              marker: 'categories `newsletter`',
              vendor: 'SendGrid',
              call: 'sgMail.send()',
              missing: 'without a `List-Unsubscribe` header or an unsubscribe link in its body',
              promise: 'The policy (Mailing List Information)',
            },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', html: '<p>News</p>', categories: ['newsletter'], headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'SendGrid: headers without List-Unsubscribe',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({
    to,
    from: 'news@example.com',
    subject: 'Our weekly digest',
    text: 'News',
    headers: { 'X-Entity-Ref-ID': 'digest-2016-05' },
  });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 3,
            column: 9,
            data: { marker: 'subject `Our weekly digest`' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({
    to,
    from: 'news@example.com',
    subject: 'Our weekly digest',
    text: 'News',
    headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>', 'X-Entity-Ref-ID': 'digest-2016-05' },
  });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'SendGrid: a dynamic template named by a constant',
        code: `import sgMail from '@sendgrid/mail';
const NEWSLETTER_TEMPLATE_ID = 'd-0f1e2d3c4b5a69788796a5b4c3d2e1f0';
export async function send(to: string[]) {
  await sgMail.sendMultiple({
    to,
    from: 'news@example.com',
    templateId: NEWSLETTER_TEMPLATE_ID,
  });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: {
              marker: 'template `NEWSLETTER_TEMPLATE_ID`',
              missing:
                'without a `List-Unsubscribe` header, and its template (`d-0f1e2d3c4b5a69788796a5b4c3d2e1f0`) is not known to contain an unsubscribe link',
            },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import sgMail from '@sendgrid/mail';
const NEWSLETTER_TEMPLATE_ID = 'd-0f1e2d3c4b5a69788796a5b4c3d2e1f0';
export async function send(to: string[]) {
  await sgMail.sendMultiple({
    to,
    from: 'news@example.com',
    templateId: NEWSLETTER_TEMPLATE_ID,
    headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' },
  });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'SendGrid: subscription tracking turned off',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Spring promo', text: 'Sale', trackingSettings: { subscriptionTracking: { enable: false } } });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 3,
            column: 9,
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Spring promo', text: 'Sale', trackingSettings: { subscriptionTracking: { enable: false } }, headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Mailchimp Transactional: a tagged newsletter',
        code: `import mailchimpTx from '@mailchimp/mailchimp_transactional';
const mailchimp = mailchimpTx('key');
export async function send(email: string) {
  await mailchimp.messages.send({ message: { to: [{ email }], subject: 'May', html: '<p>News</p>', tags: ['newsletter'] } });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: { vendor: 'Mailchimp Transactional', marker: 'message.tags `newsletter`' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import mailchimpTx from '@mailchimp/mailchimp_transactional';
const mailchimp = mailchimpTx('key');
export async function send(email: string) {
  await mailchimp.messages.send({ message: { to: [{ email }], subject: 'May', html: '<p>News</p>', tags: ['newsletter'], headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Mailchimp Transactional: a promotion template',
        code: `import mailchimpTx from '@mailchimp/mailchimp_transactional';
const mailchimp = mailchimpTx('key');
export async function send(email: string) {
  await mailchimp.messages.sendTemplate({ template_name: 'monthly-promo', template_content: [], message: { to: [{ email }] } });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: { marker: 'template `monthly-promo`' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import mailchimpTx from '@mailchimp/mailchimp_transactional';
const mailchimp = mailchimpTx('key');
export async function send(email: string) {
  await mailchimp.messages.sendTemplate({ template_name: 'monthly-promo', template_content: [], message: { to: [{ email }], headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Mailgun: a campaign tag',
        code: `import formData from 'form-data';
import Mailgun from 'mailgun.js';
const mg = new Mailgun(formData).client({ username: 'api', key: 'key' });
export async function send(email: string) {
  await mg.messages.create('mg.example.com', { to: [email], subject: 'Sale', text: 'Sale', 'o:tag': ['campaign-may'] });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 5,
            column: 9,
            data: { vendor: 'Mailgun' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import formData from 'form-data';
import Mailgun from 'mailgun.js';
const mg = new Mailgun(formData).client({ username: 'api', key: 'key' });
export async function send(email: string) {
  await mg.messages.create('mg.example.com', { to: [email], subject: 'Sale', text: 'Sale', 'o:tag': ['campaign-may'], 'h:List-Unsubscribe': '<https://example.com/unsubscribe>' });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Postmark: a newsletter through the transactional stream',
        code: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function send(email: string) {
  await postmark.sendEmail({ From: 'news@example.com', To: email, Subject: 'May', HtmlBody: '<p>News</p>', Tag: 'newsletter', MessageStream: 'outbound' });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: { vendor: 'Postmark', marker: 'Tag `newsletter`' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function send(email: string) {
  await postmark.sendEmail({ From: 'news@example.com', To: email, Subject: 'May', HtmlBody: '<p>News</p>', Tag: 'newsletter', MessageStream: 'outbound', Headers: [{ Name: 'List-Unsubscribe', Value: '<https://example.com/unsubscribe>' }] });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'SendGrid: an empty headers object',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Newsletter', text: 'News', headers: {} });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 3,
            column: 9,
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Newsletter', text: 'News', headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Postmark: Headers without List-Unsubscribe',
        code: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function send(email: string) {
  await postmark.sendEmail({ From: 'news@example.com', To: email, Subject: 'Digest', TextBody: 'News', Tag: 'digest', Headers: [{ Name: 'X-Campaign', Value: 'may' }] });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function send(email: string) {
  await postmark.sendEmail({ From: 'news@example.com', To: email, Subject: 'Digest', TextBody: 'News', Tag: 'digest', Headers: [{ Name: 'List-Unsubscribe', Value: '<https://example.com/unsubscribe>' }, { Name: 'X-Campaign', Value: 'may' }] });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Postmark: a batch of product updates',
        code: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function send(a: string, b: string) {
  await postmark.sendEmailBatch([
    { From: 'news@example.com', To: a, Subject: 'New', TextBody: 'New', Tag: 'product-update' },
    { From: 'news@example.com', To: b, Subject: 'New', TextBody: 'New', Tag: 'product-update' },
  ]);
}
`,
        errors: [{ messageId: 'missingOptOut', line: 4, column: 9, suggestions: [] }],
      },
      {
        name: 'Resend: a digest by its subject',
        code: `import { Resend } from 'resend';
const resend = new Resend('key');
export async function send(to: string) {
  await resend.emails.send({ from: 'news@example.com', to, subject: 'Your monthly digest', html: '<p>News</p>' });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: { vendor: 'Resend', call: 'resend.emails.send()' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import { Resend } from 'resend';
const resend = new Resend('key');
export async function send(to: string) {
  await resend.emails.send({ from: 'news@example.com', to, subject: 'Your monthly digest', html: '<p>News</p>', headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Resend: a batch of announcements',
        code: `import { Resend } from 'resend';
const resend = new Resend('key');
export async function send(emails: string[]) {
  await resend.batch.send(emails.map((to) => ({ from: 'news@example.com', to, subject: 'We moved', text: 'New office', tags: [{ name: 'category', value: 'announcement' }] })));
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: { marker: 'tags `announcement`' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import { Resend } from 'resend';
const resend = new Resend('key');
export async function send(emails: string[]) {
  await resend.batch.send(emails.map((to) => ({ from: 'news@example.com', to, subject: 'We moved', text: 'New office', tags: [{ name: 'category', value: 'announcement' }], headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } })));
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Resend: a React Email render without a link',
        filename: 'send.tsx',
        code: `import { Html, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { Resend } from 'resend';
const resend = new Resend('key');
function SpringSale() {
  return <Html><Text>Everything is 20% off.</Text></Html>;
}
export async function send(to: string) {
  await resend.emails.send({ from: 'news@example.com', to, subject: 'Spring promotion', html: await render(<SpringSale />) });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 9,
            column: 9,
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import { Html, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { Resend } from 'resend';
const resend = new Resend('key');
function SpringSale() {
  return <Html><Text>Everything is 20% off.</Text></Html>;
}
export async function send(to: string) {
  await resend.emails.send({ from: 'news@example.com', to, subject: 'Spring promotion', html: await render(<SpringSale />), headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Amazon SES v1: a campaign tag',
        code: `import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
const ses = new SESClient({});
export async function send(email: string) {
  await ses.send(new SendEmailCommand({ Destination: { ToAddresses: [email] }, Message: { Subject: { Data: 'April' }, Body: { Html: { Data: '<p>New</p>' } } }, Tags: [{ Name: 'type', Value: 'campaign' }] }));
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 18,
            data: { vendor: 'Amazon SES', call: 'new SendEmailCommand()' },
            suggestions: [],
          },
        ],
      },
      {
        name: 'Amazon SES v1: a templated promotion',
        code: `import { SESClient, SendTemplatedEmailCommand } from '@aws-sdk/client-ses';
const ses = new SESClient({});
export async function send(email: string) {
  await ses.send(new SendTemplatedEmailCommand({ Destination: { ToAddresses: [email] }, Template: 'SpringPromo', TemplateData: '{}' }));
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 18,
            data: { marker: 'template `SpringPromo`' },
            suggestions: [],
          },
        ],
      },
      {
        name: 'Amazon SES v2: a marketing configuration set, an aliased command',
        code: `import { SESv2Client, SendEmailCommand as SendEmail } from '@aws-sdk/client-sesv2';
const ses = new SESv2Client({});
export async function send(email: string) {
  await ses.send(new SendEmail({ Destination: { ToAddresses: [email] }, Content: { Simple: { Subject: { Data: 'Sale' }, Body: { Text: { Data: 'Sale' } } } }, ConfigurationSetName: 'marketing' }));
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 18,
            data: { marker: 'ConfigurationSetName `marketing`' },
            suggestions: [],
          },
        ],
      },
      {
        name: 'Nodemailer: a newsletter subject',
        code: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function send(to: string) {
  await transporter.sendMail({
    to,
    subject: 'The May newsletter',
    text: 'News',
  });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: { vendor: 'Nodemailer' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function send(to: string) {
  await transporter.sendMail({
    to,
    subject: 'The May newsletter',
    text: 'News',
    headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' },
  });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'Nodemailer: marketing by the name of the sending function',
        code: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function sendWeeklyNewsletter(to: string) {
  await transporter.sendMail({ to, subject: 'This week', text: 'News' });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: { marker: 'function `sendWeeklyNewsletter`' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function sendWeeklyNewsletter(to: string) {
  await transporter.sendMail({ to, subject: 'This week', text: 'News', headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'NestJS MailerService (the pack catalog): a product-update template',
        code: `import { MailerService } from '@nestjs-modules/mailer';
export class Mail {
  constructor(private readonly mailer: MailerService) {}
  async announce(to: string) {
    await this.mailer.sendMail({ to, subject: 'New', template: 'product-update' });
  }
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 5,
            column: 11,
            data: { vendor: 'NestJS MailerService (Nodemailer)' },
            suggestions: [
              {
                messageId: 'addListUnsubscribeHeader',
                output: `import { MailerService } from '@nestjs-modules/mailer';
export class Mail {
  constructor(private readonly mailer: MailerService) {}
  async announce(to: string) {
    await this.mailer.sendMail({ to, subject: 'New', template: 'product-update', headers: { 'List-Unsubscribe': '<https://example.com/unsubscribe>' } });
  }
}
`,
              },
            ],
          },
        ],
      },
      {
        name: 'A wrapper in the same file, called with a body without a link',
        code: `import sgMail from '@sendgrid/mail';
async function sendNewsletter(to: string, html: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'News', html });
}
export async function run(email: string) {
  await sendNewsletter(email, '<p>News</p>');
}
`,
        errors: [
          {
            messageId: 'missingOptOutThroughHelper',
            line: 6,
            column: 9,
            data: { helper: 'sendNewsletter()', marker: 'function `sendNewsletter`' },
          },
        ],
      },
      {
        name: 'A category from an enum',
        code: `import sgMail from '@sendgrid/mail';
enum Category {
  Promotions = 'promotions',
}
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', text: 'Sale', categories: [Category.Promotions] });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 6,
            column: 9,
            data: { marker: 'categories `promotions`' },
          },
        ],
      },
      {
        name: 'A body known only at run time',
        code: `import sgMail from '@sendgrid/mail';
declare function loadCampaignHtml(id: string): Promise<string>;
export async function send(to: string, id: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Campaign', html: await loadCampaignHtml(id), categories: ['campaign'] });
}
`,
        errors: [
          {
            messageId: 'missingOptOut',
            line: 4,
            column: 9,
            data: {
              missing:
                'without a `List-Unsubscribe` header, and its body (`loadCampaignHtml(id)`) is not known to contain an unsubscribe link',
            },
          },
        ],
      },
      {
        name: 'A marketing word from the options',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', text: 'News', categories: ['weekly-roundup'] });
}
`,
        options: { marketingMarkers: ['roundup'] },
        errors: [
          {
            messageId: 'missingOptOut',
            line: 3,
            column: 9,
            data: { marker: 'categories `weekly-roundup`' },
          },
        ],
      },
      {
        name: 'A clause from the options',
        code: `import sgMail from '@sendgrid/mail';
export async function send(to: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'May', text: 'News', categories: ['newsletter'] });
}
`,
        options: { clause: 'service-providers' },
        errors: [
          {
            messageId: 'missingOptOut',
            line: 3,
            column: 9,
            data: { promise: 'The policy (Disclosure to Third Parties)' },
          },
        ],
      },
    ],
  },
);

// The tester compares what is reported where, not flows: a finding at a helper's call carries
// one, read back from the helper's send through each helper between to the call.
describe('the flow of a finding at a helper’s call', () => {
  it('starts at the send and passes each helper on the way to the call', () => {
    const findings = runOnCode(
      requireUnsubscribeInMarketingEmail,
      `import sgMail from '@sendgrid/mail';
async function deliver(to: string, html: string) {
  await sgMail.send({ to, from: 'news@example.com', subject: 'Offers', html, categories: ['promotions'] });
}
async function sendPromotion(to: string, html: string) {
  await deliver(to, html);
}
export async function run(to: string) {
  await sendPromotion(to, '<p>Spring sale</p>');
}
`,
      testPolicy(readFileSync(policy, 'utf8')),
    );
    expect(
      findings.map((finding) => [
        finding.messageId,
        finding.flow.map(
          (step) =>
            `${String(step.location.start.line)}:${String(step.location.start.column)} ${step.label}`,
        ),
      ]),
    ).toEqual([
      [
        'missingOptOutThroughHelper',
        [
          '3:9 sent through SendGrid by `deliver()`',
          '6:9 `deliver()` called by `sendPromotion()`',
          '9:9 reaches SendGrid',
        ],
      ],
    ]);
  });
});
