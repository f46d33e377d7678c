package koop

// MailJurorReminder reminds a juror who has not yet submitted the ballot that the vote of a
// cycle closes soon (data: name, cycle, deadline in German, deadline_en in English, link to the
// ballot).
const MailJurorReminder MailTemplate = "juror_reminder"
