import express from 'express';
import { db } from '../src/db.js';

export const router = express.Router();

router.post('/billing/card', (req, res) => {
  const { cardNumber, cvc, expiry } = req.body;
  db.prepare('INSERT INTO cards (card_number, expiry) VALUES (?, ?)').run(cardNumber, expiry); // expect: no-full-card-storage
  console.info('card saved', { cvc }); // expect: no-full-card-storage
  localStorage.setItem('last4', cardNumber.slice(-4)); // ok: the last four digits
  res.sendStatus(204);
});
