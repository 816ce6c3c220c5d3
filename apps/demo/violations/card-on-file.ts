// "Card on file" for one-click upgrades: the server takes the card itself and keeps it.
import Database from 'better-sqlite3';
import { Router } from 'express';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Deps } from '../src/deps.js';
import { logger } from '../src/logger.js';

export const cardsOnFile = sqliteTable('cards_on_file', {
  userId: integer('user_id').notNull(),
  cardNumber: text('card_number').notNull(), // expect: no-full-card-storage
  expiry: text('expiry').notNull(),
});

const sqlite = new Database(process.env.DATABASE_PATH ?? 'demo.db');

export function cardOnFileRoutes({ db }: Deps): Router {
  const router = Router();
  router.post('/api/cards', (req, res) => {
    const { cardNumber, expiry, cvc } = req.body;
    const userId = req.account!.id;
    db.insert(cardsOnFile).values({ userId, cardNumber, expiry }).run(); // expect: no-full-card-storage
    sqlite.prepare('UPDATE cards_on_file SET cvc = ? WHERE user_id = ?').run(cvc, userId); // expect: no-full-card-storage
    logger.info('card saved', { userId, card: cardNumber }); // expect: no-full-card-storage
    res.status(201).json({ last4: String(cardNumber).slice(-4) });
  });
  return router;
}
