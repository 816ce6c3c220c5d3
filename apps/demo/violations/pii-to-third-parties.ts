import axios from 'axios';

const enrichment = axios.create({ baseURL: 'https://api.people-data.example' });

export async function onSignup(user: { email: string; phone: string }) {
  await enrichment.post('/v1/enrich', { email: user.email }); // expect: no-pii-to-undeclared-third-party
  navigator.sendBeacon('https://d.adroll.com/pixel', JSON.stringify({ email: user.email })); // expect: no-pii-to-undeclared-third-party
  await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    body: JSON.stringify({ to: user.email }),
  }); // ok: declared for email
}
