package main

import "context"

// discord starts the Discord adapter when DISCORD_* is configured.
func (w *wiring) discord(ctx context.Context) error {
	if !w.cfg.DiscordOn() {
		return nil
	}
	return &exitError{2, "Discord is configured (DISCORD_*), but this build has no Discord adapter yet"}
}
