package main

import "context"

// store opens the subscription store (DATABASE_URL) and gives it to the bot.
func (w *wiring) store(ctx context.Context) error {
	return nil
}

// scheduler starts the daily-post scheduler with the posters wired so far.
func (w *wiring) scheduler(ctx context.Context) error {
	return nil
}
