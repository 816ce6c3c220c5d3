// Example customers and their testimonials, so a fresh site has something to show: one who
// consented to their name being shown, one who did not (Testimonials).
import { count } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from './client.js';
import { testimonials, users } from './schema.js';

/** The examples' password, for trying the site locally. */
export const DEMO_PASSWORD = 'segment-demo-2016';

const EXAMPLES = [
  {
    name: 'Nadia Okafor',
    email: 'nadia@example.com',
    testimonial: 'We replaced four tracking snippets with one API.',
    showName: true,
  },
  {
    name: 'Tomás Ribeiro',
    email: 'tomas@example.com',
    testimonial: 'Our analytics finally agree with our billing data.',
    showName: false,
  },
];

/** Adds the examples to an empty database; returns how many users it added. */
export async function seed(db: Db): Promise<number> {
  const [{ total } = { total: 0 }] = db.select({ total: count() }).from(users).all();
  if (total > 0) return 0;
  for (const example of EXAMPLES) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const { id } = db
      .insert(users)
      .values({ name: example.name, email: example.email, passwordHash })
      .returning({ id: users.id })
      .get();
    db.insert(testimonials)
      .values({ userId: id, body: example.testimonial, showName: example.showName })
      .run();
  }
  return EXAMPLES.length;
}
