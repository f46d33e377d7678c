package postgres

import (
	"fmt"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// The demo's contacts: fictional people of fictional Lichtenberg businesses (and of the two
// partners), with mixed legal bases, and two distribution lists. IDs are fixed — contacts
// 6b00c0de-0000-4000-8000-0000000004xx, lists …05xx — so that later demo data (invitations) can
// refer to them and seeding twice changes nothing.
var demoContactOrgs = []struct{ id, kind, name, short, street, postal string }{
	{"6b00c0de-0000-4000-8000-000000000481", "COMPANY", "Hohenschönhausener Metallbau GmbH", "HSH Metallbau", "Gehrenseestraße 40", "13053"},
	{"6b00c0de-0000-4000-8000-000000000482", "COMPANY", "Spreeküche Catering GmbH", "Spreeküche", "Josef-Orlopp-Straße 54", "10365"},
	{"6b00c0de-0000-4000-8000-000000000483", "COMPANY", "Rummelsburger Bucht Projektentwicklung GmbH", "RBP", "Hauptstraße 9", "10317"},
	{"6b00c0de-0000-4000-8000-000000000484", "COMPANY", "Steuerberatung Weber & Partner mbB", "Weber & Partner", "Treskowallee 80", "10318"},
	{"6b00c0de-0000-4000-8000-000000000485", "COMPANY", "Herzberg Logistik GmbH", "Herzberg Logistik", "Herzbergstraße 77", "10365"},
	{"6b00c0de-0000-4000-8000-000000000486", "COMPANY", "Hotel am Tierpark Friedrichsfelde GmbH", "Hotel am Tierpark", "Am Tierpark 60", "10319"},
	{"6b00c0de-0000-4000-8000-000000000487", "COMPANY", "Wohnungsgenossenschaft Lichtenberger Höfe eG", "WG Lichtenberger Höfe", "Frankfurter Allee 210", "10365"},
	{"6b00c0de-0000-4000-8000-000000000488", "COMPANY", "Elektro Wartenberg GmbH", "Elektro Wartenberg", "Wartenberger Straße 24", "13053"},
	{"6b00c0de-0000-4000-8000-000000000489", "COMPANY", "Druckhaus Frankfurter Allee GmbH", "Druckhaus FA", "Frankfurter Allee 180", "10365"},
	{"6b00c0de-0000-4000-8000-000000000490", "COMPANY", "Karlshorster Gesundheitszentrum GmbH", "KGZ", "Ehrenfelsstraße 12", "10318"},
	{"6b00c0de-0000-4000-8000-000000000491", "COMPANY", "Fennpfuhl Software GmbH", "Fennpfuhl Software", "Anton-Saefkow-Platz 3", "10369"},
	{"6b00c0de-0000-4000-8000-000000000492", "ASSOCIATION", "Unternehmerinnen-Netzwerk Ost e. V.", "UNO e. V.", "Möllendorffstraße 52", "10367"},
}

var demoContacts = []struct {
	n                                 int // 401–440
	salutation                        koop.Salutation
	title, first, last, function, org string
	email, phone                      string
	basis                             koop.LegalBasis
	consent                           string // YYYY-MM-DD with CONSENT
	note                              string
}{
	{1, koop.SalutationMs, "Dr.", "Katrin", "Schulz", "Geschäftsführerin", "481", "k.schulz@hsh-metallbau.example", "030 9876 1201", koop.LegalBasisConsent, "2025-01-14", "Stammgast Neujahrsempfang seit 2019"},
	{2, koop.SalutationMr, "", "Thomas", "Meier", "Prokurist", "481", "t.meier@hsh-metallbau.example", "030 9876 1202", koop.LegalBasisLegitimateInterest, "", ""},
	{3, koop.SalutationMs, "", "Sabine", "Krüger", "Inhaberin", "482", "sabine.krueger@spreekueche.example", "030 5512 3300", koop.LegalBasisConsent, "2024-11-02", "Catering-Partnerin des Neujahrsempfangs"},
	{4, koop.SalutationMr, "", "Jens", "Böttcher", "Küchenchef", "482", "jens.boettcher@spreekueche.example", "", koop.LegalBasisContract, "", ""},
	{5, koop.SalutationMr, "Dipl.-Ing.", "Frank", "Neumann", "Geschäftsführer", "483", "neumann@rummelsburg-projekt.example", "030 2244 9010", koop.LegalBasisLegitimateInterest, "", ""},
	{6, koop.SalutationMs, "", "Julia", "Hartmann", "Projektleiterin", "483", "hartmann@rummelsburg-projekt.example", "", koop.LegalBasisConsent, "2025-06-20", ""},
	{7, koop.SalutationMs, "", "Andrea", "Weber", "Steuerberaterin, Partnerin", "484", "a.weber@weber-partner.example", "030 5099 4400", koop.LegalBasisConsent, "2023-09-18", "Jurorin 2025"},
	{8, koop.SalutationMr, "", "Michael", "Weber", "Steuerberater, Partner", "484", "m.weber@weber-partner.example", "030 5099 4401", koop.LegalBasisConsent, "2023-09-18", ""},
	{9, koop.SalutationMr, "", "Dirk", "Lehmann", "Niederlassungsleiter", "485", "d.lehmann@herzberg-logistik.example", "030 5577 8000", koop.LegalBasisLegitimateInterest, "", ""},
	{10, koop.SalutationMs, "", "Nicole", "Franke", "Personalleiterin", "485", "n.franke@herzberg-logistik.example", "", koop.LegalBasisLegitimateInterest, "", "Interesse an Fachkräftesicherung"},
	{11, koop.SalutationMr, "", "Stefan", "Richter", "Direktor", "486", "richter@hotel-am-tierpark.example", "030 5160 0", koop.LegalBasisContract, "", "Veranstaltungsort Wirtschaftsdinner"},
	{12, koop.SalutationMs, "", "Melanie", "Koch", "Bankettleiterin", "486", "koch@hotel-am-tierpark.example", "030 5160 120", koop.LegalBasisContract, "", ""},
	{13, koop.SalutationMs, "", "Birgit", "Schröder", "Vorstand", "487", "b.schroeder@lichtenberger-hoefe.example", "030 9700 2000", koop.LegalBasisConsent, "2024-12-01", ""},
	{14, koop.SalutationMr, "", "Ralf", "Wolff", "Vorstand", "487", "r.wolff@lichtenberger-hoefe.example", "030 9700 2001", koop.LegalBasisLegitimateInterest, "", ""},
	{15, koop.SalutationMr, "", "Uwe", "Zimmermann", "Elektromeister, Inhaber", "488", "info@elektro-wartenberg.example", "030 9623 450", koop.LegalBasisConsent, "2022-01-19", ""},
	{16, koop.SalutationMs, "", "Claudia", "Braun", "Geschäftsführerin", "489", "c.braun@druckhaus-fa.example", "030 5558 7700", koop.LegalBasisConsent, "2025-02-03", "Druckt die Einladungen"},
	{17, koop.SalutationMr, "", "Tobias", "Schmitt", "Vertrieb", "489", "t.schmitt@druckhaus-fa.example", "", koop.LegalBasisLegitimateInterest, "", ""},
	{18, koop.SalutationMs, "Prof. Dr.", "Heike", "Vogel", "Ärztliche Direktorin", "490", "vogel@kgz-karlshorst.example", "030 5018 100", koop.LegalBasisConsent, "2025-03-11", ""},
	{19, koop.SalutationMr, "Dr.", "Martin", "Berger", "Kaufmännischer Leiter", "490", "berger@kgz-karlshorst.example", "", koop.LegalBasisLegitimateInterest, "", ""},
	{20, koop.SalutationNone, "", "Alex", "Schmidt", "Gründer", "491", "alex@fennpfuhl-software.example", "0151 2345 6789", koop.LegalBasisConsent, "2025-09-30", ""},
	{21, koop.SalutationDiverse, "", "Kim", "Nowak", "Entwicklung", "491", "kim.nowak@fennpfuhl-software.example", "", koop.LegalBasisConsent, "2025-09-30", ""},
	{22, koop.SalutationMs, "", "Petra", "Lange", "Vorsitzende", "492", "vorstand@uno-ev.example", "030 2900 1122", koop.LegalBasisConsent, "2024-03-08", "Mitveranstalterin Fachtag Frauen in Führungspositionen"},
	{23, koop.SalutationMs, "", "Sandra", "Hoffmann", "Schatzmeisterin", "492", "hoffmann@uno-ev.example", "", koop.LegalBasisConsent, "2024-03-08", ""},
	{24, koop.SalutationMs, "", "Yvonne", "Schwarz", "Geschäftsführerin", "", "y.schwarz@schwarz-friseure.example", "030 9812 3344", koop.LegalBasisConsent, "2025-03-10", "Friseursalons in Hohenschönhausen"},
	{25, koop.SalutationMs, "Dr.", "Anja", "Peters", "Inhaberin", "", "praxis@dr-peters-zahnarzt.example", "030 9714 5500", koop.LegalBasisConsent, "2025-03-10", ""},
	{26, koop.SalutationMs, "", "Doreen", "Fischer", "Inhaberin", "", "doreen@blumen-fischer.example", "", koop.LegalBasisConsent, "2024-10-15", ""},
	{27, koop.SalutationMs, "", "Tanja", "Wagner", "Architektin", "", "wagner@architektur-wagner.example", "030 5543 2100", koop.LegalBasisLegitimateInterest, "", ""},
	{28, koop.SalutationMr, "", "Holger", "Becker", "Bäckermeister", "", "becker@baeckerei-becker.example", "030 9755 0101", koop.LegalBasisConsent, "2023-12-12", "Stammgast"},
	{29, koop.SalutationMr, "", "Marco", "Schulze", "Filialleiter", "", "", "030 5100 7788", koop.LegalBasisLegitimateInterest, "", "Keine E-Mail-Adresse bekannt"},
	{30, koop.SalutationMs, "", "Ines", "Keller", "Bezirksstadträtin für Wirtschaft", "101", "ines.keller@ba-lichtenberg.example", "030 90296 4000", koop.LegalBasisPublicTask, "", ""},
	{31, koop.SalutationMr, "", "Henrik", "Jahn", "Leiter der Wirtschaftsförderung", "101", "henrik.jahn@ba-lichtenberg.example", "030 90296 4010", koop.LegalBasisPublicTask, "", ""},
	{32, koop.SalutationMs, "", "Carola", "Busch", "Wirtschaftsförderung", "101", "carola.busch@ba-lichtenberg.example", "030 90296 4012", koop.LegalBasisPublicTask, "", ""},
	{33, koop.SalutationMr, "", "Bernd", "Pohl", "Vorstandsvorsitzender", "102", "pohl@wkhl.example", "030 9200 1010", koop.LegalBasisLegitimateInterest, "", ""},
	{34, koop.SalutationMs, "", "Franziska", "Arnold", "Geschäftsstelle", "102", "arnold@wkhl.example", "030 9200 1011", koop.LegalBasisLegitimateInterest, "", ""},
	{35, koop.SalutationMr, "Dr.", "Lars", "Günther", "Geschäftsführer", "", "guenther@guenther-immobilien.example", "", koop.LegalBasisConsent, "2025-01-21", ""},
	{36, koop.SalutationMs, "", "Manuela", "Roth", "Inhaberin", "", "roth@roth-reisen.example", "030 5567 8899", koop.LegalBasisConsent, "2024-05-22", ""},
	{37, koop.SalutationMr, "", "Kai", "Hahn", "Tischlermeister", "", "kai.hahn@tischlerei-hahn.example", "", koop.LegalBasisLegitimateInterest, "", ""},
	{38, koop.SalutationMs, "", "Stefanie", "Ludwig", "Unternehmensberaterin", "", "ludwig@ludwig-beratung.example", "0172 9988 776", koop.LegalBasisConsent, "2025-03-10", ""},
	{39, koop.SalutationDiverse, "", "Robin", "Sommer", "Kulturmanagement", "", "robin.sommer@kulturhaus-example.example", "", koop.LegalBasisConsent, "2025-05-20", "Kontakt Kultursalon"},
	{40, koop.SalutationMs, "", "Renate", "Vogt", "Seniorchefin", "", "", "030 9761 2233", koop.LegalBasisConsent, "2019-01-23", "Schriftliche Einwilligung liegt in der Akte"},
}

// demoLists are the demo's distribution lists with their members (contact numbers).
var demoLists = []struct {
	id, name, description string
	members               []int
}{
	{"6b00c0de-0000-4000-8000-000000000501", "Neujahrsempfang – Stammgäste", "Wer jedes Jahr zum Neujahrsempfang eingeladen wird.",
		[]int{1, 2, 3, 5, 7, 8, 9, 11, 13, 14, 15, 16, 18, 22, 28, 30, 31, 33, 35, 40}},
	{"6b00c0de-0000-4000-8000-000000000502", "Netzwerk Unternehmerinnen", "Einladungsliste für den Fachtag „Frauen in Führungspositionen“ und das Netzwerktreffen.",
		[]int{1, 3, 6, 7, 13, 16, 18, 22, 23, 24, 25, 26, 27, 36, 38}},
}

// demoContactsEntered are contacts entered long before the demo's other data: Renate Vogt was
// recorded in 2021 and never invited since, so the retention rule lists her for review.
var demoContactsEntered = map[int]time.Time{40: time.Date(2021, 2, 3, 9, 0, 0, 0, time.UTC)}

func demoContactID(n int) string { return fmt.Sprintf("6b00c0de-0000-4000-8000-000000000%03d", 400+n) }

// seedContacts adds the demo's organisations, contacts and lists where missing.
func (tx *Tx) seedContacts(coop string) error {
	orgID := map[string]string{"101": demoBezirksamtID, "102": demoWKHLID}
	for _, o := range demoContactOrgs {
		// no conflict target: a same-named organisation someone created keeps its place
		created, err := tx.seedRow(`INSERT INTO organisations (id, cooperation_id, kind, name, short_name, street, postal_code, city, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, 'Berlin', $8, $8) ON CONFLICT DO NOTHING`, o.id, coop, o.kind, o.name, o.short, o.street, o.postal, tx.Now)
		if err != nil {
			return err
		}
		if created {
			if err := tx.audit(&coop, "organisation.create", "Organisation", o.id, nil); err != nil {
				return err
			}
		}
		var id string
		if err := tx.get(&id, `SELECT id FROM organisations WHERE cooperation_id = $1 AND lower(name) = lower($2)`, coop, o.name); err != nil {
			return err
		}
		orgID[o.id[len(o.id)-3:]] = id
	}
	for _, c := range demoContacts {
		var org, email, consent *string
		if c.org != "" {
			id := orgID[c.org]
			org = &id
		}
		if c.email != "" {
			email = ptr(c.email)
		}
		if c.consent != "" {
			if _, err := time.Parse(time.DateOnly, c.consent); err != nil {
				return err
			}
			consent = ptr(c.consent)
		}
		id := demoContactID(c.n)
		entered := tx.Now
		if at, ok := demoContactsEntered[c.n]; ok {
			entered = at
		}
		created, err := tx.seedRow(`INSERT INTO contacts (id, cooperation_id, salutation, title, first_name, last_name, function, organisation_id, email,
				phone, legal_basis, consent_at, note, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) ON CONFLICT DO NOTHING`,
			id, coop, c.salutation, c.title, c.first, c.last, c.function, org, email, c.phone, c.basis, consent, c.note, entered)
		if err != nil {
			return err
		}
		if created {
			var ch koop.Changes
			ch.Redact("lastName")
			ch.Set("legalBasis", nil, c.basis)
			if err := tx.audit(&coop, "contact.create", "Contact", id, ch); err != nil {
				return err
			}
		}
	}
	for _, l := range demoLists {
		created, err := tx.seedRow(`INSERT INTO distribution_lists (id, cooperation_id, name, description, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING`, l.id, coop, l.name, l.description, tx.Now)
		if err != nil {
			return err
		}
		if !created {
			continue // a list someone has edited keeps its members
		}
		if err := tx.audit(&coop, "distribution_list.create", "DistributionList", l.id, nil); err != nil {
			return err
		}
		ids := make([]string, len(l.members))
		for i, n := range l.members {
			ids[i] = demoContactID(n)
		}
		if _, err := tx.addToList(&koop.DistributionList{ID: l.id, CooperationID: coop}, ids); err != nil {
			return err
		}
	}
	return nil
}
