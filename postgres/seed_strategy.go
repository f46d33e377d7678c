package postgres

import (
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// The demo's agreement and strategy (seeds/004): the signed Lichtenberg agreement with its eight
// commitments and the measures that fulfil them, the mission statement, a goal tree derived from
// the agreement's aims, the six joint workstreams with leads, milestones, status reports and
// tasks, and KPIs with two years of measurements. The gaps are deliberate, for the coverage
// view: goal 4.2 has no measure, the Neues Urbanes Zentrum has no KPI, tourism is led by the WKHL
// alone, two goals have no priority. The retreats link themselves (seed_retreat.go). IDs: agreement
// …0d01, commitments …0d1x, fulfilments …0d2x, goals …0d4x (top) and …0d5x–…0d8x (sub),
// workstreams …0e0x, milestones …0e1x–…0e2x, status reports …0e4x, tasks …0e8x, KPIs …0f0x,
// measurements …0f1x–…0f7x.
const (
	demoAgreementID = "6b00c0de-0000-4000-8000-000000000d01"

	demoGoalEconomyID = "6b00c0de-0000-4000-8000-000000000d41"
	// demoGoalFamilyWorkID is goal 4.2, deliberately without any measure.
	demoGoalFamilyWorkID = "6b00c0de-0000-4000-8000-000000000d82"

	demoWsLandID       = "6b00c0de-0000-4000-8000-000000000e01"
	demoWsCentresID    = "6b00c0de-0000-4000-8000-000000000e02"
	demoWsSkillsID     = "6b00c0de-0000-4000-8000-000000000e03"
	demoWsCareersID    = "6b00c0de-0000-4000-8000-000000000e04"
	demoWsNUZID        = "6b00c0de-0000-4000-8000-000000000e05"
	demoWsTourismID    = "6b00c0de-0000-4000-8000-000000000e06"
	demoDinnerSeriesID = "6b00c0de-0000-4000-8000-000000000204"
)

func demoID(suffix string) string { return "6b00c0de-0000-4000-8000-000000000" + suffix }

const demoMissionStatement = "Lichtenberg – gemeinsam Zukunft gestalten: ein familienfreundlicher Bezirk und ein starker Wirtschaftsstandort. " +
	"Bezirksamt und Wirtschaftskreis entwickeln das wirtschaftliche, gesellschaftliche, soziale und kulturelle Leben im Bezirk gemeinsam weiter."

const demoAgreementBody = "Das Bezirksamt Lichtenberg und der Wirtschaftskreis Hohenschönhausen-Lichtenberg e. V. vereinbaren, " +
	"das wirtschaftliche, gesellschaftliche, kulturelle und soziale Leben in Lichtenberg weiterzuentwickeln, zu fördern und die " +
	"Zukunft des familienfreundlichen Bezirks und Wirtschaftsstandorts gemeinsam zu gestalten. Sie führen das Wirtschaftsdinner " +
	"Lichtenberg, den Lichtenberger Kultursalon und den Neujahrsempfang gemeinsam fort und loben weiterhin den Preis „Lichtenberger " +
	"Unternehmen des Jahres“ aus, dessen Inhalt sie miteinander abstimmen. Wirtschaftskreis und bezirkliche Wirtschaftsförderung " +
	"veranstalten eine Investitionsmesse über öffentliche und private Maßnahmen; geplant ist ein Fachtag „Frauen in Führungspositionen“. " +
	"Bei Projekten der Wirtschaftsförderung und Stadtplanung – der Vermarktung landeseigener Gewerbeflächen, der nachhaltigen " +
	"Entwicklung der Einkaufscenter, der Fachkräftesicherung, der Berufs- und Studienorientierung und dem geplanten Neuen Urbanen " +
	"Zentrum Hohenschönhausen – arbeiten beide Partner eng zusammen; gemeinsam stärken sie die touristische Infrastruktur und das " +
	"Tourismusmarketing. Bezirksamt und Vorstand des Wirtschaftskreises gehen einmal pro Jahr in Klausur, um Themen, Schwerpunkte " +
	"und Veranstaltungen des folgenden Jahres zu planen. Die Vereinbarung gilt bis zum Ende der Legislaturperiode 2026."

var demoCommitments = []struct {
	id, title, description string
	recurring              bool
}{
	{demoID("d11"), "Wirtschaftsdinner Lichtenberg gemeinsam fortführen", "Einmal im Jahr laden Bezirksamt und Wirtschaftskreis Unternehmen, Verwaltung und Landespolitik zum Wirtschaftsdinner ein.", true},
	{demoID("d12"), "Lichtenberger Kultursalon gemeinsam fortführen", "Der Kultursalon bringt Unternehmen und Kulturschaffende aus Lichtenberg zusammen.", true},
	{demoID("d13"), "Neujahrsempfang gemeinsam fortführen", "Gemeinsamer Empfang zum Jahresbeginn für Wirtschaft, Verwaltung und Politik.", true},
	{demoID("d14"), "Preis „Lichtenberger Unternehmen des Jahres“ ausloben", "Der Preis wird jedes Jahr ausgelobt; Kriterien und Inhalt stimmen die Partner ab.", true},
	{demoID("d15"), "Investitionsmesse über öffentliche und private Maßnahmen veranstalten", "Wirtschaftskreis und bezirkliche Wirtschaftsförderung stellen öffentliche und private Investitionsvorhaben im Bezirk vor.", false},
	{demoID("d16"), "Fachtag „Frauen in Führungspositionen“ durchführen", "Ein Fachtag mit Impulsen und Vernetzung für Unternehmerinnen und weibliche Führungskräfte.", false},
	{demoID("d17"), "Einmal pro Jahr in Klausur gehen", "Bezirksamt und Vorstand des Wirtschaftskreises planen in einer Klausur Themen, Schwerpunkte und Veranstaltungen des folgenden Jahres.", true},
	{demoID("d18"), "Enger zusammenarbeiten bei Projekten der Wirtschaftsförderung und Stadtplanung", "Gemeinsame Projekte von Wirtschaftsförderung, Stadtplanung und Wirtschaftskreis, etwa Gewerbeflächen, Einkaufscenter, Fachkräfte und Berufsorientierung.", true},
}

// demoFulfilments link the commitments to the measures of the demo; the retreats (…0d17) are
// linked by seedRetreats.
var demoFulfilments = []struct {
	id, commitment string
	year           int
	event, cycle   string
	workstream     string
}{
	{demoID("d21"), demoID("d11"), 2026, demoID("304"), "", ""},
	{demoID("d22"), demoID("d12"), 2026, demoID("303"), "", ""},
	{demoID("d23"), demoID("d13"), 2026, demoNeujahr2026ID, "", ""},
	{demoID("d24"), demoID("d14"), 2025, "", demoAwardCycle2025ID, ""},
	{demoID("d25"), demoID("d14"), 2026, "", demoAwardCycle2026ID, ""},
	{demoID("d26"), demoID("d15"), 2026, demoID("305"), "", ""},
	{demoID("d27"), demoID("d16"), 2026, demoID("302"), "", ""},
	{demoID("d28"), demoID("d18"), 2025, "", "", demoWsSkillsID},
	{demoID("d29"), demoID("d18"), 2026, "", "", demoWsSkillsID},
	{demoID("d2a"), demoID("d18"), 2025, "", "", demoWsCareersID},
	{demoID("d2b"), demoID("d18"), 2026, "", "", demoWsCareersID},
}

// demoGoals in tree order: parents before their sub-goals; codes follow from the positions.
var demoGoals = []struct {
	id, parent         string
	position           int
	title, description string
	priority           string // "" = not prioritised
}{
	{demoGoalEconomyID, "", 1, "Wirtschaftsstandort Lichtenberg stärken", "Lichtenberg ist ein attraktiver und wettbewerbsfähiger Wirtschaftsstandort mit einer starken, breit gefächerten Unternehmensstruktur.", "HIGH"},
	{demoID("d51"), demoGoalEconomyID, 1, "Gewerbeflächen sichern und vermarkten", "Landeseigene Gewerbeflächen werden an produzierendes Gewerbe und Handwerk vergeben statt umgewidmet.", "HIGH"},
	{demoID("d52"), demoGoalEconomyID, 2, "Fachkräfte gewinnen und halten", "Lichtenberger Unternehmen finden die Fachkräfte und Auszubildenden, die sie brauchen.", "HIGH"},
	{demoID("d53"), demoGoalEconomyID, 3, "Einzelhandel und Zentren entwickeln", "Einkaufscenter und Stadtteilzentren bleiben lebendig und versorgen die Nachbarschaft.", "MEDIUM"},
	{demoID("d54"), demoGoalEconomyID, 4, "Tourismuswirtschaft stärken", "Kleine und mittlere Tourismusbetriebe profitieren von besserer Infrastruktur und gemeinsamem Marketing.", ""},
	{demoID("d42"), "", 2, "Gesellschaftliches und soziales Leben fördern", "Wirtschaft, Verwaltung und Zivilgesellschaft übernehmen gemeinsam Verantwortung für den Bezirk.", "MEDIUM"},
	{demoID("d61"), demoID("d42"), 1, "Frauen in Führung stärken", "Mehr Frauen gründen Unternehmen und übernehmen Führungsverantwortung in Lichtenberg.", "MEDIUM"},
	{demoID("d62"), demoID("d42"), 2, "Wirtschaft, Verwaltung und Politik im Bezirk vernetzen", "Unternehmen finden im Bezirksamt Ansprechpartner und kennen einander.", "LOW"},
	{demoID("d43"), "", 3, "Kulturelles Leben bereichern", "Lichtenberg bietet ein vielfältiges kulturelles Leben, das Wirtschaft und Kultur verbindet.", "MEDIUM"},
	{demoID("d71"), demoID("d43"), 1, "Kultur und Wirtschaft vernetzen", "Unternehmen unterstützen Kulturschaffende im Bezirk und Kultur wird zum Standortfaktor.", "MEDIUM"},
	{demoID("d72"), demoID("d43"), 2, "Kulturelle Angebote für Gäste sichtbar machen", "Museen, Gedenkorte und Veranstaltungen im Bezirk werden Gästen und Einwohnern bekannter.", ""},
	{demoID("d44"), "", 4, "Familienfreundlichen Bezirk gestalten", "Lichtenberg ist ein Bezirk, in dem Familien gut leben, lernen und arbeiten.", "HIGH"},
	{demoID("d81"), demoID("d44"), 1, "Berufs- und Studienorientierung verbessern", "Junge Menschen lernen die Betriebe im Bezirk früh kennen und finden hier Ausbildung und Studium.", "HIGH"},
	{demoGoalFamilyWorkID, demoID("d44"), 2, "Vereinbarkeit von Familie und Beruf in Unternehmen fördern", "Lichtenberger Unternehmen bieten familienfreundliche Arbeitszeiten und Unterstützung bei der Kinderbetreuung.", "MEDIUM"},
	{demoID("d83"), demoID("d44"), 3, "Wohnortnahe Versorgung in lebendigen Quartierszentren sichern", "Einkaufen, Dienstleistungen und Treffpunkte sind für Familien in jedem Ortsteil gut erreichbar.", "LOW"},
}

type demoWorkstream struct {
	id, title, description, status, priority string
	starts, ends                             string
	leads                                    []string // demo user emails
	goals                                    []string
	milestones                               []demoMilestone
	reports                                  []demoReport
}

// demoMilestone: done "" = not done.
type demoMilestone struct{ id, title, due, done string }

type demoReport struct {
	id, status, summary, author string
	at                          time.Time
}

func demoAt(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 10, 0, 0, 0, koop.Berlin)
}

var demoWorkstreams = []demoWorkstream{
	{demoWsLandID, "Vermarktung landeseigener Gewerbeflächen",
		"Bezirkliche Wirtschaftsförderung und Wirtschaftskreis vermarkten die landeseigenen Gewerbeflächen im Bezirk gemeinsam, vor allem an produzierendes Gewerbe und Handwerk aus Lichtenberg.",
		"ON_TRACK", "HIGH", "2022-03-01", "2027-12-31",
		[]string{"coordinator@koop.test", "coordinator.wkhl@koop.test"}, []string{demoID("d51")},
		[]demoMilestone{
			{demoID("e11"), "Flächenkataster der landeseigenen Gewerbeflächen erstellt", "2022-12-31", "2022-11-28"},
			{demoID("e12"), "Exposés für die Flächen an der Herzbergstraße veröffentlicht", "2025-06-30", "2025-06-12"},
			{demoID("e13"), "Fläche an der Landsberger Allee an produzierendes Gewerbe vergeben", "2027-03-31", ""},
		},
		[]demoReport{
			{demoID("e41"), "ON_TRACK", "Zwei Flächen an der Herzbergstraße sind vergeben, die Exposés liegen vor. Der Wirtschaftskreis hat drei Interessenten aus dem Handwerk vermittelt.", "coordinator@koop.test", demoAt(2025, time.June, 20)},
			{demoID("e42"), "ON_TRACK", "9,6 ha sind vermarktet. Für die Fläche an der Landsberger Allee läuft das Interessenbekundungsverfahren.", "coordinator@koop.test", demoAt(2026, time.October, 1)},
		}},
	{demoWsCentresID, "Nachhaltige Entwicklung der Einkaufscenter",
		"Gemeinsam mit den Centermanagements entwickeln Bezirksamt und Wirtschaftskreis die Einkaufscenter im Bezirk zu Orten mit Handel, Dienstleistung, Gastronomie und Nachbarschaftsangeboten weiter.",
		"AT_RISK", "MEDIUM", "2022-06-01", "2026-12-31",
		[]string{"coordinator.wkhl@koop.test", "admin@koop.test"}, []string{demoID("d53")},
		[]demoMilestone{
			{demoID("e14"), "Bestandsanalyse der Einkaufscenter abgeschlossen", "2023-03-31", "2023-04-18"},
			{demoID("e15"), "Runder Tisch mit den Centermanagements eingerichtet", "2024-06-30", "2024-05-14"},
			{demoID("e16"), "Zwischennutzungskonzept für leerstehende Ladenflächen beschlossen", "2026-12-15", ""},
		},
		[]demoReport{
			{demoID("e43"), "ON_TRACK", "Der Runde Tisch tagt vierteljährlich; zwei Center haben Ladenflächen für Zwischennutzungen geöffnet.", "coordinator.wkhl@koop.test", demoAt(2025, time.July, 10)},
			{demoID("e44"), "AT_RISK", "Die Leerstandsquote sinkt langsamer als geplant. Ein Centerbetreiber hat den Runden Tisch verlassen; das Zwischennutzungskonzept verzögert sich.", "coordinator.wkhl@koop.test", demoAt(2026, time.September, 15)},
		}},
	{demoWsSkillsID, "Fachkräftesicherung",
		"Ein Ausbildungsverbund Lichtenberger Unternehmen, ein gemeinsames Fachkräfteportal und ein Willkommensprogramm für internationale Fachkräfte sichern den Fachkräftebedarf der Betriebe im Bezirk.",
		"ON_TRACK", "HIGH", "2022-01-01", "2028-12-31",
		[]string{"coordinator@koop.test", "member@koop.test"}, []string{demoID("d52")},
		[]demoMilestone{
			{demoID("e17"), "Ausbildungsverbund Lichtenberg gegründet", "2023-06-30", "2023-06-01"},
			{demoID("e18"), "Fachkräfteportal online", "2025-03-31", "2025-04-10"},
			{demoID("e19"), "Willkommensprogramm für internationale Fachkräfte gestartet", "2027-03-31", ""},
		},
		[]demoReport{
			{demoID("e45"), "ON_TRACK", "36 Unternehmen machen im Ausbildungsverbund mit, das Fachkräfteportal hat 1.200 Besuche im Monat. Das Willkommensprogramm wird mit dem Jobcenter abgestimmt.", "coordinator@koop.test", demoAt(2026, time.November, 3)},
		}},
	{demoWsCareersID, "Berufs- und Studienorientierung",
		"Lichtenberger Unternehmen stellen sich an den Oberschulen vor, bieten Praktika an und begleiten Schülerinnen und Schüler bei der Berufswahl.",
		"DONE", "MEDIUM", "2022-09-01", "2026-06-30",
		[]string{"admin@koop.test", "member@koop.test"}, []string{demoID("d81"), demoID("d52")},
		[]demoMilestone{
			{demoID("e1a"), "Berufsorientierungstage an allen Oberschulen eingeführt", "2023-09-30", "2023-09-15"},
			{demoID("e1b"), "Praktikumsbörse der Lichtenberger Unternehmen gestartet", "2024-03-31", "2024-03-04"},
			{demoID("e1c"), "Abschlussbericht vorgelegt", "2026-06-30", "2026-06-22"},
		},
		[]demoReport{
			{demoID("e46"), "ON_TRACK", "281 Praktika wurden 2025 vermittelt; alle Oberschulen nehmen an den Berufsorientierungstagen teil.", "coordinator@koop.test", demoAt(2025, time.December, 5)},
			{demoID("e47"), "DONE", "Ziel erreicht: 317 vermittelte Praktika. Die Praktikumsbörse läuft im Ausbildungsverbund der Fachkräftesicherung weiter.", "coordinator.wkhl@koop.test", demoAt(2026, time.July, 3)},
		}},
	{demoWsNUZID, "Neues Urbanes Zentrum Hohenschönhausen",
		"Rund um den Prerower Platz soll ein neues urbanes Zentrum mit Handel, Arbeit, Kultur und Wohnen entstehen; der Wirtschaftskreis bringt die Gewerbetreibenden in die Planung ein.",
		"PROPOSED", "", "2024-04-01", "2028-12-31",
		[]string{"coordinator@koop.test", "coordinator.wkhl@koop.test"}, []string{demoID("d53"), demoID("d83")},
		[]demoMilestone{
			{demoID("e1d"), "Machbarkeitsstudie beauftragt", "2025-06-30", "2025-05-20"},
			{demoID("e1e"), "Beteiligungswerkstatt mit den Gewerbetreibenden durchgeführt", "2026-10-15", ""},
		},
		[]demoReport{
			{demoID("e48"), "PROPOSED", "Die Machbarkeitsstudie liegt vor. Über Priorität und Budget soll die nächste Klausur entscheiden.", "coordinator@koop.test", demoAt(2026, time.February, 12)},
		}},
	{demoWsTourismID, "Touristische Infrastruktur und Tourismusmarketing",
		"Ein Tourismusnetzwerk kleiner und mittlerer Betriebe, gemeinsames Marketing und bessere Wegeleitung zu Tierpark, Gedenkstätten und Museen stärken die Tourismuswirtschaft im Bezirk.",
		"OFF_TRACK", "LOW", "2023-01-01", "2027-12-31",
		[]string{"coordinator.wkhl@koop.test", "member@koop.test"}, []string{demoID("d54"), demoID("d72")},
		[]demoMilestone{
			{demoID("e1f"), "Tourismuskonzept Lichtenberg abgestimmt", "2024-06-30", "2024-09-02"},
			{demoID("e20"), "Netzwerk der Gästeführerinnen und Gästeführer aufgebaut", "2027-06-30", ""},
		},
		[]demoReport{
			{demoID("e49"), "AT_RISK", "Das Tourismusnetzwerk wächst langsamer als erwartet. Im Bezirksamt fehlt seit dem Frühjahr eine Ansprechperson.", "coordinator.wkhl@koop.test", demoAt(2025, time.May, 8)},
			{demoID("e4a"), "OFF_TRACK", "Ohne Ansprechperson im Bezirksamt ruht die Wegeleitung; der Wirtschaftskreis führt das Netzwerk allein weiter. Thema für die nächste Klausur.", "coordinator.wkhl@koop.test", demoAt(2026, time.August, 27)},
		}},
}

// demoWorkstreamTasks belong to owner partners and nobody in particular, so that no demo user's
// task list changes.
var demoWorkstreamTasks = []struct{ id, workstream, title, due, owner string }{
	{demoID("e81"), demoWsLandID, "Exposé für die Fläche an der Landsberger Allee aktualisieren", "2026-12-10", demoBAPartnerID},
	{demoID("e82"), demoWsCentresID, "Centermanagements zum Runden Tisch im Januar einladen", "2026-12-18", demoWKHLPartnerID},
	{demoID("e83"), demoWsNUZID, "Neuen Termin für die Beteiligungswerkstatt festlegen", "2026-12-04", demoBAPartnerID},
}

// demoEventSeriesGoals: the event series as measures of the goals.
var demoEventSeriesGoals = []struct{ series, goal string }{
	{demoID("201"), demoID("d62")}, // Neujahrsempfang
	{demoID("202"), demoID("d61")}, // Fachtag „Frauen in Führungspositionen“
	{demoID("203"), demoID("d71")}, // Kultursalon
	{demoDinnerSeriesID, demoGoalEconomyID},
	{demoDinnerSeriesID, demoID("d62")},
	{demoID("205"), demoID("d51")}, // Investitionsmesse
}

type demoMeasurement struct {
	id, on string
	value  float64
	note   string
}

// demoKpis: on track (land, jobs, skills), achieved (careers), behind (centres, tourism); the
// Neues Urbanes Zentrum has none.
var demoKpis = []struct {
	id, goal, workstream, series, name, unit string
	baseline                                 float64
	baselineOn                               string
	target                                   float64
	targetOn                                 string // "" = none
	direction                                string
	recordedBy                               string
	measurements                             []demoMeasurement
}{
	{demoID("f01"), "", demoWsLandID, "", "Vermarktete Gewerbefläche", "ha", 0, "2022-03-01", 12, "2027-12-31", "HIGHER_IS_BETTER", "coordinator@koop.test", []demoMeasurement{
		{demoID("f11"), "2025-03-31", 5.2, ""}, {demoID("f12"), "2025-09-30", 6.8, "Zwei Flächen an der Herzbergstraße vergeben."},
		{demoID("f13"), "2026-03-31", 8.1, ""}, {demoID("f14"), "2026-09-30", 9.6, ""},
	}},
	{demoID("f02"), "", demoWsCentresID, "", "Leerstandsquote in den Einkaufscentern", "%", 14.5, "2022-06-01", 8, "2026-12-31", "LOWER_IS_BETTER", "coordinator.wkhl@koop.test", []demoMeasurement{
		{demoID("f21"), "2025-01-31", 12.9, ""}, {demoID("f22"), "2025-07-31", 12.4, ""},
		{demoID("f23"), "2026-01-31", 12.1, "Auszug eines Elektronikmarkts im Linden-Center."}, {demoID("f24"), "2026-07-31", 11.8, ""},
	}},
	{demoID("f03"), "", demoWsSkillsID, "", "Teilnehmende Unternehmen am Ausbildungsverbund", "Unternehmen", 8, "2023-01-01", 40, "2027-12-31", "HIGHER_IS_BETTER", "member@koop.test", []demoMeasurement{
		{demoID("f31"), "2025-02-28", 21, ""}, {demoID("f32"), "2025-09-30", 27, ""},
		{demoID("f33"), "2026-03-31", 31, ""}, {demoID("f34"), "2026-10-31", 36, ""},
	}},
	{demoID("f04"), "", demoWsCareersID, "", "Vermittelte Schülerpraktika", "Praktika", 120, "2022-09-01", 300, "2026-06-30", "HIGHER_IS_BETTER", "member@koop.test", []demoMeasurement{
		{demoID("f41"), "2025-06-30", 240, "Schuljahr 2024/25"}, {demoID("f42"), "2025-12-31", 281, "Kalenderjahr 2025"},
		{demoID("f43"), "2026-06-30", 317, "Schuljahr 2025/26"},
	}},
	{demoID("f05"), "", demoWsTourismID, "", "Betriebe im Tourismusnetzwerk", "Betriebe", 12, "2023-01-01", 40, "2027-12-31", "HIGHER_IS_BETTER", "coordinator.wkhl@koop.test", []demoMeasurement{
		{demoID("f51"), "2025-03-31", 19, ""}, {demoID("f52"), "2025-09-30", 20, ""},
		{demoID("f53"), "2026-03-31", 21, ""}, {demoID("f54"), "2026-09-30", 21, ""},
	}},
	{demoID("f06"), demoGoalEconomyID, "", "", "Sozialversicherungspflichtig Beschäftigte im Bezirk", "Personen", 98500, "2021-06-30", 106000, "2026-12-31", "HIGHER_IS_BETTER", "coordinator@koop.test", []demoMeasurement{
		{demoID("f61"), "2025-03-31", 103100, "Bundesagentur für Arbeit, Arbeitsort Lichtenberg"}, {demoID("f62"), "2025-06-30", 103400, ""},
		{demoID("f63"), "2025-12-31", 104300, ""}, {demoID("f64"), "2026-06-30", 105600, ""},
	}},
	{demoID("f07"), "", "", demoDinnerSeriesID, "Teilnehmende Unternehmen", "Unternehmen", 60, "2022-09-30", 90, "", "HIGHER_IS_BETTER", "coordinator@koop.test", []demoMeasurement{
		{demoID("f71"), "2025-09-18", 78, "Wirtschaftsdinner 2025"}, {demoID("f72"), "2026-09-17", 84, "Wirtschaftsdinner 2026"},
	}},
}

// seedStrategy adds the demo agreement, goals, workstreams and KPIs where missing. Every row has
// a fixed ID and is inserted with ON CONFLICT DO NOTHING. Only the agreement's creation is
// audited, which keeps the demo's audit log within one page (koop.MaxLimit).
func (tx *Tx) seedStrategy(coop string) error {
	if err := tx.seedAgreement(coop); err != nil {
		return err
	}
	if err := tx.exec(`INSERT INTO strategies (cooperation_id, mission_statement, updated_at) VALUES ($1, $2, $3)
		ON CONFLICT (cooperation_id) DO NOTHING`, coop, demoMissionStatement, tx.Now); err != nil {
		return err
	}
	for _, g := range demoGoals {
		if err := tx.exec(`INSERT INTO goals (id, cooperation_id, parent_id, position, title, description, priority, created_at, updated_at)
			VALUES ($1, $2, NULLIF($3, '')::uuid, $4, $5, $6, NULLIF($7, ''), $8, $8) ON CONFLICT DO NOTHING`,
			g.id, coop, g.parent, g.position, g.title, g.description, g.priority, tx.Now); err != nil {
			return err
		}
	}
	for _, w := range demoWorkstreams {
		if err := tx.seedWorkstream(coop, w); err != nil {
			return err
		}
	}
	for _, l := range demoEventSeriesGoals {
		if err := tx.exec(`INSERT INTO event_series_goals (series_id, goal_id, cooperation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
			l.series, l.goal, coop); err != nil {
			return err
		}
	}
	for _, k := range demoKpis {
		if err := tx.exec(`INSERT INTO kpis (id, cooperation_id, goal_id, workstream_id, series_id, name, unit,
			baseline, baseline_on, target, target_on, direction, created_at, updated_at)
			SELECT $1, $2, NULLIF($3, '')::uuid, NULLIF($4, '')::uuid, NULLIF($5, '')::uuid, $6, $7, $8, $9::date, $10, NULLIF($11, '')::date, $12, $13, $13
			WHERE $4 = '' OR EXISTS (SELECT 1 FROM workstreams WHERE id::text = $4)
			ON CONFLICT DO NOTHING`,
			k.id, coop, k.goal, k.workstream, k.series, k.name, k.unit, k.baseline, k.baselineOn, k.target, k.targetOn, k.direction, tx.Now); err != nil {
			return err
		}
		for _, m := range k.measurements {
			if err := tx.exec(`INSERT INTO measurements (id, cooperation_id, kpi_id, measured_on, value, note, recorded_by, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, (SELECT id FROM users WHERE email = $7), $8, $8) ON CONFLICT DO NOTHING`,
				m.id, coop, k.id, m.on, m.value, m.note, k.recordedBy, tx.Now); err != nil {
				return err
			}
		}
	}
	// Fulfilments last: they point at the workstreams.
	for _, f := range demoFulfilments {
		if err := tx.exec(`INSERT INTO commitment_fulfilments (id, cooperation_id, commitment_id, year, event_id, award_cycle_id, workstream_id, created_at)
			SELECT $1, $2, $3, $4, NULLIF($5, '')::uuid, NULLIF($6, '')::uuid, NULLIF($7, '')::uuid, $8
			WHERE EXISTS (SELECT 1 FROM commitments WHERE id = $3)
				AND ($7 = '' OR EXISTS (SELECT 1 FROM workstreams WHERE id::text = $7))
			ON CONFLICT DO NOTHING`,
			f.id, coop, f.commitment, f.year, f.event, f.cycle, f.workstream, tx.Now); err != nil {
			return err
		}
	}
	return nil
}

// seedAgreement adds the signed Lichtenberg agreement with its parties and commitments. Should
// another signed agreement already cover its years, it is left out.
func (tx *Tx) seedAgreement(coop string) error {
	created, err := tx.seedRow(`INSERT INTO agreements (id, cooperation_id, title, body, valid_from, valid_until,
		status, signed_at, signed_by, created_at, updated_at)
		VALUES ($1, $2, $3, $4, '2022-01-01', '2026-12-31', 'SIGNED', $5, (SELECT id FROM users WHERE email = 'admin@koop.test'), $6, $6)
		ON CONFLICT DO NOTHING`,
		demoAgreementID, coop, "Kooperationsvereinbarung Bezirksamt Lichtenberg – Wirtschaftskreis Hohenschönhausen-Lichtenberg",
		demoAgreementBody, time.Date(2022, time.January, 13, 12, 0, 0, 0, koop.Berlin), tx.Now)
	if err != nil {
		return err
	}
	if created {
		if err := tx.audit(&coop, "agreement.create", "Agreement", demoAgreementID, nil); err != nil {
			return err
		}
	}
	var exists bool
	if err := tx.get(&exists, `SELECT EXISTS (SELECT 1 FROM agreements WHERE id = $1)`, demoAgreementID); err != nil || !exists {
		return err
	}
	parties := []struct {
		partner, signatory string
		position           int
	}{
		{demoBAPartnerID, "Martin Schaefer, Bezirksbürgermeister", 1},
		{demoWKHLPartnerID, "Karsten Dietrich, Vorstandsvorsitzender", 2},
	}
	for _, p := range parties {
		if err := tx.exec(`INSERT INTO agreement_parties (agreement_id, partner_id, cooperation_id, signatory, signed_on, position)
			VALUES ($1, $2, $3, $4, '2022-01-13', $5) ON CONFLICT DO NOTHING`, demoAgreementID, p.partner, coop, p.signatory, p.position); err != nil {
			return err
		}
	}
	for i, c := range demoCommitments {
		if err := tx.exec(`INSERT INTO commitments (id, cooperation_id, agreement_id, position, title, description, recurring, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT DO NOTHING`,
			c.id, coop, demoAgreementID, i+1, c.title, c.description, c.recurring, tx.Now); err != nil {
			return err
		}
	}
	return nil
}

// seedWorkstream adds a demo workstream with its leads, goals, milestones, status reports and
// tasks.
func (tx *Tx) seedWorkstream(coop string, w demoWorkstream) error {
	if err := tx.exec(`INSERT INTO workstreams (id, cooperation_id, title, description, status, priority,
		starts_on, ends_on, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, NULLIF($6, ''), $7, $8, $9, $9) ON CONFLICT DO NOTHING`,
		w.id, coop, w.title, w.description, w.status, w.priority, w.starts, w.ends, tx.Now); err != nil {
		return err
	}
	var exists bool
	if err := tx.get(&exists, `SELECT EXISTS (SELECT 1 FROM workstreams WHERE id = $1)`, w.id); err != nil || !exists {
		return err
	}
	if err := tx.exec(`INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id)
		SELECT $1, m.id, m.cooperation_id FROM memberships m JOIN users u ON u.id = m.user_id
		WHERE m.cooperation_id = $2 AND u.email = ANY($3) ON CONFLICT DO NOTHING`, w.id, coop, pq.Array(w.leads)); err != nil {
		return err
	}
	for _, g := range w.goals {
		if err := tx.exec(`INSERT INTO workstream_goals (workstream_id, goal_id, cooperation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
			w.id, g, coop); err != nil {
			return err
		}
	}
	for _, m := range w.milestones {
		if err := tx.exec(`INSERT INTO milestones (id, cooperation_id, workstream_id, title, due_on, done_on, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, NULLIF($6, '')::date, $7, $7) ON CONFLICT DO NOTHING`,
			m.id, coop, w.id, m.title, m.due, m.done, tx.Now); err != nil {
			return err
		}
	}
	for _, r := range w.reports {
		if err := tx.exec(`INSERT INTO status_reports (id, cooperation_id, workstream_id, status, summary, author_id, created_at)
			VALUES ($1, $2, $3, $4, $5, (SELECT id FROM users WHERE email = $6), $7) ON CONFLICT DO NOTHING`,
			r.id, coop, w.id, r.status, r.summary, r.author, r.at); err != nil {
			return err
		}
	}
	for _, t := range demoWorkstreamTasks {
		if t.workstream != w.id {
			continue
		}
		if err := tx.exec(`INSERT INTO tasks (id, cooperation_id, workstream_id, title, due_on, owner_partner_id, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT DO NOTHING`,
			t.id, coop, w.id, t.title, t.due, t.owner, tx.Now); err != nil {
			return err
		}
	}
	return nil
}
