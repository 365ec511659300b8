package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"

	"github.com/briefbot/briefbot/adapters/console"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// lint checks a corpus folder and prints each problem as FILE:LINE: message.
// It fails when any problem is an error.
func lint(args []string, getenv func(string) string, out io.Writer) error {
	if len(args) > 1 {
		return &exitError{2, "usage: briefbot lint [DIR]"}
	}
	dir := getenv("BRIEFINGS_DIR")
	if len(args) == 1 {
		dir = args[0]
	}
	if dir == "" {
		dir = "."
	}
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return &exitError{2, fmt.Sprintf("lint: %s is not a folder", dir)}
	}
	ps := briefings.LintDir(dir)
	errs := 0
	for _, p := range ps {
		p.File = strings.TrimPrefix(dir+"/"+p.File, "./")
		if p.Severity == briefings.Error {
			errs++
		}
		fmt.Fprintln(out, p)
	}
	warns := len(ps) - errs
	if errs > 0 {
		return &exitError{1, fmt.Sprintf("lint: %s: %d error(s), %d warning(s)", dir, errs, warns)}
	}
	fmt.Fprintf(out, "%s: ok (%d warning(s))\n", dir, warns)
	return nil
}

// ask answers one command and exits, for scripts.
func ask(ctx context.Context, args []string, getenv func(string) string, clock bot.Clock, stdout, stderr io.Writer) error {
	line := strings.TrimSpace(strings.Join(args, " "))
	if line == "" || line == "/" {
		return &exitError{2, `usage: briefbot ask "/status ukraine"`}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return &exitError{2, "configuration: " + err.Error()}
	}
	log := newLogger(cfg, stderr, true)
	live, err := loadCatalog(cfg, log)
	if err != nil {
		return err
	}
	b := bot.New(live)
	b.Logger = log
	b.Now = clock.Now
	c := console.New(nil, stdout, b)
	return c.Ask(ctx, line)
}

// loadCatalog loads the corpus to serve: BRIEFINGS_DIR, or the built-in one.
// A corpus with errors stops start-up, listing each problem, because there
// is no last good catalog to fall back on yet.
func loadCatalog(cfg Config, log *slog.Logger) (*briefings.Live, error) {
	if cfg.BriefingsDir == "" {
		c, err := briefings.Default()
		if err != nil {
			return nil, err
		}
		return briefings.NewLive(c), nil
	}
	st, err := os.Stat(cfg.BriefingsDir)
	if err != nil || !st.IsDir() {
		if err == nil {
			err = errors.New("not a folder")
		}
		return nil, &exitError{2, fmt.Sprintf("configuration: BRIEFINGS_DIR=%q: %v", cfg.BriefingsDir, unwrapPath(err))}
	}
	c, ps := briefings.LoadDir(cfg.BriefingsDir)
	for _, p := range ps {
		if p.Severity == briefings.Warning {
			log.Warn("curated file problem", "file", cfg.BriefingsDir+"/"+p.File, "line", p.Line, "problem", p.Msg)
		}
	}
	if err := ps.Err(); err != nil {
		var lines []string
		for _, p := range ps.Errors() {
			p.File = cfg.BriefingsDir + "/" + p.File
			lines = append(lines, p.String())
		}
		return nil, &exitError{1, "the briefings folder has errors; fix them and start again (briefbot lint " + cfg.BriefingsDir + "):\n" + strings.Join(lines, "\n")}
	}
	return briefings.NewLive(c), nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
