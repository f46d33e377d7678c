/** The printable guest list of an event (params: cooperationId, eventId). */
export const printGuestsPath = '/c/$cooperationId/events/$eventId/print/guests';

/** The printable name badges of an event (params: cooperationId, eventId). */
export const printBadgesPath = '/c/$cooperationId/events/$eventId/print/badges';
