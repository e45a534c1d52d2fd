export { addDays, daysInMonth, isIsoDate, MONTHS, mondayOf, weekday } from './calendar.ts';
export { before, compareFuzzyDates, inWindow, overlaps, within } from './compare.ts';
export { day, FuzzyDateError, type MonthPart, month, parseEdtf, partOfMonth, range, year } from './edtf.ts';
export { labelFuzzyDate } from './label.ts';
export { resolveRelative } from './relative.ts';
