/**
 * The business "now" of the tests that need one: a fixed instant, so that no test depends on the day
 * it runs (the holiday calendar, pilots' plans and points' expiry all follow the date). A Wednesday
 * well inside the years the holiday calendar covers.
 */
export const TEST_NOW = '2026-11-18T10:00:00+08:00';
