// Command localpg runs a command with DATABASE_URL set: to the given one if set, otherwise to
// the project's own local PostgreSQL, which it starts first and stops when the command ends.
// It is what `make run` and `make test` wrap themselves in.
//
//	go run ./cmd/localpg [-fsync-off] -- COMMAND [ARGS...]
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/koop-lichtenberg/koop/postgres"
)

func main() {
	fsyncOff := flag.Bool("fsync-off", false, "run the local server without fsync (tests only)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: localpg [-fsync-off] -- COMMAND [ARGS...]")
		os.Exit(2)
	}
	os.Exit(run(*fsyncOff, flag.Args()))
}

func run(fsyncOff bool, args []string) int {
	ctx := context.Background()
	var local *postgres.LocalServer
	if os.Getenv("DATABASE_URL") == "" {
		port := 55001
		if p := os.Getenv("KOOP_PGPORT"); p != "" {
			var err error
			if port, err = strconv.Atoi(p); err != nil {
				slog.Error("KOOP_PGPORT must be a number", "value", p)
				return 2
			}
		}
		root, _ := os.Getwd()
		var err error
		if local, err = postgres.NewLocalServer(root, port, fsyncOff); err != nil {
			slog.Error("local PostgreSQL", "err", err)
			return 1
		}
		if err := local.Start(ctx); err != nil {
			slog.Error("local PostgreSQL did not start", "err", err)
			return 1
		}
		os.Setenv("DATABASE_URL", local.URL())
		slog.Info("local PostgreSQL ready", "url", local.URL(), "dir", local.Dir)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	code := 0
	if err := cmd.Start(); err != nil {
		slog.Error("start command", "err", err)
		code = 1
	} else {
		// Forward Ctrl-C and termination to the command and wait for it, so the database is
		// stopped only after the command let go of it.
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
		go func() {
			for s := range sigs {
				cmd.Process.Signal(s)
			}
		}()
		if err := cmd.Wait(); err != nil {
			code = 1
			if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() > 0 {
				code = ee.ExitCode()
			}
		}
		signal.Stop(sigs)
	}
	if local != nil {
		if err := local.Stop(ctx); err != nil {
			slog.Error("stop local PostgreSQL", "err", err)
		}
	}
	return code
}
