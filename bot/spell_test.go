package bot_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestSpellOnlyHints: Request.Spell writes every command a reply suggests, and nothing the asker
// or the curators wrote: a search for "/status" is still titled with "/status".
func TestSpellOnlyHints(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	b.Store = bot.NewMemStore()
	mark := func(line string) string { return "«" + line + "»" }
	// A command hint left unspelled: a slash and a command name, outside «».
	bare := regexp.MustCompile(`(?:^|[^«\p{L}\p{N}/])/(?:status|quote|brief|topics|speakers|search|subscribe|unsubscribe|subscriptions|help)\b`)
	asks := []struct{ command, text, keep string }{
		{"help", "", ""}, {"help", "status", ""}, {"weather", "", "I don't know /weather"},
		{"status", "", ""}, {"status", "narnia", ""}, {"status", "putin", ""}, {"status", "ukraine", ""},
		{"quote", "", ""}, {"quote", "ukraine", ""}, {"quote", "antony-blinken", ""}, {"quote", "putin nato", ""},
		{"search", "", ""}, {"search", "zzqx", ""}, {"search", "/status", "Search: /status"},
		{"topics", "", ""}, {"speakers", "", ""}, {"brief", "", ""},
		{"subscribe", "", ""}, {"subscribe", "ukraine at 08:00", ""}, {"subscriptions", "", ""},
		{"unsubscribe", "", ""}, {"unsubscribe", "ukraine", ""},
	}
	for _, a := range asks {
		r := b.Handle(context.Background(), bot.Request{Platform: bot.Slack, Command: a.command, Text: a.text, Channel: "C1", Workspace: "T1", User: "U1", CanManage: true, Spell: mark})
		texts := []string{r.Title, r.Text, r.Note}
		for _, s := range r.Sections {
			for _, it := range s.Items {
				texts = append(texts, it.Text, it.Detail)
			}
		}
		all := strings.Join(texts, "\n")
		if a.keep != "" {
			if r.Title != a.keep {
				t.Errorf("/%s %s: titled %q, want %q", a.command, a.text, r.Title, a.keep)
			}
			all = strings.ReplaceAll(all, a.text, "") // the asker's words, wherever the reply quotes them
		}
		if loc := bare.FindStringIndex(all); loc != nil {
			t.Errorf("/%s %s: %q is a hint not spelled for the asker:\n%s", a.command, a.text, all[loc[0]:loc[1]], all)
		}
	}
}
