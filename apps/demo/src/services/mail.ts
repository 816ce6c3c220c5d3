// Email goes through SendGrid, the email-delivery provider the policy names (Mailing List
// Information). Every marketing email carries an unsubscribe link and a List-Unsubscribe header.
import sgMail from '@sendgrid/mail';
import { escapeHtml } from '../html.js';

const FROM = { email: 'hello@segment.com', name: 'Segment' };
const NEWS_FROM = { email: 'news@segment.com', name: 'Segment' };

/** A mailing-list member as a send needs it. */
export interface Subscriber {
  email: string;
  unsubscribeToken: string;
}

/** One issue of the newsletter. */
export interface Newsletter {
  subject: string;
  html: string;
}

export class Mailer {
  constructor(
    apiKey: string,
    private readonly appUrl: string,
  ) {
    sgMail.setApiKey(apiKey);
  }

  /** The account email sent after sign-up (transactional: no list to leave). */
  async sendWelcome(to: string, name: string): Promise<void> {
    await sgMail.send({
      to,
      from: FROM,
      subject: 'Welcome to Segment',
      html: `<p>Hi ${escapeHtml(name)}, your account is ready: ${this.appUrl}/account</p>`,
      categories: ['account'],
    });
  }

  /** A newsletter issue to one member, with the link that takes them off the list. */
  async sendNewsletter(subscriber: Subscriber, issue: Newsletter): Promise<void> {
    const unsubscribeUrl = `${this.appUrl}/unsubscribe/${subscriber.unsubscribeToken}`;
    await sgMail.send({
      to: subscriber.email,
      from: NEWS_FROM,
      subject: issue.subject,
      html: `${issue.html}<hr><p><a href="${unsubscribeUrl}">Unsubscribe</a> from Segment news.</p>`,
      categories: ['newsletter'],
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  }
}
