package main

import (
	"context"
	"errors"

	"github.com/briefbot/briefbot/bot"
)

// content serves the briefings published in the store (DATABASE_URL)
// beside the curated files, and follows every change to them. A store that
// cannot be read at start fails /readyz, and is read again until it can;
// curated files that clash with what is published stop start-up, each
// problem naming both places.
func (w *wiring) content(ctx context.Context) error {
	w.lib.OnSwap = w.metrics.Catalog
	f := &bot.Follower{Store: w.db, Library: w.lib, Logger: w.log.With("component", "content"), Clock: w.clock, OnApply: w.metrics.ContentChanges}
	w.ready.add("content", func(context.Context) error { return f.Ready() })
	if err := f.Load(ctx); err != nil {
		w.log.Error("the published briefings could not be read; serving the curated files alone until they can", "err", err)
	} else if err := filesAgree(w.cfg, w.lib); err != nil {
		return err
	}
	w.follower = f
	w.group.Go(func() error {
		if err := f.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
		return nil
	})
	return nil
}
