package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/testutil"
)

// freeAddr finds a local port nobody listens on, for HTTP_ADDR.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// runningBot is the program running in the test process, as `go run .`
// would run it.
type runningBot struct {
	base string // http://HTTP_ADDR
	logs *testutil.SyncBuffer
	once sync.Once
	stop func() // stops it and checks it stopped cleanly; safe to call twice
}

// startBot runs the program as `go run .` would, with env as its whole
// environment (HTTP_ADDR on a free port, a fresh SQLite store and JSON logs
// unless env says otherwise), until the test ends, when it checks that the
// bot stops cleanly. It returns once /healthz answers.
func startBot(t *testing.T, env map[string]string) (base string, logs *testutil.SyncBuffer) {
	t.Helper()
	b := startRunningBot(t, env, bot.SystemClock{})
	return b.base, b.logs
}

// startRunningBot is startBot for tests that stop the bot themselves (and
// start it again).
func startRunningBot(t *testing.T, env map[string]string, clock bot.Clock) *runningBot {
	t.Helper()
	if env["HTTP_ADDR"] == "" {
		env["HTTP_ADDR"] = freeAddr(t)
	}
	if env["DATABASE_URL"] == "" {
		env["DATABASE_URL"] = "sqlite:" + filepath.Join(t.TempDir(), "briefbot.db")
	}
	if env["LOG_FORMAT"] == "" {
		env["LOG_FORMAT"] = "json"
	}
	getenv := func(k string) string { return env[k] }
	b := &runningBot{base: "http://" + env["HTTP_ADDR"], logs: &testutil.SyncBuffer{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, getenv, clock, strings.NewReader(""), io.Discard, b.logs) }()
	b.stop = func() {
		b.once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("run: %v\n%s", err, b.logs)
				}
			case <-time.After(30 * time.Second):
				t.Error("the bot did not stop within 30s of being told to")
			}
		})
	}
	t.Cleanup(b.stop)
	for deadline := time.Now().Add(15 * time.Second); ; {
		select {
		case err := <-done:
			t.Fatalf("the bot stopped at start-up: %v\n%s", err, b.logs)
		default:
		}
		if resp, err := http.Get(b.base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return b
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("/healthz did not answer on %s\n%s", b.base, b.logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
