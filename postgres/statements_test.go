package postgres_test

import (
	"fmt"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The lists load their relations for the whole page at once: the number of statements does
// not grow with the number of members or partners (DESIGN.md "Performance by design").
func TestListsCostTheSameStatementsAtAnySize(t *testing.T) {
	count := func(extraMembers int) (members, mine, coops int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		for i := range extraMembers {
			var uid string
			if err := db.SQL.Get(&uid, `INSERT INTO users (email, name, created_at, updated_at) VALUES ($1, $2, now(), now()) RETURNING id`,
				fmt.Sprintf("person%d@example.org", i), fmt.Sprintf("Person %d", i)); err != nil {
				t.Fatal(err)
			}
			org := "6b00c0de-0000-4000-8000-000000000101"
			if i%2 == 0 {
				org = "6b00c0de-0000-4000-8000-000000000102"
			}
			if _, err := db.SQL.Exec(`INSERT INTO memberships (cooperation_id, user_id, role, organisation_id, created_at, updated_at)
				VALUES ($1, $2, 'MEMBER', $3, now(), now())`, pgtest.DemoCooperationID, uid, org); err != nil {
				t.Fatal(err)
			}
		}
		ctx := db.As(t, "admin@koop.test")
		st.Reset()
		list, err := postgres.NewMemberService(db.DB).Members(ctx, pgtest.DemoCooperationID, koop.MemberFilter{}, koop.Page{Limit: 200})
		if err != nil || len(list.Items) != 8+extraMembers {
			t.Fatalf("members: %d, %v", len(list.Items), err)
		}
		members = st.N()
		st.Reset()
		if _, err := postgres.NewUserService(db.DB).MyMemberships(ctx); err != nil {
			t.Fatal(err)
		}
		mine = st.N()
		st.Reset()
		if _, err := postgres.NewCooperationService(db.DB).Cooperations(ctx); err != nil {
			t.Fatal(err)
		}
		coops = st.N()
		return
	}
	m1, y1, c1 := count(0)
	m2, y2, c2 := count(120)
	if m1 != m2 || y1 != y2 || c1 != c2 {
		t.Errorf("statements grow with data: members %d→%d, my memberships %d→%d, cooperations %d→%d", m1, m2, y1, y2, c1, c2)
	}
	if m1 == 0 {
		t.Error("nothing was counted")
	}
	t.Logf("statements: members list %d, my memberships %d, cooperations %d", m1, y1, c1)
}
