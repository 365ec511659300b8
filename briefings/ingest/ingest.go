package ingest

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// Unknown is the speaker of a quote whose speaker the article does not let
// us name. It is kept, never guessed, so the editor decides.
const Unknown = "unknown"

// maxPoints is how many reported statements become key points.
const maxPoints = 8

// minWords is the shortest body taken for an article: a couple of
// sentences.
const minWords = 20

// countWords counts the words of the paragraphs, up to limit.
func countWords(paras []string, limit int) int {
	n := 0
	for _, p := range paras {
		if n += wordCountUpTo(p, limit-n); n >= limit {
			break
		}
	}
	return n
}

// Ingester turns articles into drafts against one registry. It is safe for
// concurrent use: nothing changes it after New.
type Ingester struct {
	reg    *briefings.Registry
	names  *registryIndex
	topics *topicIndex
}

// New returns an Ingester that names speakers and topics as reg does. A nil
// registry knows no one: every speaker is new.
func New(reg *briefings.Registry) *Ingester {
	return &Ingester{reg: reg, names: newRegistryIndex(reg), topics: newTopicIndex(reg)}
}

// Options are what an editor knows about an article that it may not say.
type Options struct {
	URL  string    // where it was published; a date in its path (/2022/02/01/) dates the article
	Date time.Time // the article's date, over anything the article says
	ID   string    // the briefing's id; by default its date and the first words of its title
	Now  func() time.Time
}

// Draft is a briefing made from an article, for an editor to check.
type Draft struct {
	ID       string
	Title    string
	Date     time.Time
	DateFrom string // where the date came from; "" when it was not found and today's date stands in
	Topics   []*briefings.Topic
	Names    []NameCount // frequent names not in the registry: topics to consider
	Summary  []string    // whole sentences from the article
	Points   []Point
	Quotes   []Quote
	New      []NewSpeaker // speakers to add to the registry before publishing
	Source   briefings.Source
	Notes    []string // anything else the editor should know
}

// Quote is a direct quote with its speaker.
type Quote struct {
	Text    string
	Speaker string // a registry name, a new speaker's name, or Unknown
	Said    time.Time
	Check   string // why the editor should check the speaker, when they should
}

// Point is a reported statement ("X said that …"), with its speaker when
// the statement names one.
type Point struct {
	Text    string
	Speaker string
}

// NewSpeaker is a suggested registry entry for a speaker the registry lacks.
type NewSpeaker struct {
	Name, Role, Kind string
	Aliases          []string
}

// Draft reads the article and makes the draft briefing.
func (in *Ingester) Draft(a *Article, opt Options) (*Draft, error) {
	now := time.Now
	if opt.Now != nil {
		now = opt.Now
	}
	if a.URL == "" {
		a.URL = opt.URL
	}
	paras := a.Body
	if hasQuoteMark(a.Subtitle) {
		// A standfirst that quotes someone ("X says party will not accept
		// 'leftover seats'") is read for its quotes, not for the summary.
		paras = append([]string{a.Subtitle}, a.Body...)
	}
	if a.labelled && hasQuoteMark(a.Title) {
		paras = append([]string{a.Title}, paras...)
	}
	paras = withCopyAttributions(paras)
	doc := newDocumentIn(paras, in.names)
	doc.lead = len(paras) - len(a.Body)
	doc.home, doc.region, doc.outlet, doc.head, doc.letterhead = a.Place, a.datelineRegion, a.Outlet, a.Title, a.letterhead
	doc.pageTitle = a.pageTitle
	doc.signOff = a.signOff
	doc.author = a.Author
	doc.standfirst = a.Subtitle
	if doc.standfirst == "" && attendanceLine(a.Title) {
		// "Present: <Hon> <Given> <Surname>, <Role>; …" over a transcript,
		// which the reader took for its headline: the header that names
		// in full the people the body calls by surname alone, as a
		// standfirst does.
		doc.standfirst = a.Title
	}
	host := urlHost(a.URL) // the address read once, for its country, the outlet and the source's handle
	doc.domain = domainCountry(host)
	doc.zone = a.zone
	doc.site = siteLabel(host)
	if words := countWords(a.Body, minWords); words < minWords {
		return nil, fmt.Errorf("%w: %d word(s), too few for an article", ErrNoText, words)
	}
	d := &Draft{Title: a.Title}
	d.dateFrom(a, opt, now())
	if d.Title == "" {
		d.Title = firstWords(doc, 14)
		d.Notes = append(d.Notes, "the article has no headline: the title is its first words; write one")
	}

	x := newExtractor(doc, doc.sc.newCast(in.names))
	x.collectMentions()
	x.findEvents()
	quotes := x.attributeQuotes()
	// The learned chooser, where the rules name nobody: read before the
	// summary and topics, while the extractor's mentions are as the
	// rules left them.
	picks := x.choose(quotes)

	// One pass over the article's words counts both the topics' names and
	// the summary candidates' words, with one look-up of each word.
	cands, slots, tc, kept := x.summaryCandidates(in.topics)
	counts := map[*briefings.Topic]int{}
	var heading [32]string // the title's or standfirst's words, most of either, without growing a slice for each
	in.topics.count(foldWords(a.Title, heading[:0]), counts)
	in.topics.count(foldWords(a.Subtitle, heading[:0]), counts)
	found := foundSlots{doc.sc.slotAt, doc.sc.slotSet}
	doc.eachFoldedSentences(func(at int, words []string, cls []wordClass) {
		countTermsAndTopics(words, cls, kept, slots, found.from(at), tc, counts)
	})
	d.Topics = in.topics.topics(in.reg, counts)
	d.Summary = x.summary(cands, tc)
	d.Names = x.frequentNames(in.topics)
	d.Source = briefings.Source{ID: sourceID(a, doc.site), Title: d.Title, Outlet: a.Outlet, Author: a.Author, URL: a.URL}
	if d.Source.Outlet == "" {
		d.Source.Outlet = strings.TrimPrefix(host, "www.")
	}
	if d.DateFrom != "" {
		d.Source.Published = d.Date
	}

	newSpeakers := map[*entity]bool{}
	name := func(e *entity) string {
		if e == nil || e.reg == nil && pronounNames[e.name] {
			// A pronoun read as a name ("us", "them") is a speaker the
			// rules did not find; no one is called that.
			return Unknown
		}
		if e.reg == nil && !newSpeakers[e] {
			newSpeakers[e] = true
			d.New = append(d.New, suggest(e))
		}
		return e.display()
	}
	// Each speaker's full name is worked out once: a draft's twenty-odd
	// quotes and points have a handful of speakers, and fullName is some
	// 4 K instructions a call (its body forms ask the registry and the
	// article again).
	// The first eight speakers are kept, in an array that stays on the
	// stack (a slice appended to here was an allocation a draft); any
	// more are asked again, as before.
	var fulls [8]fullNamed
	nf := 0
	full := func(e *entity) *entity {
		for _, f := range fulls[:nf] {
			if f.e == e {
				return f.full
			}
		}
		f := x.fullName(e)
		if nf < len(fulls) {
			fulls[nf] = fullNamed{e, f}
			nf++
		}
		return f
	}
	said := x.saidDates(d.Date)
	if len(quotes) > 0 {
		d.Quotes = make([]Quote, 0, len(quotes)) // one allocation, not one per doubling
	}
	for i, f := range quotes {
		fe := full(f.ent)
		q := Quote{Text: f.q.text, Speaker: name(fe), Said: d.Date}
		if f.ev != nil && !said[f.ev].IsZero() {
			q.Said = said[f.ev]
		}
		q.Check = check(f)
		if picks != nil && picks[i] != nil {
			q.Speaker, q.Check = name(picks[i]), chooserCheck(f)
		} else if q.Check == "" {
			// A speaker found by a way that is usually right, in words
			// that say this time it may not be (doubt).
			q.Check = x.doubt(f, fe)
		}
		d.Quotes = append(d.Quotes, q)
	}
	pts := x.reported()
	if len(pts) > 0 {
		d.Points = make([]Point, 0, min(len(pts), maxPoints)) // one allocation, not one per doubling
	}
	for _, pt := range pts {
		if len(d.Points) == maxPoints {
			break
		}
		p := Point{Text: pt.text}
		if pt.ev.ent != nil {
			p.Speaker = name(full(pt.ev.ent))
			p.Text = namePronoun(pt, pt.ev.ent)
		}
		d.Points = append(d.Points, p)
	}
	d.New = in.uniqueAliases(d.New, x.cast.fold)
	if opt.ID != "" {
		d.ID = opt.ID
	} else {
		d.ID = d.Date.Format(briefings.DateLayout) + "-" + slugWords(d.Title, 8)
	}
	doc.release()
	return d, nil
}

// fullNamed is an entity and its full name (extractor.fullName), which a
// draft asks again for each quote and point its speaker has.
type fullNamed struct{ e, full *entity }

// dateFrom dates the draft: the editor's date, then the article's own
// (its page metadata, date line or dateline), then a date in its address,
// then the header's day, then the date of a line introducing a record
// (introDay), then a dateline day with the year assumed, then today as a
// placeholder.
func (d *Draft) dateFrom(a *Article, opt Options, now time.Time) {
	// The address's date is read once, and only when the two before it
	// are missing: asked for in a case and read again for its value, its
	// regexp ran twice (some 6 K instructions of a 5 KB article's 2.8 M).
	var fromURL time.Time
	if opt.Date.IsZero() && a.Date.IsZero() {
		fromURL = DateFromURL(a.URL)
	}
	switch {
	case !opt.Date.IsZero():
		d.Date, d.DateFrom = day(opt.Date), "given by the editor"
	case !a.Date.IsZero():
		d.Date, d.DateFrom = a.Date, a.DateFrom
	case !fromURL.IsZero():
		d.Date, d.DateFrom = fromURL, "the article's address"
	case !a.headerDay.IsZero():
		d.Date, d.DateFrom = a.headerDay, "the article's header"
	default:
		if t, ok := introDay(a.Body); ok {
			d.Date, d.DateFrom = t, "the line introducing the record"
			return
		}
		if t, ok := parseDate(a.datelineDay, now); ok {
			d.Date, d.DateFrom = t, "the dateline, with the year assumed"
			return
		}
		d.Date = day(now)
		d.Notes = append(d.Notes, "the article gives no date: today's date stands in; correct it")
	}
}

// introDay reads the full date a line near the top gives when it
// introduces the record that follows it ("The following is <…> of the
// press conference on <date>:", "<Outlet> publishes below <…> of <date>:"):
// a press conference's or a hearing's excerpt printed with no date line is
// dated by the event it records, which is what its readers date it by,
// rather than by today's date standing in. Only a line that ends with the
// colon that hands over to the record counts: a sentence's date is the
// day something happened, not the article's.
func introDay(body []string) (time.Time, bool) {
	for i, p := range body {
		if i >= 4 {
			break
		}
		p = strings.TrimSpace(p)
		if !strings.HasSuffix(p, ":") || len(p) > 240 {
			continue
		}
		if t, _, _, ok := firstDate(p); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// check says why a quote's speaker needs a second look, or "".
func check(f found) string {
	switch {
	case f.ent == nil && f.ev == nil:
		return "no speaker found: nothing in the article attributes this quote"
	case f.ent == nil && f.phrase != "":
		return "no speaker found: the article says " + quoteWords(f.phrase)
	case f.ent == nil:
		return "no speaker found"
	case f.how == "pronoun":
		return "speaker from " + quoteWords(f.phrase)
	case f.how == "description":
		return "speaker from " + quoteWords(f.phrase)
	case f.how == "actor":
		return "speaker from the sentence before, whose subject they are; the quote has no attribution of its own"
	case f.how == "named later":
		return "speaker from the first person named after the quote, who speaks next; the quote has no attribution of its own"
	case f.how == "paragraph before":
		return "speaker from the paragraph before; the quote has no attribution of its own"
	}
	return ""
}

// hasQuoteMark reports whether s holds a quotation mark.
func hasQuoteMark(s string) bool {
	return strings.ContainsAny(s, "\"“”'‘’«»")
}

func quoteWords(s string) string { return "“" + s + "”" }

// suggest makes a registry entry for a new speaker.
func suggest(e *entity) NewSpeaker {
	ns := NewSpeaker{Name: e.name, Kind: e.kind}
	role := strings.TrimSpace(e.role)
	for _, det := range []string{"the ", "a ", "an ", "The ", "A ", "An "} {
		role = strings.TrimPrefix(role, det)
	}
	ns.Role = role
	// A place the word lists know, drafted as a person by a construction
	// the place rules did not reach, is still a place to the curator: its
	// registry entry must not say "person" nor invite a person's aliases.
	if e.kind == "person" && e.reg == nil && isKnownPlace(e.name) {
		ns.Kind = "place"
	}
	if ns.Kind != "person" {
		return ns
	}
	// The name's words and the role's counted, not kept: a call for each
	// new speaker of each draft.
	n, last := 0, ""
	for w := range strings.FieldsSeq(e.name) {
		n, last = n+1, w
	}
	if n > 1 {
		ns.Aliases = make([]string, 1, 2) // the surname, and maybe the title and name
		ns.Aliases[0] = last
		if role != "" && wordCountUpTo(role, 5) <= 4 && !strings.ContainsAny(role, "'’") && !hasWord(role, "of") && !hasWord(role, "at") {
			ns.Aliases = append(ns.Aliases, role+" "+e.name)
		}
	}
	return ns
}

// hasWord reports whether w stands in s between spaces or its ends:
// strings.Contains(" "+s+" ", " "+w+" ") without building either string.
func hasWord(s, w string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return false
		}
		i += at
		if (i == 0 || s[i-1] == ' ') && (i+len(w) == len(s) || s[i+len(w)] == ' ') {
			return true
		}
		at = i + 1
	}
}

// uniqueAliases drops the aliases that would name two speakers: a
// surname two new speakers of one family share (the surname of a father and
// his son), or a name the registry gives someone else. The registry
// refuses a name another speaker owns, so the draft would not pass lint.
func (in *Ingester) uniqueAliases(news []NewSpeaker, fold func(string) string) []NewSpeaker {
	// Few speakers, few aliases: each folded once, compared with each.
	type ownedKey struct {
		key   string
		owner int
	}
	var buf [32]ownedKey
	keys := buf[:0]
	for i, n := range news {
		keys = append(keys, ownedKey{fold(n.Name), i})
		for _, a := range n.Aliases {
			keys = append(keys, ownedKey{fold(a), i})
		}
	}
	k := 0
	for i := range news {
		k++ // the name
		kept := news[i].Aliases[:0]
		for _, a := range news[i].Aliases {
			mine := keys[k].key
			k++
			taken := in.names.speakers[mine] != nil
			for _, o := range keys {
				taken = taken || o.owner != i && o.key == mine
			}
			if !taken {
				kept = append(kept, a)
			}
		}
		news[i].Aliases = kept
	}
	return news
}

// urlHost returns the host of an address, "" for none or an address
// that does not parse.
func urlHost(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// sourceID is a short handle for the source: the outlet's site name
// ("antiwar" for news.antiwar.com, the article's address's host), else
// "article".
func sourceID(a *Article, site string) string {
	if id := briefings.Slug(site); id != "" {
		return id
	}
	if id := slugWords(a.Outlet, 3); id != "" {
		return id
	}
	return "article"
}

// siteLabel is a host's site name: its first label after a service's
// ("www", "news", "m", "amp", "edition"), "" for no host.
func siteLabel(host string) string {
	if host == "" {
		return ""
	}
	labels := strings.Split(host, ".")
	for len(labels) > 2 && (labels[0] == "www" || labels[0] == "news" || labels[0] == "m" || labels[0] == "amp" || labels[0] == "edition") {
		labels = labels[1:]
	}
	return labels[0]
}

// slugWords is the slug of the first n words of s.
func slugWords(s string, n int) string {
	if n <= 0 {
		return ""
	}
	// Fold spaces its words singly, none at its ends: the first n words
	// end at the nth space, without a slice of them all.
	f := foldText(s)
	end, spaces := len(f), 0
	for i := 0; i < len(f); i++ {
		if f[i] == ' ' {
			if spaces++; spaces == n {
				end = i
				break
			}
		}
	}
	return strings.ReplaceAll(f[:end], " ", "-")
}

// firstWords returns the first sentence, or its first n words.
func firstWords(doc *document, n int) string {
	s := doc.sents[0]
	p := doc.paras[s.p]
	words := strings.Fields(p.textOf(s.a, s.b))
	if len(words) <= n {
		return strings.TrimRight(strings.Join(words, " "), ".")
	}
	return strings.Join(words[:n], " ") + "…"
}

// attendanceLabels open a transcript's or a minute's list of the people
// present.
var attendanceLabels = []string{"present:", "in attendance:", "attending:", "participants:", "speakers:"}

// attendanceLine reports whether line opens with a label of the people
// present ("Present: <Names and roles>").
func attendanceLine(line string) bool {
	if len(line) < 12 {
		return false
	}
	lp := strings.ToLower(line[:min(len(line), 16)])
	for _, l := range attendanceLabels {
		if strings.HasPrefix(lp, l) {
			return true
		}
	}
	return false
}

// pronounNames are the pronouns in lower case a name chunk may hold when
// a clause is misread; none names anyone.
var pronounNames = set(`us them me you him her it we they`)
