package discord

import (
	"context"
	"encoding/json"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// TestManageCommandOutsideServer uses a Manage command of its own, so it
// holds whatever the bot's table has: in a DM it is refused before the bot
// sees it; in a server the bot is asked, told whether the member may
// manage the channel.
func TestManageCommandOutsideServer(t *testing.T) {
	t.Parallel()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(briefings.NewLive(c))
	var asked atomic.Int32
	var canManage atomic.Bool
	b.Observe = func(req bot.Request, _ bot.Reply, _ time.Duration) {
		asked.Add(1)
		canManage.Store(req.CanManage)
	}
	s, _ := NewSession("", "")
	x := NewInteractions(b, s)
	cmd := &bot.Command{Name: "subscribe", Manage: true}

	dm := &Interaction{Type: discordgo.InteractionApplicationCommand, ID: "1", Command: "subscribe", ChannelID: "5", UserID: "7"}
	resp, later := x.commandAs(context.Background(), dm, cmd)
	if later != nil {
		t.Fatal("a refusal was deferred")
	}
	var r struct {
		Data Message `json:"data"`
	}
	json.Unmarshal(resp, &r)
	if len(r.Data.Embeds) == 0 || !strings.Contains(r.Data.Embeds[0].Title, "server channel") || r.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("in a DM: %s", resp)
	}
	if asked.Load() != 0 {
		t.Error("the bot was asked to run a Manage command from a DM")
	}

	for _, perms := range []int64{discordgo.PermissionManageChannels, 0} {
		in := *dm
		in.GuildID, in.InGuild, in.Permissions = "9", true, perms
		x.commandAs(context.Background(), &in, cmd)
		if canManage.Load() != (perms != 0) {
			t.Errorf("permissions %d: CanManage %v", perms, canManage.Load())
		}
	}
	if asked.Load() != 2 {
		t.Errorf("in a server the bot was asked %d times, want 2", asked.Load())
	}
}
