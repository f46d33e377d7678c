package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"time"
)

// LocalServer is the project's own PostgreSQL for `make run` and `make test` where no
// DATABASE_URL is given: a data folder keyed by the checkout, run as the postgres user when
// koop runs as root (initdb refuses root), listening on 127.0.0.1 only.
type LocalServer struct {
	Port     int
	Dir      string // data folder
	FsyncOff bool   // for tests only
	bin      string
	runAs    string
	started  bool
}

// NewLocalServer prepares a local server for the checkout at root.
func NewLocalServer(root string, port int, fsyncOff bool) (*LocalServer, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256([]byte(abs))
	s := &LocalServer{Port: port, FsyncOff: fsyncOff, Dir: filepath.Join(os.TempDir(), fmt.Sprintf("koop-pg-%x", sum[:6]))}
	if _, err := os.Stat("/var/tmp"); err == nil {
		// /tmp may be private to this process tree; /var/tmp is reachable by the postgres user.
		s.Dir = filepath.Join("/var/tmp", fmt.Sprintf("koop-pg-%x", sum[:6]))
	}
	return s, nil
}

// URL is the connection string of the local server's koop database.
func (s *LocalServer) URL() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/koop?sslmode=disable", s.Port)
}

// findBinaries locates initdb and pg_ctl, installing PostgreSQL from Debian's packages only
// where they are missing.
func (s *LocalServer) findBinaries(ctx context.Context) error {
	if dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin"); len(dirs) > 0 {
		sort.Slice(dirs, func(i, j int) bool { return pgMajor(dirs[i]) > pgMajor(dirs[j]) })
		s.bin = dirs[0]
		return nil
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		s.bin = filepath.Dir(p)
		return nil
	}
	slog.Info("PostgreSQL not found: installing it from Debian's packages")
	cmd := exec.CommandContext(ctx, "sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("install postgresql: %w", err)
	}
	return s.findBinaries(ctx)
}

func pgMajor(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

// command runs a PostgreSQL binary, as the postgres user when we are root.
func (s *LocalServer) command(ctx context.Context, name string, args ...string) *exec.Cmd {
	bin := filepath.Join(s.bin, name)
	if s.runAs != "" {
		return exec.CommandContext(ctx, "runuser", append([]string{"-u", s.runAs, "--", bin}, args...)...)
	}
	return exec.CommandContext(ctx, bin, args...)
}

// Start initialises the data folder if needed and starts the server, unless one from this
// folder already runs (then Stop leaves it running).
func (s *LocalServer) Start(ctx context.Context) error {
	if err := s.findBinaries(ctx); err != nil {
		return err
	}
	if os.Geteuid() == 0 {
		s.runAs = "postgres"
	}
	data := filepath.Join(s.Dir, "data")
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return err
	}
	if s.runAs != "" {
		u, err := user.Lookup(s.runAs)
		if err != nil {
			return fmt.Errorf("user %s: %w", s.runAs, err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(s.Dir, uid, gid); err != nil {
			return err
		}
	}
	if _, err := os.Stat(filepath.Join(data, "PG_VERSION")); err != nil {
		slog.Info("initialising local PostgreSQL", "dir", data)
		out, err := s.command(ctx, "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8").CombinedOutput()
		if err != nil {
			return fmt.Errorf("initdb: %w\n%s", err, out)
		}
	}
	if s.command(ctx, "pg_ctl", "-D", data, "status").Run() == nil {
		slog.Info("local PostgreSQL already running", "dir", data)
	} else {
		opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c max_connections=200", s.Port, s.Dir)
		if s.FsyncOff {
			opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
		}
		out, err := s.command(ctx, "pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(s.Dir, "server.log"), "-w", "-t", "60", "start").CombinedOutput()
		if err != nil {
			log, _ := os.ReadFile(filepath.Join(s.Dir, "server.log"))
			return fmt.Errorf("pg_ctl start: %w\n%s\n%s", err, out, tail(log, 2000))
		}
		s.started = true
	}
	return s.createDatabase(ctx)
}

func (s *LocalServer) createDatabase(ctx context.Context) error {
	db, err := sql.Open("postgres", fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", s.Port))
	if err != nil {
		return err
	}
	defer db.Close()
	var exists bool
	for i := 0; ; i++ {
		err = db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'koop')`).Scan(&exists)
		if err == nil || i == 50 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		return fmt.Errorf("connect to local PostgreSQL: %w", err)
	}
	if !exists {
		if _, err := db.ExecContext(ctx, `CREATE DATABASE koop`); err != nil {
			return err
		}
	}
	return nil
}

// Stop stops the server if Start started it.
func (s *LocalServer) Stop(ctx context.Context) error {
	if !s.started {
		return nil
	}
	out, err := s.command(ctx, "pg_ctl", "-D", filepath.Join(s.Dir, "data"), "-m", "fast", "-w", "stop").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl stop: %w\n%s", err, out)
	}
	return nil
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
