// A realistic generated file: an express route with an ORM write, an API call, cookies and a
// log; every tenth file stores a card number, every 15th leaks an email, every 20th sets an
// undeclared cookie.
export function source(i) {
  return `import express from 'express';
import axios from 'axios';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const api = axios.create({ baseURL: 'https://api.partner${i % 7}.example' });
export const router${i} = express.Router();
interface Order${i} { id: string; total: number; items: { sku: string; qty: number }[] }
function totalOf(order: Order${i}): number {
  return order.items.reduce((sum, item) => sum + item.qty * 3, 0);
}
router${i}.post('/orders/${i}', async (req, res) => {
  const { cardNumber, email, items } = req.body;
  const order: Order${i} = { id: String(Date.now()), total: 0, items };
  order.total = totalOf(order);
  await prisma.order.create({ data: { id: order.id, total: order.total, last4: cardNumber.slice(-4) } });
  ${i % 10 === 0 ? 'await prisma.card.create({ data: { number: cardNumber } });' : ''}
  await api.post('/events', { type: 'order', total: order.total });
  ${i % 15 === 0 ? "await fetch('https://d.adroll.com/px', { method: 'POST', body: JSON.stringify({ email }) });" : ''}
  res.cookie('session_id', 'opaque', { httpOnly: true });
  ${i % 20 === 0 ? "res.cookie('promo_seen', '1');" : ''}
  for (const item of items) {
    if (item.qty > 10) console.warn('large order', order.id, item.sku);
  }
  res.json({ ok: true, id: order.id });
});
`;
}
