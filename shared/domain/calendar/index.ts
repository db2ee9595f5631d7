/**
 * The calendar, in one place: `YYYY-MM-DD` days and their arithmetic, quarter labels and
 * ranges, ISO weeks and check-in due dates. How a day is shown to people is in `../format`.
 */
export * from './days';
export * from './dueDates';
export * from './quarters';
export * from './weeks';
