package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// OptionKind says what an option holds, so platforms with typed commands
// (Discord) can register and autocomplete it.
type OptionKind int

const (
	// Text is free text.
	Text OptionKind = iota
	// TopicName is a topic, autocompleted from the catalog.
	TopicName
	// SpeakerName is a speaker, autocompleted from the catalog.
	SpeakerName
	// Flag is a yes/no switch.
	Flag
)

// Option is a named argument of a command.
type Option struct {
	Name        string
	Description string
	Kind        OptionKind
	Required    bool
}

// Command is one entry of the command table, which drives routing, /help
// and the platforms' command registration alike.
type Command struct {
	Name     string
	Usage    string // e.g. "/status <topic>"
	Summary  string // one line, under 100 characters (Discord's limit)
	Details  string
	Examples []string
	Options  []Option
	// Manage marks commands that change the channel's settings; platforms
	// register them for channel managers only.
	Manage bool
	// Pure marks commands whose answer depends only on the catalog, the
	// arguments and Request.CanCurate (a curator's /status carries Retract
	// buttons): not on who else asks, where, the time, or stored state.
	// Adapters may reuse a pure command's answer for as long as the catalog
	// is the same one, keyed on CanCurate too. The zero value (not pure) is
	// always safe.
	Pure bool
	// Curate marks commands for curators only (Request.CanCurate): the
	// core refuses them to anyone else, saying who may, and platforms that
	// can (Discord) offer them to curators only.
	Curate bool
	// Slow marks commands whose answer may take seconds (fetching a page):
	// adapters acknowledge at once and deliver the answer when it comes.
	Slow bool

	// maxArgs bounds the argument text; 0 means MaxArgs.
	maxArgs int

	run func(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply
}

var publicOption = Option{Name: "public", Description: "Show the answer to the whole channel", Kind: Flag}

// commands is the command table. Order is the order /help lists them in.
var commands []*Command

func init() {
	commands = []*Command{
		{
			Name:     "status",
			Usage:    "/status <topic>",
			Pure:     true,
			Summary:  "The current picture on a topic: summary, key points, quotes and sources",
			Details:  "Shows the latest briefing on the topic with its key points, a timeline of recent briefings, a quote or two and the sources. Add \"public\" to show it to the channel.",
			Examples: []string{"/status ukraine", "/status arms control public"},
			Options:  []Option{{Name: "topic", Description: "The topic, e.g. ukraine", Kind: TopicName, Required: true}, publicOption},
			run:      status,
		},
		{
			Name:     "quote",
			Usage:    "/quote <speaker> [words]",
			Pure:     true,
			Summary:  "What someone said, newest first, with context, date and source",
			Details:  "Lists the speaker's quotes, newest first. Add words to keep only quotes that mention them.",
			Examples: []string{"/quote putin", "/quote putin nato", "/quote \"Sergey Lavrov\""},
			Options: []Option{
				{Name: "speaker", Description: "Who said it, e.g. putin", Kind: SpeakerName, Required: true},
				{Name: "words", Description: "Only quotes mentioning these words", Kind: Text},
				publicOption,
			},
			run: quote,
		},
		{
			Name:     "brief",
			Usage:    "/brief [topic…]",
			Pure:     true,
			Summary:  "Today's digest, the same message the daily post carries",
			Details:  "The newest briefings on the topics you name (all topics when you name none), with key points, a quote of the day and sources.",
			Examples: []string{"/brief", "/brief ukraine nato"},
			Options:  []Option{{Name: "topics", Description: "Topics to include, e.g. ukraine nato (default: all)", Kind: Text}, publicOption},
			run:      brief,
		},
		{
			Name:     "topics",
			Usage:    "/topics",
			Pure:     true,
			Summary:  "Every topic the bot knows, with its other names",
			Examples: []string{"/topics"},
			Options:  []Option{publicOption},
			run:      listTopics,
		},
		{
			Name:     "speakers",
			Usage:    "/speakers",
			Pure:     true,
			Summary:  "Every speaker the bot can quote, with their role",
			Examples: []string{"/speakers"},
			Options:  []Option{publicOption},
			run:      listSpeakers,
		},
		{
			Name:     "search",
			Usage:    "/search <words>",
			Pure:     true,
			Summary:  "Briefings and quotes that match your words, best first",
			Details:  "Ranks every briefing and quote by relevance (BM25) to the words.",
			Examples: []string{"/search missiles", "/search sanctions europe"},
			Options:  []Option{{Name: "words", Description: "What to look for", Kind: Text, Required: true}, publicOption},
			run:      search,
		},
		{
			Name:    "subscribe",
			Usage:   "/subscribe <topic…> [at HH:MM] [tz Area/City] [skip]",
			Summary: "Post a briefing on the topics to this channel every day",
			Details: "Every day at the time given (08:00 unless you say), in the time zone given (the bot's default unless you say), the channel gets what is new on the topics since its last briefing. " +
				"Topics already posted at another time move to this one. Add \"skip\" to skip days with nothing new. Only the channel's managers may use it.",
			Examples: []string{"/subscribe ukraine nato at 08:00 tz Europe/Berlin", "/subscribe sanctions at 17:30 skip"},
			Options: []Option{
				{Name: "topics", Description: "Topics to cover, e.g. ukraine nato", Kind: Text, Required: true},
				{Name: "at", Description: "Local time of the post, HH:MM (default 08:00)", Kind: Text},
				{Name: "tz", Description: "Time zone, e.g. Europe/Berlin (default: the bot's)", Kind: Text},
				{Name: "skip", Description: "Skip the post on days with nothing new", Kind: Flag},
			},
			Manage: true,
			run:    subscribe,
		},
		{
			Name:     "unsubscribe",
			Usage:    "/unsubscribe [topic…]",
			Summary:  "Stop daily briefings on the topics here, or all of them",
			Details:  "Removes the topics from this channel's daily briefings; with no topics, stops every daily briefing here. Only the channel's managers may use it.",
			Examples: []string{"/unsubscribe ukraine", "/unsubscribe"},
			Options:  []Option{{Name: "topics", Description: "Topics to stop (default: all)", Kind: Text}},
			Manage:   true,
			run:      unsubscribe,
		},
		{
			Name:     "subscriptions",
			Usage:    "/subscriptions",
			Summary:  "This channel's daily briefings, with when the next one posts",
			Details:  "Lists the channel's daily briefings: topics, time and zone, the next post, how the last one went, and why one is paused if it is.",
			Examples: []string{"/subscriptions"},
			Options:  []Option{publicOption},
			run:      subscriptions,
		},
		{
			Name:    "draft",
			Usage:   "/draft <url>",
			Summary: "Draft a briefing from an article's link, to review, edit and publish (curators)",
			Details: "Fetches the article, drafts a briefing from it (title, date, topics, summary, key points, every quote with its speaker) " +
				"and shows it to you with buttons to publish, edit, name the quotes' speakers, or discard it. Nothing is published until a curator clicks Publish. " +
				"Only curators may use it.",
			Examples: []string{"/draft https://example.com/2026/03/02/talks-resume"},
			Options:  []Option{{Name: "url", Description: "The article's address, starting with https://", Kind: Text, Required: true}},
			Curate:   true,
			Slow:     true,
			maxArgs:  maxDraftText,
			run:      draftCmd,
		},
		{
			Name:     "drafts",
			Usage:    "/drafts",
			Summary:  "The drafts waiting for review here, with who made them and when (curators)",
			Details:  fmt.Sprintf("Lists the open drafts of this workspace, the next to be discarded first: a draft nobody changes for %d days is discarded. Only curators may use it.", DraftTTLDays),
			Examples: []string{"/drafts"},
			Curate:   true,
			run:      listDrafts,
		},
		{
			Name:    "follow",
			Usage:   "/follow <url> [topic…]",
			Summary: "Follow a news feed here: each new story becomes a draft for review (curators)",
			Details: "Reads the feed at the address (RSS, Atom or JSON Feed, or a page that advertises one) and follows it in this channel: " +
				"its newest 3 stories are drafted at once, then every new one as it appears, each posted here as a review card for any curator to publish, edit or discard. " +
				"A story that another followed feed already brought joins that draft as a further source. Topics you name are added to every draft from it. Only curators may use it.",
			Examples: []string{"/follow https://example.com/world/rss.xml", "/follow https://example.com/news ukraine nato"},
			Options: []Option{
				{Name: "url", Description: "The feed's address, or a page that advertises one", Kind: Text, Required: true},
				{Name: "topics", Description: "Topics added to every draft from it, e.g. ukraine nato", Kind: Text},
			},
			Curate:  true,
			Slow:    true,
			maxArgs: maxLink + MaxArgs,
			run:     followCmd,
		},
		{
			Name:     "feeds",
			Usage:    "/feeds",
			Summary:  "The feeds this channel follows, with how their fetches go (curators)",
			Details:  "Lists the channel's feeds, numbered: title, address, topics, the last successful fetch, the last error, the next fetch and the drafts made. Only curators may use it.",
			Examples: []string{"/feeds"},
			Curate:   true,
			run:      feedsCmd,
		},
		{
			Name:     "unfollow",
			Usage:    "/unfollow <url or number>",
			Summary:  "Stop following a feed here (curators)",
			Details:  "Stops following the feed with that address, or with that number in /feeds. The drafts it made stay. Only curators may use it.",
			Examples: []string{"/unfollow 2", "/unfollow https://example.com/world/rss.xml"},
			Options:  []Option{{Name: "feed", Description: "The feed's address, or its number in /feeds", Kind: Text, Required: true}},
			Curate:   true,
			maxArgs:  maxLink + 10,
			run:      unfollowCmd,
		},
		{
			Name:     "help",
			Usage:    "/help [command]",
			Pure:     true,
			Summary:  "What the bot can do, or how to use one command",
			Examples: []string{"/help", "/help quote"},
			Options:  []Option{{Name: "command", Description: "A command to explain, e.g. quote", Kind: Text}},
			run:      help,
		},
	}
}

// Commands returns the command table. Adapters use it to register commands
// with their platform; the returned values must not be modified.
func Commands() []*Command { return commands }

// Lookup returns the command of the table called name ("status", "/status",
// any case), or nil when there is none. Adapters use it to check a command's
// Pure and Manage marks before acting on a button or a cached answer.
func Lookup(name string) *Command { return lookup(name) }

func lookup(name string) *Command {
	name = strings.TrimPrefix(strings.ToLower(name), "/")
	for _, c := range commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func help(_ context.Context, _ *Bot, _ *briefings.Catalog, req Request) Reply {
	name := req.Arg("command")
	if name == "" {
		name = req.Text
	}
	if name = strings.TrimSpace(name); name != "" {
		c := lookup(strings.Fields(name)[0])
		if c == nil {
			return unknownCommand(req, name)
		}
		return commandHelp(req, c)
	}
	return overview(req, "Briefbot commands", "")
}

func overview(req Request, title, lead string) Reply {
	sec := Section{Title: "Commands"}
	for _, c := range commands {
		if c.Curate && !req.CanCurate {
			continue // not theirs to use; the refusal says who may
		}
		sec.Items = append(sec.Items, Item{Text: req.cmd(c.Usage), Detail: c.Summary})
	}
	if lead == "" {
		lead = "I keep short, sourced briefings and attributed quotes. Ask me:"
	}
	return Reply{
		Kind:     Help,
		Title:    title,
		Text:     lead,
		Sections: []Section{sec},
		Note:     "Add \"public\" to a question to show the answer to the whole channel. " + req.cmd("/help <command>") + " explains one command.",
	}
}

func commandHelp(req Request, c *Command) Reply {
	r := Reply{Kind: Help, Title: req.cmd(c.Usage), Text: c.Summary + "."}
	if c.Details != "" {
		r.Text += "\n\n" + c.Details
	}
	if len(c.Examples) > 0 {
		sec := Section{Title: "Examples"}
		for _, e := range c.Examples {
			sec.Items = append(sec.Items, Item{Text: req.cmd(e)})
		}
		r.Sections = append(r.Sections, sec)
	}
	return r
}

// unknownCommand answers a command name that is not in the table. The name
// is the asker's, written as they typed it, not as a hint.
func unknownCommand(req Request, name string) Reply {
	name = strings.TrimPrefix(name, "/")
	return overview(req, fmt.Sprintf("I don't know /%s", name), "Here is what I can do:")
}

// usage answers a mistyped command with the reason and how to type it.
func usage(req Request, c *Command, why string) Reply {
	r := Reply{Kind: Usage, Title: "Usage: " + req.cmd(c.Usage), Text: why}
	if len(c.Examples) > 0 {
		ex := make([]string, len(c.Examples))
		for i, e := range c.Examples {
			ex[i] = req.cmd(e)
		}
		r.Note = "For example: " + strings.Join(ex, " · ")
	}
	return r
}
