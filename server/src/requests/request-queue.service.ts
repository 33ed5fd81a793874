/**
 * A queued request's place: its position first in, first out, and when it is expected to start
 * at the team's recent throughput, on the business calendar.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { Decimal } from '../domain/decimal.js';
import {
  expectedStarts,
  throughputPerDay,
  throughputWindowStart,
} from '../domain/request-queue.js';
import type { BusinessCalendarService } from '../sla/business-calendar.service.js';
import type { RequestStore } from './request.store.js';

export interface QueuePlace {
  position: number;
  /** Null when the work ahead is too far off to promise a date. */
  expectedStart: Date | null;
}

export class RequestQueueService {
  constructor(
    private readonly store: RequestStore,
    private readonly calendars: BusinessCalendarService,
    /** Norm-hours per business day assumed until there is a history of charges. */
    private readonly defaultThroughput: Decimal,
  ) {}

  /** Every queued request's place, by id: one pass over the queue serves a whole page. */
  async places(em: EntityManager, now = new Date()): Promise<Map<string, QueuePlace>> {
    const queued = await this.store.queuedNormHours(em);
    if (queued.length === 0) return new Map();

    const calendar = await this.calendars.calendar(em);
    const windowStart = throughputWindowStart(calendar, now);
    const [charged, firstCharge] = await Promise.all([
      this.store.chargedSince(em, windowStart),
      this.store.firstRequestChargeAt(em),
    ]);
    const historyCoversWindow = firstCharge !== null && firstCharge <= windowStart;
    const perDay = throughputPerDay(charged, this.defaultThroughput, historyCoversWindow);

    const starts = expectedStarts(
      calendar,
      now,
      queued.map((request) => request.normHours),
      perDay,
    );
    const places = new Map<string, QueuePlace>();
    queued.forEach(({ id }, i) => {
      places.set(id, { position: i + 1, expectedStart: starts[i] ?? null });
    });
    return places;
  }
}
