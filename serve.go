package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/term"

	"github.com/briefbot/briefbot/adapters/console"
	"github.com/briefbot/briefbot/adapters/prometheus"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// shutdownGrace bounds how long in-flight work may take after SIGTERM, all of it together:
// every wait at shutdown shares one deadline, shutdownGrace after the signal (wiring.stopping).
// closeMargin is what the long-running parts get beyond it to hand work back (the scheduler
// releases the posts it did not start) before serve returns without them. Together they stay
// under the TimeoutStopSec=30 of deploy/briefbot.service.
const (
	shutdownGrace = 20 * time.Second
	closeMargin   = 3 * time.Second
)

// wiring is what start-up hands each part of the bot as it is put together.
type wiring struct {
	cfg     Config
	clock   bot.Clock // the bot's and the scheduler's time
	bot     *bot.Bot
	log     *slog.Logger
	mux     *http.ServeMux        // nil when no platform is configured
	group   *errgroup.Group       // long-running parts; the first to fail stops the bot
	posters map[string]bot.Poster // by platform, for daily posts
	creds   bot.CredentialStore   // the store's credentials (Slack installs); nil before store
	closers []func()              // run at exit, last first
	metrics *prometheus.Metrics
	ready   readiness       // checks behind /readyz
	stop    context.Context // ends shutdownGrace after the bot is told to stop; see stopping

	lib      *briefings.Library // what the bot serves: the curated files and the store's briefings
	db       database           // DATABASE_URL, once open
	follower *bot.Follower      // keeps lib current with the store
	web      *http.Client       // the one guarded client for links from chat (adapters/web)
}

func (w *wiring) onClose(f func()) { w.closers = append(w.closers, f) }

// stopping is the deadline every wait at shutdown shares: it ends shutdownGrace after the bot
// was told to stop, so the waits together, run one after another, take no longer than that.
// A wiring a test put together without serve has none, and waits without a limit.
func (w *wiring) stopping() context.Context {
	if w.stop == nil {
		return context.Background()
	}
	return w.stop
}

// graceAfter returns a context that ends grace after ctx does, or when release is called.
func graceAfter(ctx context.Context, grace time.Duration) (_ context.Context, release func()) {
	g, cancel := context.WithCancel(context.WithoutCancel(ctx))
	var mu sync.Mutex
	var timer *time.Timer
	unhook := context.AfterFunc(ctx, func() {
		mu.Lock()
		defer mu.Unlock()
		if g.Err() == nil {
			timer = time.AfterFunc(grace, cancel)
		}
	})
	return g, func() {
		unhook()
		cancel()
		mu.Lock()
		defer mu.Unlock()
		if timer != nil {
			timer.Stop()
		}
	}
}

// serve runs the bot until ctx ends: the platforms that are configured, and
// the console when none is (or when asked for with --console).
func serve(ctx context.Context, cfg Config, withConsole bool, clock bot.Clock, stdin io.Reader, stdout, stderr io.Writer) error {
	platforms := cfg.SlackOn() || cfg.DiscordOn()
	consoleOnly := !platforms
	log := newLogger(cfg, stderr, consoleOnly || withConsole)
	loadedAt := time.Now()
	files, err := loadFiles(cfg, log)
	if err != nil {
		return err
	}
	lib := briefings.NewLibrary(files)
	b := bot.New(lib)
	b.Logger = log
	b.Now = clock.Now

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The first long-running part to fail ends ctx, as a signal does: the
	// others wind down and drain returns that failure.
	group, ctx := errgroup.WithContext(ctx)
	stop, release := graceAfter(ctx, shutdownGrace)
	defer release()
	w := &wiring{cfg: cfg, clock: clock, bot: b, log: log, group: group, posters: map[string]bot.Poster{}, stop: stop, lib: lib}
	started := false
	defer func() {
		cancel() // on a start-up error too, so the shutdown deadline runs for the closers' waits
		for i := len(w.closers) - 1; i >= 0; i-- {
			w.closers[i]()
		}
		if started {
			// After the closers: the connections and the store are closed.
			log.Info("stopped")
		}
	}()

	if platforms {
		w.mux = http.NewServeMux()
		w.mux.HandleFunc("GET /healthz", func(rw http.ResponseWriter, _ *http.Request) {
			rw.Header().Set("Content-Type", "text/plain; charset=utf-8")
			io.WriteString(rw, "ok\n")
		})
	}
	w.ops()
	if err := w.store(ctx); err != nil {
		return err
	}
	if err := w.content(ctx); err != nil {
		return err
	}
	w.curation(ctx)
	if cfg.BriefingsDir != "" {
		wt := w.watchBriefings(loadedAt)
		w.group.Go(func() error {
			if err := wt.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("briefings folder is no longer watched; restart to pick up changes", "err", err)
			}
			return nil
		})
	}
	if err := w.slack(ctx); err != nil {
		return err
	}
	if err := w.discord(ctx); err != nil {
		return err
	}

	if platforms {
		ln, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			return &exitError{1, fmt.Sprintf("listen on HTTP_ADDR=%s: %v", cfg.HTTPAddr, err)}
		}
		srv := &http.Server{
			Handler:           w.mux,
			ReadHeaderTimeout: 5 * time.Second,
			ReadTimeout:       10 * time.Second,
			WriteTimeout:      30 * time.Second,
			IdleTimeout:       2 * time.Minute,
			MaxHeaderBytes:    32 << 10,
			ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		}
		log.Info("listening", "addr", ln.Addr().String())
		w.group.Go(func() error {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("http: %w", err)
			}
			return nil
		})
		w.group.Go(func() error {
			<-ctx.Done()
			if err := srv.Shutdown(w.stopping()); err != nil {
				log.Warn("HTTP requests still open after the shutdown grace period; closing them", "err", err)
				srv.Close()
			}
			return nil
		})
	}

	if consoleOnly || withConsole {
		c := console.New(stdin, stdout, b)
		if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			c.Prompt = "> "
		}
		w.posters[bot.Console] = c
		if consoleOnly {
			fmt.Fprintln(stderr, "briefbot: no Slack or Discord tokens set; answering here (type /help, Ctrl-D to quit)")
		} else {
			fmt.Fprintln(stderr, "briefbot: console on, beside the configured platforms (type /help, Ctrl-D to close it)")
		}
		w.group.Go(func() error {
			err := c.Run(ctx)
			if consoleOnly {
				cancel() // end of input ends the program
			}
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		})
	}
	if err := w.scheduler(ctx); err != nil {
		return err
	}
	w.feedPoller(ctx)
	started = true
	<-ctx.Done()
	log.Info("stopping: finishing the commands in flight and the daily posts already claimed", "grace", shutdownGrace)
	return w.drain()
}

// drain waits for the long-running parts to finish after the bot was told to stop, but not past
// the shared shutdown deadline and closeMargin: what still runs then is left behind, and ends
// with the process.
func (w *wiring) drain() error {
	done := make(chan error, 1)
	go func() { done <- w.group.Wait() }()
	select {
	case err := <-done:
		return err
	case <-w.stopping().Done():
	}
	t := time.NewTimer(closeMargin)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		w.log.Error("work still running after the shutdown grace period; exiting without it", "grace", shutdownGrace+closeMargin)
		return nil
	}
}
