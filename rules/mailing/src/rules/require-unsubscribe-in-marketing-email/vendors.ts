// Where each email API keeps the parts of a message the rule reads. Data, like the engine's
// catalogs: supporting another SDK is adding an entry (and a fixture). The engine's SDK catalog
// says *that* a call sends (`SendFact.via.id` is the recipe id below); this table says where
// in the call's argument the categories, the subject, the body and the headers are.
//
// Paths are dotted property names from the call's argument: `message.html` is Mailchimp
// Transactional's `messages.send({ message: { html } })`. An argument that is an array is a
// batch: each element is a message (`resend.batch.send([{ … }, { … }])`).

/** How a header container holds a `List-Unsubscribe` header. */
export type HeaderShape =
  /** `headers: { 'List-Unsubscribe': '<…>' }` */
  | 'object'
  /** `Headers: [{ Name: 'List-Unsubscribe', Value: '<…>' }]` (Postmark, SES v2). */
  | 'list'
  /** Mailgun's `'h:List-Unsubscribe': '<…>'`, a property of the message itself. */
  | 'prefixed'
  /** A raw MIME message (`SendRawEmailCommand`): the header is a line of the text. */
  | 'raw';

/** A field whose presence means the vendor handles the opt-out itself. */
export interface OptOutField {
  path: string;
  /** How a message names it: ``an unsubscribe group (`asm`)``. */
  describe: string;
  /** The field counts only when its value names a broadcast stream (Postmark's `MessageStream`). */
  broadcast?: boolean;
}

/** An email API: the send calls of one SDK recipe and where their messages keep each part. */
export interface MailApi {
  /** The SDK recipe whose sends these are (`SdkRecipe.id`, the engine's `SendFact.via.id`). */
  recipe: string;
  /** The vendor, as messages name it. */
  vendor: string;
  /** Suffixes of the callee's member chain that send mail (`emails.send`; a command class for `new`). */
  members: readonly string[];
  /** The argument that holds the message (or an array of messages). */
  arg: number;
  /** Categories, tags, streams and configuration sets: how the sender classifies the message. */
  labels: readonly string[];
  subject: readonly string[];
  body: readonly string[];
  /** A template kept at the vendor or on disk, by id or name: its body is not in the code. */
  template: readonly string[];
  /** The values a template is rendered with (an `unsubscribeUrl` there is the template's link). */
  templateData: readonly string[];
  headers: readonly { path: string; shape: HeaderShape }[];
  optOut: readonly OptOutField[];
  /** Where a suggested `List-Unsubscribe` header goes, when the rule can write one. */
  suggest?: { path: string; shape: 'object' | 'list' | 'prefixed' };
  /** The fix, as the end of a sentence: ``add … or …``. */
  fix: string;
  /** The header the sending code can add whatever the body is, as the end of a sentence. */
  header: string;
}

const NODEMAILER_MESSAGE = {
  labels: [],
  subject: ['subject'],
  body: ['html', 'text', 'amp', 'watchHtml'],
  headers: [{ path: 'headers', shape: 'object' }],
  optOut: [
    {
      path: 'list.unsubscribe',
      describe: 'a `list.unsubscribe` option (Nodemailer writes the `List-Unsubscribe` header)',
    },
  ],
  suggest: { path: 'headers', shape: 'object' },
  fix: '`list: { unsubscribe: … }` (Nodemailer writes the `List-Unsubscribe` header), a `List-Unsubscribe` header or an unsubscribe link in the body',
  header: '`list: { unsubscribe: … }` (Nodemailer writes the `List-Unsubscribe` header)',
} as const;

/** The email APIs the rule knows, by SDK recipe. */
export const MAIL_APIS: readonly MailApi[] = [
  {
    // sgMail.send({ to, from, subject, html, categories, asm: { groupId } })
    recipe: 'sendgrid',
    vendor: 'SendGrid',
    members: ['send', 'sendMultiple'],
    arg: 0,
    labels: ['categories', 'category'],
    subject: ['subject'],
    body: ['html', 'text', 'content'],
    template: ['templateId', 'template_id'],
    templateData: [
      'dynamicTemplateData',
      'dynamic_template_data',
      'substitutions',
      'sections',
      'personalizations',
    ],
    headers: [{ path: 'headers', shape: 'object' }],
    optOut: [
      { path: 'asm', describe: 'an unsubscribe group (`asm`)' },
      {
        path: 'trackingSettings.subscriptionTracking',
        describe: 'subscription tracking (SendGrid adds the link)',
      },
      {
        path: 'tracking_settings.subscription_tracking',
        describe: 'subscription tracking (SendGrid adds the link)',
      },
    ],
    suggest: { path: 'headers', shape: 'object' },
    fix: 'an unsubscribe group (`asm: { groupId }`), a `List-Unsubscribe` header or an unsubscribe link (`<%asm_group_unsubscribe_raw_url%>`) in the body',
    header: 'an unsubscribe group (`asm: { groupId }`) or a `List-Unsubscribe` header',
  },
  {
    // mailchimpTx(key).messages.send({ message: { html, tags, headers } })
    // .messages.sendTemplate({ template_name, template_content, message })
    recipe: 'mandrill',
    vendor: 'Mailchimp Transactional',
    members: ['messages.send', 'messages.sendTemplate', 'messages.sendRaw'],
    arg: 0,
    labels: ['message.tags', 'message.metadata', 'message.subaccount'],
    subject: ['message.subject'],
    body: ['message.html', 'message.text', 'raw_message'],
    template: ['template_name'],
    templateData: ['template_content', 'message.global_merge_vars', 'message.merge_vars'],
    headers: [
      { path: 'message.headers', shape: 'object' },
      { path: 'raw_message', shape: 'raw' },
    ],
    optOut: [],
    suggest: { path: 'message.headers', shape: 'object' },
    fix: "`headers: { 'List-Unsubscribe': … }` to the message or `*|UNSUB|*` in its body",
    header: "`headers: { 'List-Unsubscribe': … }` to the message",
  },
  {
    // mg.messages.create(domain, { to, subject, html, 'o:tag': 'newsletter' })
    recipe: 'mailgun',
    vendor: 'Mailgun',
    members: ['messages.create'],
    arg: 1,
    labels: ['o:tag', 'o:campaign'],
    subject: ['subject'],
    body: ['html', 'text', 'amp-html'],
    template: ['template'],
    templateData: ['t:variables', 'h:X-Mailgun-Variables'],
    headers: [{ path: 'h:List-Unsubscribe', shape: 'prefixed' }],
    optOut: [],
    suggest: { path: 'h:List-Unsubscribe', shape: 'prefixed' },
    fix: "an `'h:List-Unsubscribe'` header or `%unsubscribe_url%` in the body",
    header: "an `'h:List-Unsubscribe'` header",
  },
  {
    // new ServerClient(token).sendEmail({ To, Subject, HtmlBody, MessageStream: 'broadcast' })
    recipe: 'postmark',
    vendor: 'Postmark',
    members: [
      'sendEmail',
      'sendEmailWithTemplate',
      'sendEmailBatch',
      'sendEmailBatchWithTemplates',
    ],
    arg: 0,
    // `MessageStream` says where the message goes, not what it is: it is read as an opt-out.
    labels: ['Tag', 'Metadata'],
    subject: ['Subject'],
    body: ['HtmlBody', 'TextBody'],
    template: ['TemplateAlias', 'TemplateId'],
    templateData: ['TemplateModel'],
    headers: [{ path: 'Headers', shape: 'list' }],
    optOut: [
      {
        path: 'MessageStream',
        describe: 'a broadcast stream (Postmark adds the unsubscribe link and header)',
        broadcast: true,
      },
    ],
    suggest: { path: 'Headers', shape: 'list' },
    fix: "a broadcast stream (`MessageStream: 'broadcast'`: Postmark adds the unsubscribe link and header), a `List-Unsubscribe` entry in `Headers` or an unsubscribe link in the body",
    header:
      "a broadcast stream (`MessageStream: 'broadcast'`) or a `List-Unsubscribe` entry in `Headers`",
  },
  {
    // new Resend(key).emails.send({ to, subject, html | react, tags, headers })
    recipe: 'resend',
    vendor: 'Resend',
    members: ['emails.send', 'emails.create', 'batch.send', 'batch.create'],
    arg: 0,
    labels: ['tags'],
    subject: ['subject'],
    body: ['html', 'text', 'react'],
    template: ['template.id'],
    templateData: ['template.variables'],
    headers: [{ path: 'headers', shape: 'object' }],
    optOut: [],
    suggest: { path: 'headers', shape: 'object' },
    fix: "`headers: { 'List-Unsubscribe': … }` or an unsubscribe link in the body",
    header: "`headers: { 'List-Unsubscribe': … }`",
  },
  {
    // ses.send(new SendEmailCommand({ Message: { Subject, Body } }))            (SES v1)
    // ses.send(new SendEmailCommand({ Content: { Simple | Template | Raw } }))  (SES v2)
    // The two shapes share no property names, so one entry reads both.
    recipe: 'aws-ses',
    vendor: 'Amazon SES',
    members: [
      'SendEmailCommand',
      'SendTemplatedEmailCommand',
      'SendRawEmailCommand',
      'SendBulkTemplatedEmailCommand',
      'SendBulkEmailCommand',
      'sendEmail',
      'sendTemplatedEmail',
      'sendRawEmail',
      'sendBulkTemplatedEmail',
    ],
    arg: 0,
    labels: [
      'Tags',
      'DefaultTags',
      'EmailTags',
      'DefaultEmailTags',
      'ConfigurationSetName',
      'ListManagementOptions.TopicName',
      'ListManagementOptions.ContactListName',
    ],
    subject: ['Message.Subject.Data', 'Content.Simple.Subject.Data'],
    body: [
      'Message.Body.Html.Data',
      'Message.Body.Text.Data',
      'Content.Simple.Body.Html.Data',
      'Content.Simple.Body.Text.Data',
      'RawMessage.Data',
      'Content.Raw.Data',
    ],
    template: [
      'Template',
      'TemplateArn',
      'Content.Template.TemplateName',
      'Content.Template.TemplateArn',
      'DefaultContent.Template.TemplateName',
    ],
    templateData: [
      'TemplateData',
      'DefaultTemplateData',
      'Content.Template.TemplateData',
      'DefaultContent.Template.TemplateData',
    ],
    headers: [
      { path: 'Content.Simple.Headers', shape: 'list' },
      { path: 'Content.Template.Headers', shape: 'list' },
      { path: 'RawMessage.Data', shape: 'raw' },
      { path: 'Content.Raw.Data', shape: 'raw' },
    ],
    optOut: [
      {
        path: 'ListManagementOptions',
        describe: 'list management (SES adds the `List-Unsubscribe` header for the contact list)',
      },
    ],
    fix: '`ListManagementOptions` with a contact list (SES v2 then adds the `List-Unsubscribe` header), a `List-Unsubscribe` entry in `Content.Simple.Headers` or an unsubscribe link in the body',
    header: '`ListManagementOptions` or a `List-Unsubscribe` entry in `Content.Simple.Headers`',
  },
  {
    // nodemailer.createTransport(…).sendMail({ to, subject, html, list: { unsubscribe } })
    recipe: 'nodemailer',
    vendor: 'Nodemailer',
    members: ['sendMail'],
    arg: 0,
    template: [],
    templateData: [],
    ...NODEMAILER_MESSAGE,
  },
  {
    // this.mailerService.sendMail({ to, template: 'newsletter', context }) — added by this pack's catalog
    recipe: 'nestjs-mailer',
    vendor: 'NestJS MailerService (Nodemailer)',
    members: ['sendMail'],
    arg: 0,
    template: ['template'],
    templateData: ['context'],
    ...NODEMAILER_MESSAGE,
  },
  {
    // new Email({ transport }).send({ template: 'newsletter', message: { to }, locals }) — this pack's catalog
    recipe: 'email-templates',
    vendor: 'email-templates (Nodemailer)',
    members: ['send'],
    arg: 0,
    labels: [],
    subject: ['message.subject'],
    body: ['message.html', 'message.text'],
    template: ['template'],
    templateData: ['locals'],
    headers: [{ path: 'message.headers', shape: 'object' }],
    optOut: [
      {
        path: 'message.list.unsubscribe',
        describe: 'a `list.unsubscribe` option (Nodemailer writes the `List-Unsubscribe` header)',
      },
    ],
    suggest: { path: 'message.headers', shape: 'object' },
    fix: '`message: { list: { unsubscribe: … } }`, a `List-Unsubscribe` header in `message.headers` or an unsubscribe link in the template',
    header: '`message: { list: { unsubscribe: … } }`',
  },
];

/** The email API of a send through an SDK recipe, when the callee is one of its send calls. */
export function mailApiOf(recipe: string, members: readonly string[]): MailApi | undefined {
  const dotted = members.join('.');
  return MAIL_APIS.find(
    (api) =>
      api.recipe === recipe &&
      api.members.some((member) => dotted === member || dotted.endsWith(`.${member}`)),
  );
}
