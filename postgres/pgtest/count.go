package pgtest

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/lib/pq"
	"github.com/peterldowns/pgtestdb"
)

// Statements counts the SQL statements sent through the "pgtest-counting" driver, so that a
// test can show that a request costs the same number of statements at any data size.
type Statements struct{ n atomic.Int64 }

// N returns the statements counted so far.
func (s *Statements) N() int { return int(s.n.Load()) }

// Reset sets the count to zero.
func (s *Statements) Reset() { s.n.Store(0) }

var (
	registerOnce sync.Once
	counters     sync.Map // database name -> *Statements
)

// NewCounting returns a fresh migrated database, like New, whose statements are counted.
func NewCounting(t testing.TB) (*DB, *Statements) {
	t.Helper()
	registerOnce.Do(func() { sql.Register("pgtest-counting", countingDriver{}) })
	// pgtestdb remembers the driver of the first template it made, so open the instance here.
	inst := pgtestdb.Custom(t, Config(t), Migrator())
	raw, err := sql.Open("pgtest-counting", inst.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	db := wrap(raw)
	dsn := inst.Database
	st := &Statements{}
	counters.Store(dsn, st)
	t.Cleanup(func() { counters.Delete(dsn) })
	return db, st
}

type countingDriver struct{}

func (countingDriver) Open(dsn string) (driver.Conn, error) {
	c, err := pq.Driver{}.Open(dsn)
	if err != nil {
		return nil, err
	}
	name := ""
	if u, err := url.Parse(dsn); err == nil {
		name = strings.TrimPrefix(u.Path, "/")
	}
	return &countingConn{Conn: c, database: name}, nil
}

// countingConn counts the statements of one connection towards its database's counter.
// BEGIN and COMMIT are not counted: they are the transaction around every service call.
type countingConn struct {
	driver.Conn
	database string
}

func (c *countingConn) count() {
	if st, ok := counters.Load(c.database); ok {
		st.(*Statements).n.Add(1)
	}
}

func (c *countingConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	c.count()
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, q, args)
}

func (c *countingConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	c.count()
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, q, args)
}

func (c *countingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *countingConn) CheckNamedValue(nv *driver.NamedValue) error {
	return c.Conn.(driver.NamedValueChecker).CheckNamedValue(nv)
}
