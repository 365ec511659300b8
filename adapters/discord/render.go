package discord

import (
	"hash/fnv"
	"net/url"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Colours of the left bar of an embed. Answers about a topic take one of
// the palette's colours, always the same for the same topic, so a channel
// following several topics can tell them apart at a glance.
const (
	colourDefault  = 0x4E5D94
	colourHelp     = 0x5865F2
	colourNotFound = 0xF0B232
	colourRefused  = 0xDA373C
)

var palette = []int{0x1F77B4, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x17BECF, 0xBCBD22, 0xFF7F0E, 0x3BA55C}

// Room given to the parts of a reply before the whole is fitted to the
// 6000-unit message budget; they keep one long part from crowding out the
// rest.
const (
	roomItem    = 400
	roomDetail  = 300
	roomBy      = 100
	roomQuote   = 1200
	roomContext = 400
	roomSource  = 200
	roomNote    = 400
	// descFloor is how short a long text is cut before quotes and fields
	// are given up to make a message fit.
	descFloor = 2000
)

// Render turns a reply into Discord embeds: the answer (title, text,
// sections and sources as fields, a footer with the date and sources), then
// one embed per quote. It never fails and always keeps to Discord's limits:
// what does not fit is cut with "…" and the footer says so.
func Render(r bot.Reply) []*discordgo.MessageEmbed {
	colour := colourOf(r)
	main := &discordgo.MessageEmbed{Title: fit(r.Title, maxTitle, true), Color: colour}

	var fields []*discordgo.MessageEmbedField
	for _, s := range r.Sections {
		fields = append(fields, sectionFields(s)...)
	}
	fields = append(fields, sourceFields(r.Sources)...)
	shortened := false
	if len(fields) > maxFields {
		fields = fields[:maxFields]
		shortened = true
	}

	var quotes []*discordgo.MessageEmbed
	for _, q := range r.Quotes {
		if len(quotes) == maxEmbeds-1 {
			shortened = true
			break
		}
		quotes = append(quotes, quoteEmbed(q, colour))
	}

	descMax := maxDescription
	for {
		main.Description = description(r, descMax)
		main.Fields = fields
		main.Footer = footer(r, shortened)
		if main.Title == "" && main.Description == "" && len(main.Fields) == 0 {
			main.Description = "Nothing to show." // Discord refuses an empty embed
		}
		embeds := append([]*discordgo.MessageEmbed{main}, quotes...)
		over := total(embeds) - maxEmbedTotal
		if over <= 0 {
			return embeds
		}
		// Too long for one message: a long text is cut to half the budget
		// first, then quotes go, then fields from the end, then more text.
		shortened = true
		switch d := units(main.Description); {
		case d > descFloor:
			descMax = max(descFloor, d-over-len(shortenedNote))
		case len(quotes) > 0:
			quotes = quotes[:len(quotes)-1]
		case len(fields) > 0:
			fields = fields[:len(fields)-1]
		default:
			descMax = max(0, units(main.Description)-over-len(shortenedNote))
		}
	}
}

// description is the reply's text, then its note in italics, in at most
// max units. The note survives a cut of the text when it can.
func description(r bot.Reply, max int) string {
	note := ""
	if r.Note != "" {
		note = "*" + fit(r.Note, roomNote, true) + "*"
	}
	text := fit(r.Text, maxDescription, true)
	if note == "" {
		return cut(text, max)
	}
	if text == "" {
		return cut(note, max)
	}
	if room := max - units(note) - 2; room >= units(text) || room >= 200 {
		return cut(text, room) + "\n\n" + note
	}
	return cut(text, max)
}

// sectionFields lays a section out as a bulleted list in one field, or in
// several when it is longer than a field holds.
func sectionFields(s bot.Section) []*discordgo.MessageEmbedField {
	lines := make([]string, 0, len(s.Items))
	for _, it := range s.Items {
		lines = append(lines, itemLine(it))
	}
	return pack(s.Title, lines)
}

func itemLine(it bot.Item) string {
	var b strings.Builder
	b.WriteString("• ")
	if !it.Date.IsZero() {
		b.WriteString("`" + it.Date.Format(bot.ShortDateFormat) + "` ")
	}
	b.WriteString(fit(it.Text, roomItem, true))
	if it.By != "" {
		b.WriteString(" — " + fit(it.By, roomBy, true))
	}
	if it.Detail != "" {
		b.WriteString("\n  *" + fit(it.Detail, roomDetail, true) + "*")
	}
	return b.String()
}

// pack fills fields with lines, starting a new field named "… (cont.)"
// when one is full.
func pack(name string, lines []string) []*discordgo.MessageEmbedField {
	name = fit(name, maxFieldName, true)
	if name == "" {
		name = zwsp
	}
	var out []*discordgo.MessageEmbedField
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		out = append(out, &discordgo.MessageEmbedField{Name: name, Value: cur.String()})
		name = cut(strings.TrimSuffix(name, ellipsis)+" (cont.)", maxFieldName)
		cur.Reset()
	}
	n := 0
	for _, l := range lines {
		l = cut(l, maxFieldValue)
		w := units(l)
		if cur.Len() > 0 && n+1+w > maxFieldValue {
			flush()
			n = 0
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
			n++
		}
		cur.WriteString(l)
		n += w
	}
	flush()
	return out
}

// sourceFields lists the sources, numbered, as masked links where they have
// a URL.
func sourceFields(ss []bot.Source) []*discordgo.MessageEmbedField {
	if len(ss) == 0 {
		return nil
	}
	lines := make([]string, 0, len(ss))
	for i, s := range ss {
		line := strconv.Itoa(i+1) + "\\. " + sourceLink(s)
		var more []string
		if s.Outlet != "" {
			more = append(more, fit(s.Outlet, roomBy, true))
		}
		if s.Author != "" {
			more = append(more, "by "+fit(s.Author, roomBy, true))
		}
		if !s.Published.IsZero() {
			more = append(more, s.Published.Format(bot.ShortDateFormat))
		}
		if len(more) > 0 {
			line += " · " + strings.Join(more, " · ")
		}
		lines = append(lines, line)
	}
	return pack("Sources", lines)
}

// sourceLink is a source's title, linked to its URL when it has a web one.
func sourceLink(s bot.Source) string {
	title := fit(s.Title, roomSource, true)
	if title == "" {
		title = fit(s.Outlet, roomSource, true)
	}
	if u := safeURL(s.URL); u != "" && title != "" {
		return "[" + title + "](" + u + ")"
	}
	return title
}

// safeURL returns an http(s) URL written so it cannot break out of a masked
// link, or "".
func safeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(raw) > 512 {
		return ""
	}
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(u.String())
}

// quoteEmbed shows one quote: the speaker as the author line, the words,
// their context, a link to the source, and the date in the footer.
func quoteEmbed(q bot.Quote, colour int) *discordgo.MessageEmbed {
	author := q.Speaker
	if q.Role != "" {
		author += ", " + q.Role
	}
	e := &discordgo.MessageEmbed{
		Color:       colour,
		Author:      &discordgo.MessageEmbedAuthor{Name: fit(author, maxAuthor, false)},
		Description: "“" + fit(q.Text, roomQuote, true) + "”",
	}
	if q.Context != "" {
		e.Description += "\n*" + fit(q.Context, roomContext, true) + "*"
	}
	var foot []string
	if !q.Said.IsZero() {
		foot = append(foot, q.Said.Format(bot.DateFormat))
	}
	if q.Source != nil {
		e.Description += "\n" + sourceLink(*q.Source)
		if q.Source.Outlet != "" {
			foot = append(foot, q.Source.Outlet)
		}
	}
	if len(foot) > 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: fit(strings.Join(foot, " · "), maxFooter, false)}
	}
	return e
}

const shortenedNote = "Shortened to fit Discord"

// footer carries the date the answer was current and where it comes from.
func footer(r bot.Reply, shortened bool) *discordgo.MessageEmbedFooter {
	var parts []string
	if !r.AsOf.IsZero() {
		parts = append(parts, "As of "+r.AsOf.Format(bot.DateFormat))
	}
	if len(r.Sources) > 0 {
		var names []string
		for _, s := range r.Sources {
			n := s.Outlet
			if n == "" {
				n = s.Title
			}
			if n != "" && !contains(names, n) {
				names = append(names, n)
			}
		}
		if len(names) > 3 {
			names = append(names[:3], "+"+strconv.Itoa(len(names)-3))
		}
		if len(names) > 0 {
			parts = append(parts, "Source: "+strings.Join(names, ", "))
		}
	}
	if shortened {
		parts = append(parts, shortenedNote)
	}
	if len(parts) == 0 {
		return nil
	}
	return &discordgo.MessageEmbedFooter{Text: fit(strings.Join(parts, " · "), maxFooter, false)}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// total counts the units of a message's embeds as Discord does against
// its 6000 limit.
func total(embeds []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range embeds {
		n += units(e.Title) + units(e.Description)
		for _, f := range e.Fields {
			n += units(f.Name) + units(f.Value)
		}
		if e.Footer != nil {
			n += units(e.Footer.Text)
		}
		if e.Author != nil {
			n += units(e.Author.Name)
		}
	}
	return n
}

func colourOf(r bot.Reply) int {
	switch r.Kind {
	case bot.NotFound, bot.Usage:
		return colourNotFound
	case bot.Refused, bot.Failed:
		return colourRefused
	case bot.Help:
		return colourHelp
	}
	if r.Topic == "" {
		return colourDefault
	}
	h := fnv.New32a()
	h.Write([]byte(r.Topic))
	return palette[h.Sum32()%uint32(len(palette))]
}
