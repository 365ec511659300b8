// Command briefbot is a briefing bot for Slack and Discord: it answers
// /status, /quote, /search and friends from curated, sourced briefings, and
// posts a daily briefing to subscribed channels. With no platform tokens it
// answers on the console.
//
//	briefbot                 serve (console when no platform is configured)
//	briefbot --console       the console even when platforms are configured
//	briefbot ask "/quote putin nato"
//	briefbot lint [DIR]
//	briefbot publish FILE…, retract ID -reason "…", history ID, export DIR, import DIR
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/briefbot/briefbot/bot"
)

func main() {
	// .env fills in what the real environment does not set.
	if err := loadDotenv(".env"); err != nil {
		fmt.Fprintln(os.Stderr, "briefbot:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Getenv, bot.SystemClock{}, os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.msg != "" {
				fmt.Fprintln(os.Stderr, "briefbot:", ee.msg)
			}
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "briefbot:", err)
		os.Exit(1)
	}
}

// exitError ends the program with a code and, when msg is set, one line.
// Code 2 means a setting or an argument the operator must fix (missing,
// malformed, or refused by Slack or Discord at start-up); 1 means something
// failed while running, which trying again may mend.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// run is the whole program, with its environment passed in so tests can
// drive it like a user would. clock is the bot's and the scheduler's time:
// main passes the wall clock, a test a virtual one to live through a day.
func run(ctx context.Context, args []string, getenv func(string) string, clock bot.Clock, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "lint":
			return lint(args[1:], getenv, stdout)
		case "ask":
			return ask(ctx, args[1:], getenv, clock, stdout, stderr)
		case "ingest":
			c := newIngestCmd()
			c.now = clock.Now
			return c.run(ctx, args[1:], getenv, stdin, stdout, stderr)
		case "publish":
			return publishCmd(ctx, args[1:], getenv, clock, stdout, stderr)
		case "retract":
			return retractCmd(ctx, args[1:], getenv, clock, stdout, stderr)
		case "history":
			return historyCmd(ctx, args[1:], getenv, clock, stdout, stderr)
		case "export":
			return exportCmd(ctx, args[1:], getenv, clock, stdout, stderr)
		case "import":
			return importCmd(ctx, args[1:], getenv, clock, stdout, stderr)
		case "help", "-h", "-help", "--help":
			fmt.Fprint(stdout, usageText)
			return nil
		}
	}
	console := false
	for _, a := range args {
		switch a {
		case "--console", "-console":
			console = true
		default:
			return &exitError{2, fmt.Sprintf("unknown argument %q\n%s", a, usageText)}
		}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return &exitError{2, "configuration: " + err.Error()}
	}
	return serve(ctx, cfg, console, clock, stdin, stdout, stderr)
}

const usageText = `usage:
  briefbot                  run the bot (the console when no platform is configured)
  briefbot --console        run the console even when platforms are configured
  briefbot ask "COMMAND"    answer one command and exit, e.g. briefbot ask "/quote putin"
  briefbot lint [DIR]       check a corpus folder (default: $BRIEFINGS_DIR, or .)
  briefbot ingest SOURCE    draft a briefing from an article: a file, - or a URL (docs/ingest.md)
  briefbot publish FILE…    check briefing files as lint does and publish them into the store (DATABASE_URL)
  briefbot retract ID -reason "why"   stop serving a published briefing; its history keeps it
  briefbot history ID       every version of a published briefing: who, when, what changed
  briefbot export DIR       the published briefings and their registry, as a folder lint accepts
  briefbot import DIR       publish a whole folder (moving from BRIEFINGS_DIR to the store), keeping its dates
`
