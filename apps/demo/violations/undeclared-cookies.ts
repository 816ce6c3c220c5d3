import express from 'express';
import session from 'express-session';

export const app = express();
app.use(session({ secret: process.env.SESSION_SECRET ?? 'dev' })); // expect: no-undeclared-cookie

app.get('/promo', (req, res) => {
  res.cookie('promo_seen', '1', { maxAge: 86_400_000 }); // expect: no-undeclared-cookie
  res.cookie('session_id', 'opaque', { httpOnly: true }); // ok: declared
  res.send('ok');
});
