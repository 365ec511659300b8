package main

import "context"

// slack starts the Slack adapter when SLACK_* is configured.
func (w *wiring) slack(ctx context.Context) error {
	if !w.cfg.SlackOn() {
		return nil
	}
	return &exitError{2, "Slack is configured (SLACK_*), but this build has no Slack adapter yet"}
}
