package discord_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// TestCommands asks each command as a user would in Discord and checks
// what comes back.
func TestCommands(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		body      []byte
		title     string // the first embed's title holds this
		text      string // some embed's description or a field holds this
		public    bool
		shareID   string // "" when no share button is expected
		minEmbeds int
	}{
		{"status", command("status", str("topic", "ukraine")), "Ukraine", "Putin", false, "share:status?topic=ukraine", 2},
		{"status typo", command("status", str("topic", "ukrane")), "Ukraine", "Key points", false, "share:status?topic=ukrane", 1},
		{"status alias", command("status", str("topic", "Kyiv")), "Ukraine", "Timeline", false, "share:status?topic=Kyiv", 1},
		{"status unknown", command("status", str("topic", "weather")), "No topic called", "/topics", false, "", 1},
		{"status public", command("status", str("topic", "nato"), boolOpt("public", true)), "NATO", "Timeline", true, "", 1},
		{"quote", command("quote", str("speaker", "putin")), "Quotes: Vladimir Putin", "President of Russia", false, "share:quote?speaker=putin", 2},
		{"quote words", command("quote", str("speaker", "vladimir-putin"), str("words", "NATO")), "Quotes: Vladimir Putin", "NATO", false, "share:quote?speaker=vladimir-putin&words=NATO", 2},
		{"quote unknown", command("quote", str("speaker", "nobody at all")), "No speaker called", "/speakers", false, "", 1},
		{"brief", command("brief"), "Briefing: all topics", "Sources", false, "share:brief", 1},
		{"brief topics", command("brief", str("topics", "ukraine nato")), "Briefing: Ukraine and NATO", "Sources", false, "share:brief?topics=ukraine+nato", 1},
		{"brief public", command("brief", boolOpt("public", true)), "Briefing: all topics", "Sources", true, "", 1},
		{"topics", command("topics"), "Topics", "Arms control", false, "share:topics", 1},
		{"speakers", command("speakers"), "Speakers", "Sergey Lavrov", false, "share:speakers", 1},
		{"search", command("search", str("words", "missiles")), "Search: missiles", "missile", false, "share:search?words=missiles", 1},
		{"help", command("help"), "Briefbot commands", "/quote", false, "", 1},
		{"help quote", command("help", str("command", "quote")), "/quote", "Examples", false, "", 1},
		{"unknown command", command("weather"), "I don't know /weather", "/status", false, "", 1},
	}
	f := newFixture(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, resp := f.ask(tc.body)
			if code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			if resp.Type != discordgo.InteractionResponseChannelMessageWithSource {
				t.Fatalf("response type %d, want 4", resp.Type)
			}
			if resp.ephemeral() == tc.public {
				t.Errorf("ephemeral = %v, want %v", resp.ephemeral(), !tc.public)
			}
			if !strings.Contains(string(resp.raw), `"allowed_mentions":{"parse":[]}`) {
				t.Errorf("no allowed_mentions {parse:[]} in %s", resp.raw)
			}
			if len(resp.Data.Embeds) < tc.minEmbeds {
				t.Fatalf("%d embeds, want at least %d", len(resp.Data.Embeds), tc.minEmbeds)
			}
			if got := resp.Data.Embeds[0].Title; !strings.Contains(got, tc.title) {
				t.Errorf("title %q does not contain %q", got, tc.title)
			}
			if all := embedText(resp.Data.Embeds); !strings.Contains(all, tc.text) {
				t.Errorf("embeds do not mention %q:\n%s", tc.text, all)
			}
			share := ""
			for _, b := range resp.buttons() {
				if b.Label == "Share in channel" {
					share = b.CustomID
				}
			}
			if share != tc.shareID {
				t.Errorf("share button %q, want %q", share, tc.shareID)
			}
		})
	}
}

// embedText is everything a reader sees in embeds.
func embedText(es []*discordgo.MessageEmbed) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			b.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Author != nil {
			b.WriteString(e.Author.Name + "\n")
		}
		if e.Footer != nil {
			b.WriteString(e.Footer.Text + "\n")
		}
	}
	return b.String()
}

// TestRequestFromInteraction checks what the bot is told: who, where, the
// typed options, and the text for logs without flags.
func TestRequestFromInteraction(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	body := command("quote", str("words", "nato"), str("speaker", "putin"), boolOpt("public", true))
	if code, _ := f.ask(body); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.observed) != 1 {
		t.Fatalf("%d requests observed", len(f.observed))
	}
	req := f.observed[0]
	var in struct {
		ID string `json:"id"`
	}
	json.Unmarshal(body, &in)
	want := bot.Request{Platform: bot.Discord, Command: "quote", Text: "putin nato", User: userID, UserName: "Ada", Channel: chanID, Workspace: guildID, ID: in.ID}
	got := req
	got.Options = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("request\n got %+v\nwant %+v", got, want)
	}
	if req.Options["speaker"] != "putin" || req.Options["words"] != "nato" || req.Options["public"] != "true" {
		t.Errorf("options %v", req.Options)
	}
}

// TestFeedCommandsRequest: /follow's and /unfollow's options reach the bot
// as Options, and as the command's words in the table's order (the address,
// then the topics), which the core reads too.
func TestFeedCommandsRequest(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	const curator = "8192" // Manage Messages
	for _, tc := range []struct {
		body    []byte
		command string
		text    string
		options map[string]string
	}{
		{interaction(discordgo.InteractionApplicationCommand, map[string]any{"id": "1", "name": "follow", "type": 1,
			"options": []option{str("topics", "ukraine nato"), str("url", "https://news.example/world/rss.xml?a=1&b=2")}}, curator),
			"follow", "https://news.example/world/rss.xml?a=1&b=2 ukraine nato",
			map[string]string{"url": "https://news.example/world/rss.xml?a=1&b=2", "topics": "ukraine nato"}},
		{interaction(discordgo.InteractionApplicationCommand, map[string]any{"id": "1", "name": "feeds", "type": 1, "options": []option{}}, curator),
			"feeds", "", map[string]string{}},
		{interaction(discordgo.InteractionApplicationCommand, map[string]any{"id": "1", "name": "unfollow", "type": 1, "options": []option{str("feed", "2")}}, curator),
			"unfollow", "2", map[string]string{"feed": "2"}},
	} {
		if code, _ := f.ask(tc.body); code != http.StatusOK {
			t.Fatalf("/%s: status %d", tc.command, code)
		}
		f.ix.Wait(t.Context())
		f.mu.Lock()
		req := f.observed[len(f.observed)-1]
		f.mu.Unlock()
		if req.Command != tc.command || req.Text != tc.text || !reflect.DeepEqual(req.Options, tc.options) || !req.CanCurate || req.Channel != chanID || req.Workspace != guildID {
			t.Errorf("/%s reached the bot as %+v", tc.command, req)
		}
	}
}

func TestCanManage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		perms string
		want  bool
	}{
		{memberPerms, false},
		{"16", true},               // Manage Channels
		{"8", true},                // Administrator
		{"2251799813685247", true}, // everything
		{"0", false},
	}
	f := newFixture(t)
	for _, tc := range tests {
		body := interaction(discordgo.InteractionApplicationCommand, map[string]any{"name": "topics", "type": 1}, tc.perms)
		if code, _ := f.ask(body); code != http.StatusOK {
			t.Fatalf("status %d", code)
		}
		f.mu.Lock()
		got := f.observed[len(f.observed)-1].CanManage
		f.mu.Unlock()
		if got != tc.want {
			t.Errorf("permissions %s: CanManage %v, want %v", tc.perms, got, tc.want)
		}
	}
}

// TestManageCommandsRefusedInDMs runs every command that manages a
// channel's daily post from a direct message.
func TestManageCommandsRefusedInDMs(t *testing.T) {
	t.Parallel()
	var manage []string
	for _, c := range bot.Commands() {
		if c.Manage {
			manage = append(manage, c.Name)
		}
	}
	if len(manage) == 0 {
		t.Skip("the command table has no Manage commands yet")
	}
	f := newFixture(t)
	for _, name := range manage {
		var m map[string]any
		json.Unmarshal(command(name), &m)
		delete(m, "member")
		delete(m, "guild_id")
		delete(m, "guild")
		m["user"] = map[string]any{"id": userID, "username": "ada"}
		body, _ := json.Marshal(m)
		code, resp := f.ask(body)
		if code != http.StatusOK || len(resp.Data.Embeds) == 0 {
			t.Fatalf("/%s in a DM: %d %s", name, code, resp.raw)
		}
		if !strings.Contains(resp.Data.Embeds[0].Title, "server channel") || !resp.ephemeral() {
			t.Errorf("/%s in a DM: %q", name, resp.Data.Embeds[0].Title)
		}
	}
	if f.answered() != 0 {
		t.Error("the bot ran a Manage command from a DM")
	}
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		body      []byte
		first     string   // the best choice's value
		include   []string // values among the choices
		wantNone  bool
		wantCount int // 0: do not check
	}{
		{"topic prefix", autocomplete("status", option{Name: "topic", Type: 3, Value: "ukr", Focused: true}), "ukraine", nil, false, 0},
		{"topic alias", autocomplete("status", option{Name: "topic", Type: 3, Value: "INF", Focused: true}), "arms-control", nil, false, 0},
		{"topic typo", autocomplete("status", option{Name: "topic", Type: 3, Value: "sanktions", Focused: true}), "sanctions", nil, false, 0},
		{"topic empty", autocomplete("status", option{Name: "topic", Type: 3, Value: "", Focused: true}), "", []string{"ukraine", "nato", "arms-control", "sanctions", "us-russia-diplomacy"}, false, 5},
		{"speaker", autocomplete("quote", option{Name: "speaker", Type: 3, Value: "lavr", Focused: true}), "sergey-lavrov", nil, false, 0},
		{"speaker among others", autocomplete("quote", str("words", "nato"), option{Name: "speaker", Type: 3, Value: "put", Focused: true}), "vladimir-putin", nil, false, 0},
		{"free text option", autocomplete("quote", str("speaker", "putin"), option{Name: "words", Type: 3, Value: "na", Focused: true}), "", nil, true, 0},
		{"nothing close", autocomplete("status", option{Name: "topic", Type: 3, Value: "zzzzzzzz", Focused: true}), "", nil, true, 0},
	}
	f := newFixture(t)
	for _, tc := range tests {
		code, resp := f.ask(tc.body)
		if code != http.StatusOK || resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
			t.Fatalf("%s: %d type %d, want 200 type 8", tc.name, code, resp.Type)
		}
		cs := resp.Data.Choices
		if !strings.Contains(string(resp.raw), `"choices":[`) {
			t.Errorf("%s: no choices list in %s", tc.name, resp.raw)
		}
		if tc.wantNone != (len(cs) == 0) {
			t.Errorf("%s: %d choices", tc.name, len(cs))
		}
		if len(cs) > 25 {
			t.Errorf("%s: %d choices, Discord takes 25", tc.name, len(cs))
		}
		if tc.first != "" && (len(cs) == 0 || cs[0].Value != tc.first) {
			t.Errorf("%s: choices %v, want %s first", tc.name, cs, tc.first)
		}
		for _, v := range tc.include {
			if !hasChoice(cs, v) {
				t.Errorf("%s: choices %v lack %s", tc.name, cs, v)
			}
		}
		if tc.wantCount > 0 && len(cs) != tc.wantCount {
			t.Errorf("%s: %d choices, want %d", tc.name, len(cs), tc.wantCount)
		}
		for _, c := range cs {
			if c.Name == "" || len([]rune(c.Name)) > 100 || len(c.Value) > 100 {
				t.Errorf("%s: choice %+v breaks Discord's limits", tc.name, c)
			}
		}
	}
	if f.answered() != 0 {
		t.Error("autocomplete ran commands")
	}
}

func hasChoice(cs []discord.Choice, v string) bool {
	for _, c := range cs {
		if c.Value == v {
			return true
		}
	}
	return false
}

// TestButtons presses the buttons answers carry: a follow-up command, and
// "Share in channel".
func TestButtons(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, status := f.ask(command("status", str("topic", "ukraine")))
	var more, share string
	for _, b := range status.buttons() {
		switch {
		case strings.HasPrefix(b.Label, "More from"):
			if more == "" {
				more = b.CustomID
			}
		case b.Label == "Share in channel":
			share = b.CustomID
		}
		if len(b.CustomID) > 100 || len([]rune(b.Label)) > 80 {
			t.Errorf("button %+v breaks Discord's limits", b)
		}
	}
	if more == "" || share == "" {
		t.Fatalf("the /status answer has no follow-up or share button: %+v", status.buttons())
	}

	_, r := f.ask(button(more))
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || !r.ephemeral() || !strings.HasPrefix(r.Data.Embeds[0].Title, "Quotes: ") {
		t.Errorf("%s: type %d ephemeral %v title %q", more, r.Type, r.ephemeral(), r.Data.Embeds[0].Title)
	}

	_, r = f.ask(button(share))
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.ephemeral() {
		t.Errorf("share: type %d ephemeral %v, want a public message", r.Type, r.ephemeral())
	}
	if r.Data.Embeds[0].Title != status.Data.Embeds[0].Title {
		t.Errorf("share posted %q, the answer was %q", r.Data.Embeds[0].Title, status.Data.Embeds[0].Title)
	}
	for _, b := range r.buttons() {
		if b.Label == "Share in channel" {
			t.Error("a shared answer offers to share it again")
		}
	}

	_, r = f.ask(button("something:else"))
	if len(r.Data.Embeds) == 0 || !strings.Contains(r.Data.Embeds[0].Title, "no longer works") || !r.ephemeral() {
		t.Errorf("unknown button: %s", r.raw)
	}
}

// TestDeferredAnswer makes the bot slow: the endpoint answers "thinking"
// (type 5, ephemeral) in time, then edits the answer in through the
// interaction's webhook.
func TestDeferredAnswer(t *testing.T) {
	t.Parallel()
	for _, public := range []bool{false, true} {
		f := newFixture(t)
		release := make(chan struct{})
		var once sync.Once
		f.bot.Observe = func(bot.Request, bot.Reply, time.Duration) { <-release }
		f.ix.DeferAfter = 20 * time.Millisecond
		opts := []option{str("topic", "ukraine")}
		if public {
			opts = append(opts, boolOpt("public", true))
		}
		body := command("status", opts...)
		code, resp := f.ask(body)
		once.Do(func() { close(release) })
		if code != http.StatusOK || resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Fatalf("slow answer: %d type %d, want 200 type 5", code, resp.Type)
		}
		if resp.ephemeral() == public {
			t.Errorf("public=%v: deferred response ephemeral=%v", public, resp.ephemeral())
		}
		if !strings.Contains(string(resp.raw), `"allowed_mentions":{"parse":[]}`) {
			t.Errorf("the deferred response lets mentions ping: %s", resp.raw)
		}
		f.ix.Wait(context.Background())
		edits := f.discord.RequestsTo(http.MethodPatch, "/webhooks/"+appID+"/")
		if len(edits) != 1 || !strings.HasSuffix(edits[0].Path, "/messages/@original") {
			t.Fatalf("edits of the original: %+v", edits)
		}
		var m struct {
			Embeds          []*discordgo.MessageEmbed `json:"embeds"`
			AllowedMentions struct{ Parse []string }  `json:"allowed_mentions"`
			Flags           int                       `json:"flags"`
		}
		if err := json.Unmarshal(edits[0].Body, &m); err != nil {
			t.Fatal(err)
		}
		if len(m.Embeds) == 0 || !strings.Contains(m.Embeds[0].Title, "Ukraine") {
			t.Errorf("the edit does not carry the answer: %s", edits[0].Body)
		}
		if !strings.Contains(string(edits[0].Body), `"allowed_mentions":{"parse":[]}`) {
			t.Errorf("the edit lets mentions ping: %s", edits[0].Body)
		}
		if edits[0].Header.Get("Authorization") != "" {
			t.Error("an interaction webhook edit sent an Authorization header")
		}
	}
}

// TestCacheFollowsCatalog: the same question is answered from the cache,
// still observed by the bot's metrics hook, and a new catalog is served as
// soon as it is swapped in.
func TestCacheFollowsCatalog(t *testing.T) {
	t.Parallel()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	live := briefings.NewLive(c)
	f := newFixture(t)
	b := bot.New(live)
	b.Observe = f.bot.Observe
	s, _ := discord.NewSession("", f.discord.APIURL())
	f.ix = discord.NewInteractions(b, s)
	var logs bytes.Buffer
	f.ix.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f.h, _ = discord.NewHandler(f.ix, f.pub)

	_, first := f.ask(command("topics"))
	_, second := f.ask(command("topics"))
	if string(first.raw) != string(second.raw) {
		t.Errorf("the same question answered differently:\n%s\n%s", first.raw, second.raw)
	}
	if f.answered() != 2 {
		t.Errorf("the metrics hook saw %d answers, want 2", f.answered())
	}
	if n := strings.Count(logs.String(), `"cached":true`); n != 1 {
		t.Errorf("%d cached answers logged, want 1:\n%s", n, logs.String())
	}

	reg, ps := briefings.ParseRegistry("registry.yaml", []byte("topics:\n  - name: Weather\n    description: Rain and shine.\nspeakers:\n  - name: Ada Lovelace\n"))
	if ps.Err() != nil {
		t.Fatal(ps.Err())
	}
	live.Swap(briefings.NewCatalog(reg, nil))
	_, third := f.ask(command("topics"))
	if !strings.Contains(embedText(third.Data.Embeds), "Weather") {
		t.Errorf("after a catalog swap, /topics still says:\n%s", embedText(third.Data.Embeds))
	}
}

// managerCommand is a slash command from a member who may manage the
// channel (Manage Channels).
func managerCommand(name string, opts ...option) []byte {
	return interaction(discordgo.InteractionApplicationCommand, map[string]any{"id": "1111111111111111111", "name": name, "options": opts, "type": 1}, "16")
}

// TestShareOnlyQuestions: "Share in channel" runs the command again, so it
// is offered only on answers to pure questions, never on what /subscribe,
// /unsubscribe or /subscriptions say, nor on usage, help or refusals; and a
// button that asks to share such a command anyway runs nothing.
func TestShareOnlyQuestions(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	store := bot.NewMemStore()
	f.bot.Store = store
	tests := []struct {
		name  string
		body  []byte
		share bool
	}{
		{"status", command("status", str("topic", "ukraine")), true},
		{"subscribe", managerCommand("subscribe", str("topics", "ukraine"), str("at", "08:00")), false},
		{"subscribe usage", managerCommand("subscribe", str("topics", "ukraine"), str("at", "25:99")), false},
		{"subscribe refused", command("subscribe", str("topics", "ukraine")), false},
		{"subscriptions", command("subscriptions"), false},
		{"unsubscribe", managerCommand("unsubscribe", str("topics", "ukraine")), false},
		{"status unknown", command("status", str("topic", "weather")), false},
	}
	for _, tc := range tests {
		code, resp := f.ask(tc.body)
		if code != http.StatusOK || len(resp.Data.Embeds) == 0 {
			t.Fatalf("%s: %d %s", tc.name, code, resp.raw)
		}
		offered := false
		for _, b := range resp.buttons() {
			offered = offered || b.Label == "Share in channel"
		}
		if offered != tc.share {
			t.Errorf("%s (%q): Share in channel offered %v, want %v", tc.name, resp.Data.Embeds[0].Title, offered, tc.share)
		}
	}

	// A forged or old button asking to share /unsubscribe: the channel's
	// subscription stays.
	f.ask(managerCommand("subscribe", str("topics", "nato"), str("at", "09:00")))
	ch := bot.ChannelKey{Platform: bot.Discord, Workspace: guildID, Channel: chanID}
	before, err := store.Subscriptions(context.Background(), ch)
	if err != nil || len(before) == 0 {
		t.Fatalf("subscriptions before the press: %v %v", before, err)
	}
	asked := f.answered()
	for _, id := range []string{"share:unsubscribe", "share:unsubscribe?topics=nato", "share:subscribe?topics=ukraine"} {
		body := interaction(discordgo.InteractionMessageComponent, map[string]any{"custom_id": id, "component_type": 2}, "16")
		_, r := f.ask(body)
		if len(r.Data.Embeds) == 0 || !strings.Contains(r.Data.Embeds[0].Title, "cannot be shared") || !r.ephemeral() {
			t.Errorf("%s: %s", id, r.raw)
		}
	}
	if n := f.answered() - asked; n != 0 {
		t.Errorf("the bot ran %d commands for shares of Manage commands", n)
	}
	if after, _ := store.Subscriptions(context.Background(), ch); len(after) != len(before) {
		t.Errorf("%d subscriptions after the presses, %d before", len(after), len(before))
	}
}

// stalledStore is a subscription store that never answers: each call waits
// until its context ends, as a store behind a dead connection would.
type stalledStore struct{ *bot.MemStore }

func (stalledStore) Subscriptions(ctx context.Context, _ bot.ChannelKey) ([]bot.Subscription, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestDeferredAnswerIsBounded: a deferred answer has AnswerWithin, not the
// token's 15 minutes. A command that runs into the limit (a stalled store)
// gets what it ended with edited in, though its time is used up; one that
// does not stop gets an apology edited in instead of "thinking…" for good.
func TestDeferredAnswerIsBounded(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		body   []byte
		ignore bool   // the command ignores its deadline
		want   string // the edit says this
	}{
		{"the store stalls until the deadline", command("subscriptions"), false, "subscription store"},
		{"a command ignores its deadline", command("status", str("topic", "ukraine")), true, "took too long"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t)
			f.bot.Store = stalledStore{bot.NewMemStore()}
			release := make(chan struct{})
			t.Cleanup(func() { close(release) })
			if tc.ignore {
				f.bot.Observe = func(bot.Request, bot.Reply, time.Duration) { <-release }
			}
			f.ix.DeferAfter = 20 * time.Millisecond
			f.ix.AnswerWithin = 200 * time.Millisecond
			start := time.Now()
			code, resp := f.ask(tc.body)
			if code != http.StatusOK || resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
				t.Fatalf("%d type %d, want a deferred response", code, resp.Type)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			f.ix.Wait(ctx)
			edits := f.discord.RequestsTo(http.MethodPatch, "/webhooks/"+appID+"/")
			if len(edits) != 1 {
				t.Fatalf("%d edits of the deferred response after %v, want 1", len(edits), time.Since(start))
			}
			var m struct {
				Embeds []*discordgo.MessageEmbed `json:"embeds"`
			}
			json.Unmarshal(edits[0].Body, &m)
			if got := embedText(m.Embeds); !strings.Contains(got, tc.want) {
				t.Errorf("the edit does not say %q:\n%s", tc.want, got)
			}
		})
	}
}

// TestOnlyPureAnswersCached: /subscriptions is the channel's own, so it is
// never answered from the cache of pure answers: asked in a second channel
// it lists that channel's briefings, not the first's.
func TestOnlyPureAnswersCached(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.bot.Store = bot.NewMemStore()
	f.bot.Now = func() time.Time { return time.Date(2026, 3, 2, 6, 30, 0, 0, time.UTC) }
	in := func(channel string, body []byte) []byte {
		var m map[string]any
		json.Unmarshal(body, &m)
		m["channel_id"] = channel
		m["channel"].(map[string]any)["id"] = channel
		b, _ := json.Marshal(m)
		return b
	}
	if _, r := f.ask(managerCommand("subscribe", str("topics", "ukraine"), str("at", "08:00"))); r.Data.Embeds[0].Color == 0xDA373C {
		t.Fatalf("/subscribe: %s", r.raw)
	}
	_, here := f.ask(command("subscriptions"))
	_, there := f.ask(in("998877665544332299", command("subscriptions")))
	if embedText(here.Data.Embeds) == embedText(there.Data.Embeds) {
		t.Errorf("/subscriptions in another channel got this channel's answer:\n%s", embedText(there.Data.Embeds))
	}
}
