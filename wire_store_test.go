package main

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// Replicas running Discord's shards share the bot's 50 requests a second.
func TestDiscordPaceIsSharedByShards(t *testing.T) {
	t.Parallel()
	if got := postLimitsFor(1)[bot.Discord].PerSecond; got != 50 {
		t.Errorf("one replica: %v posts/s, want 50", got)
	}
	if got := postLimitsFor(4)[bot.Discord].PerSecond; got != 12.5 {
		t.Errorf("four shards: %v posts/s each, want 12.5", got)
	}
	if got := postLimitsFor(4)[bot.Slack]; got != postLimits[bot.Slack] {
		t.Errorf("Slack's pace changed with Discord's shards: %+v", got)
	}
	if postLimits[bot.Discord].PerSecond != 50 {
		t.Error("postLimitsFor changed the shared table")
	}
}
