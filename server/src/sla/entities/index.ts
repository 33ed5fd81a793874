/** The business calendar's entities; the ORM configuration takes every class exported here. */
export { BusinessCalendarDayEntity } from './business-calendar-day.entity.js';
export { BusinessCalendarYearEntity } from './business-calendar-year.entity.js';
