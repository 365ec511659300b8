package main

import (
	"io"
	"log/slog"
	"os"

	"golang.org/x/term"
)

// newLogger builds the process logger: text on a terminal, JSON otherwise,
// unless LOG_FORMAT says which. In console mode the default level is warn,
// so logs do not interleave with the answers a person is reading.
func newLogger(cfg Config, w io.Writer, consoleMode bool) *slog.Logger {
	level := cfg.LogLevel
	if !cfg.LogLevelSet && consoleMode {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	format := cfg.LogFormat
	if format == "" {
		format = "json"
		if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			format = "text"
		}
	}
	if format == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
