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

// ask answers one command and exits, for scripts, from what the bot would
// serve: the curated files and the briefings published in the store.
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
	files, err := loadFiles(cfg, log)
	if err != nil {
		return err
	}
	lib := briefings.NewLibrary(files)
	st, _, err := openStore(ctx, cfg.DatabaseURL)
	if err != nil {
		return &exitError{1, fmt.Sprintf("DATABASE_URL: %v", err)}
	}
	defer st.Close()
	f := &bot.Follower{Store: st, Library: lib, Logger: log}
	if err := f.Load(ctx); err != nil {
		return &exitError{1, err.Error()}
	}
	if err := filesAgree(cfg, lib); err != nil {
		return err
	}
	b := bot.New(lib)
	b.Logger = log
	b.Now = clock.Now
	enableCuration(b, cfg, st, f) // ask "/draft URL" drafts; the running bot's /drafts lists it
	c := console.New(nil, stdout, b)
	return c.Ask(ctx, line)
}

// loadFiles reads the curated files to serve: BRIEFINGS_DIR, or the
// built-in corpus unless BUILTIN_BRIEFINGS=off (nil then). A folder with
// errors stops start-up, listing each problem, because there is no last
// good catalog to fall back on yet.
func loadFiles(cfg Config, log *slog.Logger) (*briefings.Corpus, error) {
	if cfg.BriefingsDir == "" {
		if !cfg.Builtin {
			return nil, nil
		}
		return briefings.Builtin()
	}
	st, err := os.Stat(cfg.BriefingsDir)
	if err != nil || !st.IsDir() {
		if err == nil {
			err = errors.New("not a folder")
		}
		return nil, &exitError{2, fmt.Sprintf("configuration: BRIEFINGS_DIR=%q: %v", cfg.BriefingsDir, unwrapPath(err))}
	}
	c, ps := briefings.ReadDir(cfg.BriefingsDir)
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
	return c, nil
}

// filesAgree stops start-up when the curated files clash with what is
// published in the store: a file with a published briefing's id, or a
// registry entry both hold with other details. Each problem names both
// places.
func filesAgree(cfg Config, lib *briefings.Library) error {
	ps := lib.Check()
	if len(ps) == 0 {
		return nil
	}
	where := "the built-in corpus"
	if cfg.BriefingsDir != "" {
		where = cfg.BriefingsDir
	}
	var lines []string
	for _, p := range ps {
		if cfg.BriefingsDir != "" {
			p.File = cfg.BriefingsDir + "/" + p.File
		}
		lines = append(lines, p.String())
	}
	return &exitError{1, fmt.Sprintf("%s and the briefings published in the store (DATABASE_URL) disagree; fix one of them and start again:\n%s", where, strings.Join(lines, "\n"))}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
