package slack

import (
	"net/http/httptest"
	"strings"
	"testing"

	slackapi "github.com/slack-go/slack"
)

// TestParseCommandAgreesWithSlackGo reads slash-command bodies with our parser and with
// slack-go's SlashCommandParse, which goes through net/http's form parsing.
func TestParseCommandAgreesWithSlackGo(t *testing.T) {
	t.Parallel()
	bodies := map[string]string{
		"Slack's signing example": docBody,
		// The sample payload of https://docs.slack.dev/interactivity/implementing-slash-commands
		"Slack's sample payload": "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&enterprise_id=E0001&enterprise_name=Globular%20Construct%20Inc&channel_id=C2147483705&channel_name=test&user_id=U2147483697&user_name=Steve&command=/weather&text=94070&response_url=https://hooks.slack.com/commands/1234/5678&trigger_id=13345224609.738474920.8088930838d88f008e0",
		"plus and percent":       "command=%2Fquote&text=vladimir+putin+%2B+nato+100%25&user_id=U1",
		"escaped by Slack":       "command=%2Fsearch&text=a+%26amp%3B+b+%26lt%3B%21channel%26gt%3B",
		"repeated field":         "command=%2Fstatus&text=first&text=second",
		"empty and bare":         "command=%2Fhelp&text=&channel_id&=x&&user_id=U9",
		"unicode":                "command=%2Fstatus&text=%C3%BCkraine+%F0%9F%98%80&user_name=J%C3%BCrgen+M",
		"command escapes":        "command=%2fst%61tus&text=x&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F2%2Fabc",
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got, ok := parseCommand([]byte(body))
			r := httptest.NewRequest("POST", "/slack/commands", strings.NewReader(body))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			want, err := slackapi.SlashCommandParse(r)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				t.Fatalf("parseCommand refused %q", body)
			}
			if got.Command != want.Command || got.Text != want.Text || got.TeamID != want.TeamID ||
				got.ChannelID != want.ChannelID || got.UserID != want.UserID || got.UserName != want.UserName ||
				got.responseURL() != want.ResponseURL {
				t.Errorf("ours %+v\nslack-go %+v", got, want)
			}
		})
	}
}

func TestParseCommandRefuses(t *testing.T) {
	t.Parallel()
	for _, body := range []string{"", "text=ukraine", "command=%zz&text=x", "{\"command\":\"/status\"}"} {
		if c, ok := parseCommand([]byte(body)); ok {
			t.Errorf("parseCommand(%q) = %+v, want a refusal", body, c)
		}
	}
}

func TestSSLCheck(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	resp, body := ta.do(ta.signed(CommandsPath, []byte("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO")))
	if resp.StatusCode != 200 || len(body) != 0 || ta.h.n.Load() != 0 {
		t.Errorf("ssl_check: %s %q", resp.Status, body)
	}
}

func TestMentionText(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"<@U0BOT> status ukraine":                         "status ukraine",
		"<@U0BOT> /quote putin":                           "/quote putin",
		"hey <@U0BOT> search missiles":                    "search missiles",
		"status ukraine <@U0BOT>":                         "status ukraine",
		"<@U0BOT>":                                        "",
		"<@U0BOT> search <https://example.com|example>":   "search example",
		"<@U0BOT> search <#C123|general> &amp; &lt;b&gt;": "search #general & <b>",
		"<@U0BOT> quote <@U0OTHER> nato":                  "quote nato",
		// Someone else is mentioned first: the command follows the bot's mention.
		"<@U0ALICE> <@U0BOT> status ukraine":      "status ukraine",
		"thanks <@U0ALICE>! <@U0BOT> quote putin": "quote putin",
		"<@U0BOT|briefbot> search missiles":       "search missiles",
		"ask <@U0ALICE> about it <@U0BOT>":        "ask about it",
	}
	for in, want := range tests {
		if got := mentionText(in, "U0BOT"); got != want {
			t.Errorf("mentionText(%q) = %q, want %q", in, got, want)
		}
	}
	// Without the bot's id (Slack did not list it), the first mention is taken for the bot's.
	if got := mentionText("<@U0BOT> status ukraine", ""); got != "status ukraine" {
		t.Errorf("without the bot's id: %q", got)
	}
}
