import dayjs from 'dayjs';
import 'dayjs/locale/de';
import 'dayjs/locale/en';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import deAdmin from '../locales/de/admin.json';
import deAuth from '../locales/de/auth.json';
import deBudget from '../locales/de/budget.json';
import deDiscussion from '../locales/de/discussion.json';
import deGuests from '../locales/de/guests.json';
import deContacts from '../locales/de/contacts.json';
import deCommon from '../locales/de/common.json';
import deCooperation from '../locales/de/cooperation.json';
import deEvents from '../locales/de/events.json';
import deProfile from '../locales/de/profile.json';
import deSystem from '../locales/de/system.json';
import deLegal from '../locales/de/legal.json';
import deCalendar from '../locales/de/calendar.json';
import deRsvp from '../locales/de/rsvp.json';
import deAward from '../locales/de/award.json';
import deNomination from '../locales/de/nomination.json';
import deJury from '../locales/de/jury.json';
import deKpi from '../locales/de/kpi.json';
import deWorkstreams from '../locales/de/workstreams.json';
import deGoals from '../locales/de/goals.json';
import deAgreements from '../locales/de/agreements.json';
import deRetreat from '../locales/de/retreat.json';
import deRetreatLive from '../locales/de/retreatLive.json';
import deDashboard from '../locales/de/dashboard.json';
import deSearch from '../locales/de/search.json';
import deReport from '../locales/de/report.json';
import dePrivacy from '../locales/de/privacy.json';
import enAdmin from '../locales/en/admin.json';
import enAuth from '../locales/en/auth.json';
import enBudget from '../locales/en/budget.json';
import enDiscussion from '../locales/en/discussion.json';
import enGuests from '../locales/en/guests.json';
import enContacts from '../locales/en/contacts.json';
import enCommon from '../locales/en/common.json';
import enCooperation from '../locales/en/cooperation.json';
import enEvents from '../locales/en/events.json';
import enProfile from '../locales/en/profile.json';
import enSystem from '../locales/en/system.json';
import enLegal from '../locales/en/legal.json';
import enCalendar from '../locales/en/calendar.json';
import enRsvp from '../locales/en/rsvp.json';
import enAward from '../locales/en/award.json';
import enNomination from '../locales/en/nomination.json';
import enJury from '../locales/en/jury.json';
import enKpi from '../locales/en/kpi.json';
import enWorkstreams from '../locales/en/workstreams.json';
import enGoals from '../locales/en/goals.json';
import enAgreements from '../locales/en/agreements.json';
import enRetreat from '../locales/en/retreat.json';
import enRetreatLive from '../locales/en/retreatLive.json';
import enDashboard from '../locales/en/dashboard.json';
import enSearch from '../locales/en/search.json';
import enReport from '../locales/en/report.json';
import enPrivacy from '../locales/en/privacy.json';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The languages of the UI, German first. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'koop-language';

export const resources = {
  de: {
    common: deCommon,
    auth: deAuth,
    cooperation: deCooperation,
    events: deEvents,
    budget: deBudget,
    discussion: deDiscussion,
    guests: deGuests,
    contacts: deContacts,
    admin: deAdmin,
    profile: deProfile,
    system: deSystem,
    legal: deLegal,
    calendar: deCalendar,
    rsvp: deRsvp,
    award: deAward,
    nomination: deNomination,
    jury: deJury,
    kpi: deKpi,
    workstreams: deWorkstreams,
    goals: deGoals,
    agreements: deAgreements,
    retreat: deRetreat,
    retreatLive: deRetreatLive,
    dashboard: deDashboard,
    search: deSearch,
    report: deReport,
    privacy: dePrivacy,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    cooperation: enCooperation,
    events: enEvents,
    budget: enBudget,
    discussion: enDiscussion,
    guests: enGuests,
    contacts: enContacts,
    admin: enAdmin,
    profile: enProfile,
    system: enSystem,
    legal: enLegal,
    calendar: enCalendar,
    rsvp: enRsvp,
    award: enAward,
    nomination: enNomination,
    jury: enJury,
    kpi: enKpi,
    workstreams: enWorkstreams,
    goals: enGoals,
    agreements: enAgreements,
    retreat: enRetreat,
    retreatLive: enRetreatLive,
    dashboard: enDashboard,
    search: enSearch,
    report: enReport,
    privacy: enPrivacy,
  },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen last in this browser; German when none was chosen. */
export function storedLanguage(): Language {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : 'de';
  } catch {
    return 'de';
  }
}

function applyLanguage(lng: string): void {
  const language: Language = isLanguage(lng) ? lng : 'de';
  document.documentElement.lang = language;
  dayjs.locale(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

let initialised = false;

/** Initialises i18next once (German fallback); `<html lang>` and dayjs follow every change. */
export function initI18n(lng: Language = storedLanguage()): typeof i18n {
  if (initialised) return i18n;
  initialised = true;
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'de',
    supportedLngs: [...LANGUAGES],
    ns: ['common', 'auth', 'cooperation', 'events', 'budget', 'contacts', 'discussion', 'guests', 'admin', 'profile', 'system', 'legal', 'calendar', 'rsvp', 'award'],
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  i18n.on('languageChanged', applyLanguage);
  applyLanguage(lng);
  return i18n;
}

/** Switches the UI language (persisted in this browser). */
export async function setLanguage(lng: Language): Promise<void> {
  await i18n.changeLanguage(lng);
}

/** The current UI language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'de';
}

/** The API's Locale enum value for a UI language and back. */
export function toLocale(lng: Language): 'DE' | 'EN' {
  return lng === 'en' ? 'EN' : 'DE';
}

export function fromLocale(locale: 'DE' | 'EN'): Language {
  return locale === 'EN' ? 'en' : 'de';
}

export { i18n };
