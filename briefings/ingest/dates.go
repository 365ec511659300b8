package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// day returns the calendar day of t in its own time zone, as UTC midnight:
// an article published at 07:00+02:00 on 3 October is dated 3 October.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

// DateFromURL returns the date in an address such as
// https://news.antiwar.com/2022/02/01/us-and-russia-…, or the zero time.
func DateFromURL(u string) time.Time {
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return validDate(y, mo, d)
}

func validDate(y, m, d int) time.Time {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}
	}
	return t
}

var fullLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z,
	time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2006/01/02",
}

// parseDate reads a date as articles write it: 2022-02-01, February 1, 2022,
// Feb. 1, 2022, 1 February 2022, or a timestamp. A day and month without a
// year ("March 14") take the year of ref, or the year before when that would
// put them after ref. ok is false when s holds no date.
func parseDate(s string, ref time.Time) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range fullLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return day(t), true
		}
	}
	if t, at, end, ok := firstDate(s); ok && strings.TrimSpace(s[:at]) == "" && numericDate.MatchString(s[at:end]) && stampTail(s[end:]) {
		return t, true // "02.12.2025", "27.11.2025 07:30 CET"
	}
	if len(s) >= 8 && isDigit(s[0]) && strings.IndexByte(s[:3], '.') > 0 {
		if t, ok := dottedShortYear(s); ok {
			return t, true
		}
	}
	// "Tue 25 Nov 2025, 3:41 PM": the time of day says nothing of the day.
	s = strings.TrimSpace(clockTime.ReplaceAllString(s, " "))
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' })
	var mo, d, y int
	for _, w := range words {
		if m, ok := monthNames[strings.TrimSuffix(w, ".")]; ok && mo == 0 {
			mo = m
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimRight(w, "stndrh"), "."))
		switch {
		case err != nil:
			if isWeekday(strings.TrimSuffix(w, ".")) {
				continue
			}
			if y != 0 && stampWords[w] {
				continue // "09 September, 2025 07:18 AM IST": the zone after the date and time
			}
			return time.Time{}, false
		case n >= 1000:
			y = n
		case n >= 1 && n <= 31 && d == 0:
			d = n
		default:
			return time.Time{}, false
		}
	}
	if mo == 0 || d == 0 {
		return time.Time{}, false
	}
	if y == 0 {
		if ref.IsZero() {
			return time.Time{}, false
		}
		y = ref.Year()
		if t := validDate(y, mo, d); !t.IsZero() && t.After(day(ref)) {
			y--
		}
	}
	t := validDate(y, mo, d)
	return t, !t.IsZero()
}

// dottedShortYear reads a stamp whose date has the year cut to two
// figures, day first with dots ("<dd>.<mm>.<yy>, <hh>:<mm> AM"), as Indian and
// European pages print it; only as a whole stamp, where nothing else
// reads so.
func dottedShortYear(s string) (time.Time, bool) {
	m := shortYearDate.FindStringSubmatch(s)
	if m == nil || !stampTail(s[len(m[0]):]) {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	t := validDate(2000+y, mo, d)
	return t, !t.IsZero()
}

// dayAbbrevs are weekdays as page stamps shorten them ("Tue 25 Nov
// 2025"). They are kept out of dayNames, which marks words everywhere:
// "Sun" and "Sat" are also a newspaper and a verb.
var dayAbbrevs = set(`mon tue tues wed thu thur thurs fri sat sun`)

// abbrevDay is the day of the week a dayAbbrevs word stands for, Sunday 0.
func abbrevDay(w string) (int, bool) {
	if !dayAbbrevs[w] {
		return 0, false
	}
	for name, n := range dayNames {
		if strings.HasPrefix(name, w) {
			return n, true
		}
	}
	return 0, false
}

// isWeekday reports whether the word w, in lower case, is a day of the
// week in full or cut short ("tuesday", "tue", "thurs").
func isWeekday(w string) bool {
	_, ok := dayNames[w]
	return ok || dayAbbrevs[w]
}

// futureMarkers before a day mean it is ahead of the article, not when
// something was said: "would brief parliament on Wednesday", "until Monday".
var futureMarkers = set(`would will shall until till by next from before due expected plans plan
	to be scheduled set`)

// relativeDay resolves the day a sentence says something happened, against
// the article's date: "on Tuesday" (or "said Tuesday") is the most recent
// Tuesday on or before it, "yesterday" the day before, "on March 14" that
// day of the article's year. Days ahead of the article ("would meet on
// Friday", "until Monday", "on May 20" in a story of March) are ignored.
func relativeDay(p *para, a, b int, article time.Time) time.Time {
	if article.IsZero() {
		return time.Time{}
	}
	// Most words are no day or month, nor either word below.
	for i := p.nextWordOf(a, b, cDay|cMonth|cToday); i < b; i = p.nextWordOf(i+1, b, cDay|cMonth|cToday) {
		w := p.lw(i)
		switch w {
		case "yesterday":
			return article.AddDate(0, 0, -1)
		case "today":
			return article
		}
		if p.toks[i].class&(cDay|cMonth) == 0 || !p.toks[i].isCap(p.text) || !p.pastTense(i, a) {
			continue
		}
		if wd, ok := dayNames[w]; ok {
			back := (int(article.Weekday()) - wd + 7) % 7
			return article.AddDate(0, 0, -back)
		}
		if m, ok := monthNames[w]; ok && i+1 < b && p.isWordAt(i+1) {
			if d, err := strconv.Atoi(p.lw(i + 1)); err == nil {
				if t := validDate(article.Year(), m, d); !t.IsZero() && !t.After(article) {
					return t
				}
			}
		}
	}
	return time.Time{}
}

// pastTense reports whether the day at token i is introduced as when
// something happened: after "on" or a speech verb, with no sign of the
// future in the four words before.
func (p *para) pastTense(i, a int) bool {
	prev := p.lowerAt(i - 1)
	if i-1 < a || prev != "on" && speechVerbs[prev] == 0 {
		return false
	}
	for k := i - 2; k >= a && k >= i-5; k-- {
		if p.inList(k, cFuture) {
			return false
		}
	}
	return true
}

var (
	// namedDate is a day, a month's name and a year in either order:
	// "16 June 2025", "Sept. 3, 2025", "Aug 05 2025", "March 8th 2025",
	// "2nd December, 2025", and with dashes between, as some Ghanaian and
	// Nigerian sites stamp their pages: "Nov - 29 - 2025"; and day, month
	// and year joined by hyphens, as issuers' wire services stamp releases:
	// "29-Jan-2026"; and a short month run into its day and year, as some
	// Brazilian and Korean papers stamp their pages: "<Mon>.<d>.<yyyy>",
	// "<Mon>.<d>,<yyyy>"; and a comma after the month as well as the day,
	// as some Iranian agencies stamp theirs: "<Month>, <d>, <yyyy>"; and a
	// slash between the month's day and the year, as some Vietnamese
	// papers stamp theirs: "<Month>, <dd>/<yyyy>".
	namedDate = regexp.MustCompile(`(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)([a-z]{3,9}\.?)(?:,?\s+|-)|([a-z]{3,9}\.?)(?:,?\s+|\s*-\s*|\b)(\d{1,2})(?:st|nd|rd|th)?(?:(?:,|\s*-)?\s+|[.,/]))((?:19|20)\d\d)\b`)
	// numericDate is a date in figures: day first ("09.10.2025",
	// "02/09/2025", "04-12-2025", as some parliaments and agencies stamp
	// their releases) or year first ("2025.04.09", "2025-04-09").
	shortYearDate = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d\d)\b`)
	numericDate   = regexp.MustCompile(`\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)\b|\b((?:19|20)\d\d)[./-](\d{1,2})[./-](\d{1,2})\b`)
	// clockTime is a time of day, which a page's stamp puts beside its date.
	clockTime = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?`)
	// firstPublished is the line wire copy closes with, saying when the
	// story first ran: "This <report|story|article> by <agency> was first
	// published <date>.", and the line a weekly's web copy closes with,
	// saying where and when it ran in print and under what headline: "This
	// article was first published in the print edition of <Paper> on
	// <date> as “<headline>”."
	firstPublished = regexp.MustCompile(`^\(?(?:This|The) (?:report|story|article)\b.{0,80}?\bfirst published (?:in [^.]{0,60}? on |on )?([^.]{3,12}\.?[^.]{0,20}?(?:19|20)\d\d)(?: as .{0,120})?\.?\)?$`)
	// disclosedOn is the line a listed company's stock exchange
	// announcement closes with, saying who released it and when, as Nordic
	// exchanges ask: "This stock exchange announcement was published by
	// <name>, <role>, on <date> at <time> <zone>." and "This information
	// was submitted for publication, through the agency of <person>, at
	// <time> <zone> on <date>."
	disclosedOn = regexp.MustCompile(`^This (?:stock exchange )?(?:announcement|release|information|notice) was (?:published|submitted for publication)\b.{0,160}?\bon ((?:\d{1,2} [A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.? \d{1,2},?) (?:19|20)\d\d)\b[^.]{0,30}\.?$`)
	// printIssue is the line a magazine's web copy closes with, saying
	// which print issue the piece ran in: "This article appears in the
	// <date> issue of <Magazine>, <issue's title>", "This interview was
	// published in the <date> issue of <Magazine>". The issue's date is
	// the article's.
	printIssue = regexp.MustCompile(`^This (?:article|story|piece|interview|essay|column|review|feature) (?:appears|appeared|was published|is from) in the ((?:\d{1,2} [A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.? \d{1,2},?) (?:19|20)\d\d),? (?:print )?(?:issue|edition) of [^.]{2,120}\.?$`)
	// judgmentLabel is a court's header line giving the day the judgment
	// was delivered, among the case's other dates ("Date of hearing:
	// <date>" over "Date of judgment: <date>", joined into one
	// paragraph): "Date of (the) judgment:", "Judgment delivered:", "Delivered
	// on:", or with no colon where a bar sets the label apart ("<year>
	// <Court> <number> | Judgment rendered <date>"). A court's release or
	// media summary is published that day.
	judgmentLabel = regexp.MustCompile(`(?i)\b(?:date of (?:the )?(?:judgment|judgement|decision|ruling|delivery)|(?:judgment|judgement|ruling|decision) (?:delivered|handed down|rendered|date)|delivered(?: on)?)\s*:?\s*((?:\d{1,2} [A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.? \d{1,2},?) (?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2})\b`)
)

// stampWords are what a page's time stamp says beside its date: "Last
// Update:", "Published", a time zone, "News release" and its number, and
// the "hrs" some papers write after the time ("<dd> <Mon> <yyyy> at
// <hh:mm>hrs | <n> Views").
var stampWords = set(`published updated update last posted on at first modified date time local utc gmt release issued
	et est edt ct cst cdt pt pst pdt bst cet cest eet eest ist jst kst msk aedt aest nzdt nzst wat eat
	sast hkt sgt pkt ict wib gst min mins read hrs`)

// firstDate returns the first date p writes out, by a month's name or in
// figures, and where it stands; ok is false when there is none.
func firstDate(p string) (t time.Time, at, end int, ok bool) {
	at = -1
	if m := namedDate.FindStringSubmatchIndex(p); m != nil {
		var day, month string
		if m[2] >= 0 {
			day, month = p[m[2]:m[3]], p[m[4]:m[5]]
		} else {
			day, month = p[m[8]:m[9]], p[m[6]:m[7]]
		}
		// A full month's name may carry a stray stop, as some pages
		// stamp their stories ("<Month>. <dd>, <yyyy>"): the stop says
		// nothing of the month.
		if mo, ok := monthNames[strings.ToLower(strings.TrimSuffix(month, "."))]; ok {
			d, _ := strconv.Atoi(day)
			y, _ := strconv.Atoi(p[m[10]:m[11]])
			t, at, end = validDate(y, mo, d), m[0], m[1]
		}
	}
	if m := numericDate.FindStringSubmatchIndex(p); m != nil && (at < 0 || m[0] < at) {
		var y, mo, d int
		if m[2] >= 0 {
			// Day first, as most of the world writes it, unless the first
			// number cannot be a month's day and the second can.
			d, _ = strconv.Atoi(p[m[2]:m[3]])
			mo, _ = strconv.Atoi(p[m[4]:m[5]])
			y, _ = strconv.Atoi(p[m[6]:m[7]])
			if mo > 12 && d <= 12 {
				d, mo = mo, d
			} else if mo <= 12 && d <= 12 && d != mo && weekdayBefore(p[:m[0]], validDate(y, d, mo), validDate(y, mo, d)) {
				// "<Wkd>, <mm>/<dd>/<yyyy>": the weekday the figures
				// follow falls on the month-first reading alone.
				d, mo = mo, d
			}
		} else {
			y, _ = strconv.Atoi(p[m[8]:m[9]])
			mo, _ = strconv.Atoi(p[m[10]:m[11]])
			d, _ = strconv.Atoi(p[m[12]:m[13]])
		}
		t, at, end = validDate(y, mo, d), m[0], m[1]
	}
	if at < 0 {
		t, at, end = yearFirstNamed(p)
	}
	return t, at, end, !t.IsZero()
}

// weekdayBefore reports whether the word that closes before, the text
// just ahead of a date in figures, is a weekday (in full or cut short)
// that the date other falls on and the date read day first does not.
// Most lines have no weekday there, and leave at the first test.
func weekdayBefore(before string, other, dayFirst time.Time) bool {
	before = strings.TrimRight(before, " ,.")
	w := strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])
	if !isWeekday(w) || other.IsZero() {
		return false
	}
	n, ok := dayNames[w]
	if !ok {
		n, ok = abbrevDay(w)
	}
	wd := time.Weekday(n)
	return ok && other.Weekday() == wd && (dayFirst.IsZero() || dayFirst.Weekday() != wd)
}

// yearFirstNamed reads a date written year first with the month's name,
// as Hungarian pages stamp their stories and their translations keep it
// ("<yyyy>. <Month> <d>. – <hh:mm>", "<yyyy>. <month> <d>.", "<yyyy> <Month>
// <d>"): the year, perhaps its full stop, the month's name (perhaps cut
// short with a stop), and the day, perhaps with its stop. namedDate reads
// only the day or the month first. The zero time and -1 when there is
// none.
func yearFirstNamed(p string) (t time.Time, at, end int) {
	for i := 0; i+4 <= len(p); i++ {
		if (p[i] != '1' || p[i+1] != '9') && (p[i] != '2' || p[i+1] != '0') || i > 0 && (isDigit(p[i-1]) || isLetterByte(p[i-1])) {
			continue
		}
		if !isDigit(p[i+2]) || !isDigit(p[i+3]) || i+4 < len(p) && isDigit(p[i+4]) {
			continue
		}
		y, _ := strconv.Atoi(p[i : i+4])
		j := i + 4
		if j < len(p) && p[j] == '.' {
			j++
		}
		k := j
		for k < len(p) && p[k] == ' ' {
			k++
		}
		if k == j {
			continue
		}
		m := k
		for m < len(p) && (p[m] >= 'a' && p[m] <= 'z' || p[m] >= 'A' && p[m] <= 'Z' || p[m] == '.') {
			m++
		}
		mo, ok := monthNames[strings.ToLower(p[k:m])]
		if !ok {
			continue
		}
		n := m
		for n < len(p) && p[n] == ' ' {
			n++
		}
		e := n
		for e < len(p) && e < n+2 && isDigit(p[e]) {
			e++
		}
		if e == n || n == m || e < len(p) && (isDigit(p[e]) || isLetterByte(p[e])) {
			continue
		}
		d, _ := strconv.Atoi(p[n:e])
		if e < len(p) && p[e] == '.' {
			e++
		}
		if t = validDate(y, mo, d); !t.IsZero() {
			return t, i, e
		}
	}
	return time.Time{}, -1, -1
}

// stampDate reads a short line that is a page's time stamp — a date with
// perhaps the weekday, a time, a time zone, "Updated" or the outlet's name
// beside it ("<weekday>, <day> <month> <year> <time>", "<dd>.<mm>.<yyyy>
// <hh:mm>", "<weekday> <month> <day> <year>, <time>, The <Paper>") — and
// returns its first date. Any other word in lower case makes the line a
// sentence ("Voting ends on <date>"), not a stamp; capitalised ones may be
// the outlet's name or the place the page dates itself from, three at
// most, with a place's particle between them ("<Town> am <River>, <date>").
func stampDate(p string) (time.Time, bool) {
	t, at, end, ok := firstDate(p)
	if !ok {
		return time.Time{}, false
	}
	rest := p[:at] + " " + p[end:]
	rest = namedDate.ReplaceAllString(rest, " ") // "[ Last Update: <weekday>, <date> … ]"
	rest = numericDate.ReplaceAllString(rest, " ")
	rest = clockTime.ReplaceAllString(rest, " ")
	words := 0
	byline := false
	fields := strings.FieldsFunc(rest, stampMark)
	for i, w := range fields {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if lw == "" {
			continue // the full stop a label's line closes with: "Published date: <dd>.<mm>.<yyyy>."
		}
		if byline {
			// "<date> • <time> • By X Y": the byline after the stamp, in
			// capitals, is the author's; its words are not counted.
			if r := firstRune(w); !unicode.IsUpper(r) {
				return time.Time{}, false
			}
			continue
		}
		if w == "By" && words == 0 {
			byline = true
			continue
		}
		if l := strings.TrimSuffix(lw, ":"); l == "born" || l == "died" {
			// An obituary's name box ("Born: <Place>, <date>", "Died:
			// <Place>, <date>"): a life's dates, not the page's.
			return time.Time{}, false
		}
		if _, isDay := dayNames[lw]; isDay || stampWords[lw] || strings.HasPrefix(lw, "utc") || strings.HasPrefix(lw, "gmt") || strings.HasPrefix(lw, "+") || printPage(lw) {
			continue
		}
		if len(w) > 1 && w[0] == '#' && isDigit(w[1]) {
			w = w[1:] // "#25-412": a release's number
		}
		if r := firstRune(w); (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			if nameParticle(fields, i) {
				continue // the place the stamp dates from, a particle in its name: "<Town> am <River>, <date>"
			}
			return time.Time{}, false // a word of a sentence, not a paper's name or a release's number
		}
		words++
	}
	if words > 3 {
		return time.Time{}, false
	}
	return t, true
}

// datedOf returns a line without the "of" that joins its words to the
// date after them, when nothing but the weekday stands between: a
// section's line over a page's headline dates the page so ("<Section>
// News of <weekday>, <date>"). A line with no such "of" comes back as it
// was. Only a line the page sets over its headline is read so: in the
// text, "Deadline of <date>" is no stamp.
func datedOf(line string) string {
	_, at, _, ok := firstDate(line)
	if !ok {
		return line
	}
	return datedOfHead(line[:at]) + " " + line[at:]
}

// datedOfHead is datedOf on the words before the date.
func datedOfHead(head string) string {
	i := strings.LastIndex(" "+head, " of ") // at the head's start too: "of <weekday>, <date>"
	if i < 0 {
		return head
	}
	for _, w := range strings.FieldsFunc(head[i+3:], stampMark) {
		if !weekdayWord(w) {
			return head
		}
	}
	return head[:max(i-1, 0)] + " " + head[i+3:]
}

// stampMark reports whether r separates a stamp's words: a space, a comma
// or any other mark pages put between a place, a date and a time ("|",
// "•", "●", "//", "/", dashes, brackets), but not what a word may hold: a
// release number's "#", an abbreviation's full stop, a zone's "+".
func stampMark(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '#' && r != '.' && r != '+' && r != '\'' && r != '’'
}

// stampTail reports whether what follows a date is only the rest of a
// stamp: a time, a zone, "Issued at". A release's sign-off may end so
// ("Ends/<date> Issued at HKT 14:12").
func stampTail(s string) bool {
	for _, w := range strings.FieldsFunc(clockTime.ReplaceAllString(s, " "), stampMark) {
		if lw := strings.ToLower(strings.TrimSuffix(w, ".")); !stampWords[lw] {
			return false
		}
	}
	return true
}

// printPage reports whether a stamp's word (in lower case) names the
// printed edition's page the story ran on: "page", "page3", "p4".
func printPage(lw string) bool {
	switch {
	case strings.HasPrefix(lw, "page"):
		lw = lw[4:]
	case strings.HasPrefix(lw, "p") && len(lw) > 1:
		lw = lw[1:]
	default:
		return false
	}
	for i := 0; i < len(lw); i++ {
		if !isDigit(lw[i]) {
			return false
		}
	}
	return true
}

// bylineRoles end an author's line over a stamp: "<Name> Markets
// reporter", "<Name>, senior health correspondent". Without one, any word
// in lower case makes the line a sentence that ends in a date.
var bylineRoles = set(`reporter correspondent editor writer columnist journalist contributor producer
	photographer analyst`)

// trailingStamp splits a short paragraph whose last line was a page's time
// stamp, joined to the line above it when no blank line came between: a
// byline ("By <name> for <outlet>") or an author's name and title, every
// word capitalised. It returns the words before the stamp, without the
// weekday that opens it, and the stamp's date. A sentence that ends in a
// date ("Polls close <date>") is no such paragraph.
func trailingStamp(p string) (string, time.Time, bool) {
	_, at, _, ok := firstDate(p)
	if !ok || at <= 0 {
		return "", time.Time{}, false
	}
	before := strings.TrimRight(p[:at], " ,")
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		wd := strings.ToLower(strings.Trim(before[i+1:], ",."))
		if isWeekday(wd) {
			before = strings.TrimRight(before[:i], " ,") // "… <title> <weekday> <date>"
		}
	}
	// "<Issuer> Stock exchange release <date>": the kind of release is
	// the stamp's label, not the issuer's name.
	before = withoutReleaseKind(before)
	// "<Name> 3 min read · <weekday>, <date>": the stamp's own words before
	// its date (a reading time, "Updated", a mark) are no part of the
	// line above it.
	for before != "" {
		i := strings.LastIndexByte(before, ' ')
		w := before[i+1:]
		if lw := strings.ToLower(strings.Trim(w, ",.:")); strings.IndexFunc(w, unicode.IsLetter) >= 0 && !stampWords[lw] {
			break
		}
		if i < 0 {
			before = ""
			break
		}
		before = strings.TrimRight(before[:i], " ,")
	}
	t, ok := stampDate(p[at:])
	if !ok || before == "" {
		return "", time.Time{}, false
	}
	if i := strings.LastIndexByte(before, ' '); eventDatePrepositions[strings.ToLower(before[i+1:])] {
		return "", time.Time{}, false // "<EVENT> OF <date>": a heading's day, not a stamp
	}
	if !strings.HasPrefix(before, "By ") && !strings.Contains(before, " by ") {
		words := strings.Fields(before)
		// "Órla Ní Bhriain, Legal Affairs Correspondent" is capitalised
		// too; "<Name> <Desk> reporter" and "<Name>, senior <beat>
		// correspondent" write the role in lower case.
		role := len(words) <= 8 && bylineRoles[strings.ToLower(strings.TrimRight(words[len(words)-1], ","))]
		heading := titleCaseHeading(words)
		for _, w := range words {
			// "<Name> (<Outlet>) <Place> ● <date>": brackets and a mark
			// between the place and the stamp are no words.
			w = strings.TrimLeft(w, "(")
			if strings.IndexFunc(w, unicode.IsLetter) < 0 {
				continue
			}
			if r := firstRune(w); !unicode.IsUpper(r) && !role && !heading {
				return "", time.Time{}, false
			}
		}
	}
	return before, t, true
}

// releaseKinds are the kinds of release a listed company's header names
// between the issuer and the stamp, in sentence case ("<Issuer> Oyj" over
// "Inside information" over "<date> at <time> <zone>"), as Nordic and
// Baltic exchanges ask.
var releaseKinds = []string{"inside information", "stock exchange release", "stock exchange announcement",
	"company announcement", "managers' transactions", "managers’ transactions", "investor news", "press release"}

// withoutReleaseKind returns the words over a stamp without the kind of
// release that closes them, so the issuer's name is judged alone; words
// with no such kind at their end come back as they were.
func withoutReleaseKind(before string) string {
	lb := strings.ToLower(before)
	for _, k := range releaseKinds {
		if len(lb) > len(k)+1 && strings.HasSuffix(lb, k) && lb[len(lb)-len(k)-1] == ' ' {
			return strings.TrimRight(before[:len(before)-len(k)], " ,|-–—")
		}
	}
	return before
}

// titleCaseHeading reports whether the words over a stamp are a heading
// in title case, as a transcript or a briefing heads its page with the
// event's name over the day and time it was held ("<Event> of the
// <Office>" over "<weekday> <date>, <time>"): the first
// and last words capitalised, and every word in lower case a joining
// word. A line that ends in a joining word ("Deadline of <date>") or holds
// any other word in lower case ("Comments close on <date>") is no such
// heading.
func titleCaseHeading(words []string) bool {
	if len(words) < 2 || !unicode.IsUpper(firstRune(words[0])) || !unicode.IsUpper(firstRune(words[len(words)-1])) {
		return false
	}
	for _, w := range words {
		// "Press release No. <n>/<year>" heads a bank's statement over its
		// date: a release's number and its "release" are the stamp's.
		if !unicode.IsUpper(firstRune(w)) && !signOffWords[w] && !(w == "release" || strings.IndexFunc(w, unicode.IsLetter) < 0) {
			return false
		}
	}
	return true
}

// headerDate reads a page's header lines joined into one paragraph — the
// outlet's name, the date, the author, "Translated by …" — and returns
// its date: every word but "by" capitalised and no full stop, so no
// sentence; ok is false otherwise. A byline's label may close on a colon
// ("<Label> by: <Author> <Weekday> <date>", lines joined).
func headerDate(p string) (time.Time, bool) {
	t, at, end, ok := firstDate(p)
	if !ok || strings.ContainsAny(p, ".?!\"“”") {
		return time.Time{}, false
	}
	if before := strings.Fields(p[:at]); len(before) > 0 && eventDatePrepositions[strings.ToLower(before[len(before)-1])] {
		// "<EVENT> OF <date>": a heading in capitals about what happened
		// that day, not a header's date.
		return time.Time{}, false
	}
	for _, w := range strings.Fields(p[:at] + " " + p[end:]) {
		if r := firstRune(w); w != "by" && w != "by:" && !unicode.IsUpper(r) {
			return time.Time{}, false
		}
	}
	return t, true
}

// eventDatePrepositions tie a date to an event a heading names ("<EVENT>
// OF <date>", "<CLOSURE> UNTIL <date>"), in lower case.
var eventDatePrepositions = set(`of for since until from`)

// hasYear reports whether s holds four digits in a row starting 19 or 20,
// so the date patterns run only on the lines that may hold a date.
//
// Eight bytes without a digit hold the first byte of no year, and are
// stepped over together (digitFree8): byte by byte, the scan of every
// line and paragraph was some 24 K instructions of a 5 KB article's 2.7 M.
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if i+8 <= len(s) && digitFree8(load8(s, i)) {
			i += 7 // and the loop's one: no year starts in these eight
			continue
		}
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// firstPublishedIn matches firstPublished, printIssue or disclosedOn on
// the lines that can hold them.
func firstPublishedIn(p string) []string {
	if !strings.HasPrefix(p, "This ") && !strings.HasPrefix(p, "The ") && !strings.HasPrefix(p, "(") || !hasYear(p) {
		return nil
	}
	if strings.Contains(p, "first published") {
		return firstPublished.FindStringSubmatch(p)
	}
	if strings.Contains(p, " issue of ") || strings.Contains(p, " edition of ") {
		if m := printIssue.FindStringSubmatch(p); m != nil {
			return m
		}
	}
	if strings.Contains(p, " was published") || strings.Contains(p, " submitted for publication") {
		return disclosedOn.FindStringSubmatch(p)
	}
	return nil
}

// judgmentDate reads the day a court's header line says its judgment
// was delivered (judgmentLabel), passing over the hearing's date beside
// it; ok is false when the line labels no such day.
func judgmentDate(p string) (time.Time, bool) {
	lp := strings.ToLower(p)
	if !strings.Contains(lp, "judg") && !strings.Contains(lp, "deliver") && !strings.Contains(lp, "decision") && !strings.Contains(lp, "ruling") {
		return time.Time{}, false
	}
	m := judgmentLabel.FindStringSubmatchIndex(p)
	if m == nil {
		return time.Time{}, false
	}
	// The label opens the line or follows another label's date ("Heard:
	// <date> Delivered: <date>"): a sentence's "the date of judgment:
	// <date>" is none.
	// A bar may close the case's citation before it ("<year> <Court>
	// <number> | Judgment rendered <date>").
	if before := strings.TrimSpace(p[:m[0]]); before != "" && !isDigit(before[len(before)-1]) && !strings.HasSuffix(before, "|") {
		return time.Time{}, false
	}
	t, _, _, ok := firstDate(p[m[2]:m[3]])
	return t, ok
}

// signOffFrom is where a date read from a release's sign-off came from.
const signOffFrom = "the release's sign-off"

// signOffWords are the words in lower case an office's name in a sign-off
// block may hold: "Ministry of Foreign Affairs", "Office of the President".
var signOffWords = set(`of and the for on in de du des la el`)

// signOffDate reads the block a release closes with — the issuing office,
// perhaps its city, and the date, lines joined into one paragraph ("<OFFICE>
// <CITY> <day> <MONTH> <year>", "Office of the Mayor, Springfield, 4 March
// 2025") — and returns its date. The date must end the paragraph and every
// word before it be capitalised or a joining word, so no sentence.
func signOffDate(p string) (time.Time, bool) {
	t, at, end, ok := firstDate(p)
	if !ok || at == 0 || !stampTail(p[end:]) {
		return time.Time{}, false
	}
	// The block's last line, the office's city, may close with a full
	// stop before the date's line ("<OFFICE>, <CITY>. <date>"); a full
	// stop anywhere else is a sentence's.
	head := strings.TrimSuffix(strings.TrimSpace(p[:at]), ".")
	if h, ok := dualCalendar(p, at, end); ok {
		// "<Office> <d> <Month> <yyyy> (<date>)": the day in the
		// office's own calendar first, the Gregorian one in brackets.
		head = h
	}
	if strings.ContainsAny(head, ".:;?!\"“”") {
		return time.Time{}, false
	}
	words := strings.Fields(head)
	if len(words) > 16 {
		return time.Time{}, false
	}
	capital, counted := 0, 0
	for k, w := range words {
		// "<UNION> (<COUNTRY>)": a word in brackets is the office's
		// name as much as one outside them.
		bare := strings.Trim(w, ",()")
		switch r := firstRune(bare); {
		case unicode.IsUpper(r):
			capital++
		case bare == "" || signOffWords[bare]:
		case k > 0 && strings.HasSuffix(words[k-1], ",") && lowerPostNominal(bare):
			// "<NAME>, <letters>, <letters>": the signer's post-nominal
			// letters, set off by commas after the name; not counted.
			continue
		default:
			return time.Time{}, false
		}
		counted++
	}
	return t, capital > 0 && counted <= 10
}

// lowerPostNominal reports whether w may be post-nominal letters in lower
// case as some signers write their institutes' memberships after their
// names: two to six ASCII letters, the closed form such abbreviations take.
// Unlike postNominalAt, which knows the honours and offices by name, a
// sign-off's lower-case memberships are too many to list.
func lowerPostNominal(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// headerLinesDate reads the date an article's header lines give when no
// rule for a stamp, a date line or a dateline read it: the first full date
// (day, month and year) set off in the lines above the story — the title,
// the standfirst, the paragraphs before the first one that reads as a
// sentence (a note in brackets closing a label line is none) — or at the
// head of that first sentence, as a dateline. Set off means no word in
// lower case stands before it in its line or its part of the line (parts
// split at "|", "•", "·"), so "Comments close on <date>" and a headline's
// "to vote on <date>" are passed over; in the story's first sentence the
// date must also be closed by a dash, a slash or a bar (perhaps after a
// full stop or a time), as a dateline is, or by a colon or a full stop
// after a place set off by a comma (placeColon), so the story's own "On
// <date>, the …" is passed over too. The zero time when there is none.
func headerLinesDate(title, subtitle string, paras []string) time.Time {
	for _, l := range [2]string{title, unglued(subtitle)} {
		if t, ok := setOffDate(l, false); ok {
			return t
		}
		if t, ok := headlineStamp(l); ok {
			return t
		}
	}
	for _, l := range [2]string{title, subtitle} {
		if t, ok := weekdayFiguresStamp(l); ok {
			return t
		}
		if t, ok := headingLineDate(l); ok {
			return t
		}
	}
	for i, p := range paras {
		if i >= 8 {
			break
		}
		p = unglued(p)
		if t, ok := agencySlashDateline(p); ok {
			return t
		}
		story := storySentence(withoutClosingNote(p))
		if t, ok := setOffDate(p, story); ok {
			return t
		}
		if t, ok := weekdayFiguresStamp(p); ok && !story {
			return t
		}
		if !story {
			if t, ok := headingLineDate(p); ok {
				return t
			}
		} else if t, ok := stopDateline(p); ok {
			return t
		}
		// The first paragraph under a headline with no subtitle may be
		// the page's standfirst, in sentences, over the byline block
		// ("<Author> <Place> <date>"): the block after it is still the
		// header's; a second sentence paragraph ends the header.
		if story && (i > 0 || subtitle != "") {
			break
		}
	}
	return time.Time{}
}

// slashDateline is the dateline some agencies of the former Soviet
// states open their wire copy with: the place, the date in figures day
// first with the year in two or four figures, and the agency, between
// slashes and closed by a colon ("<City>/<dd>.<mm>.<yy>/<Agency>: The …").
var slashDateline = regexp.MustCompile(`^\p{Lu}[\p{L}' -]{1,30}/(\d{1,2})\.(\d{1,2})\.(\d\d|\d{4})/\p{Lu}[\p{L}\d&' -]{0,30}: `)

// agencySlashDateline reads a slashDateline at the head of a paragraph.
// Most paragraphs have no slash in their first words and leave at once.
func agencySlashDateline(p string) (time.Time, bool) {
	if i := strings.IndexByte(p, '/'); i < 2 || i > 32 {
		return time.Time{}, false
	}
	m := slashDateline.FindStringSubmatch(p)
	if m == nil {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if y < 100 {
		y += 2000
	}
	t := validDate(y, mo, d)
	return t, !t.IsZero()
}

// gluedStamp is a short header line whose last word runs straight into a
// day-first date ("<Words><d> <Month> <yyyy>"), as copy taken off a page
// runs a byline into the stamp under it when the line break is lost.
var gluedStamp = regexp.MustCompile(`^(\p{Lu}[^\n]{0,60}\p{Ll})(\d{1,2} \p{Lu}\p{Ll}+\.? \d{4})$`)

// unglued gives a header paragraph whose byline runs into its day-first
// stamp the space the page's line break stood for; any other paragraph
// comes back as it was. The month must be one, so "<Word>2025" is no date.
func unglued(p string) string {
	if len(p) > 90 || len(p) < 12 || !isDigit(p[len(p)-1]) {
		return p // most paragraphs leave here, before the regexp
	}
	m := gluedStamp.FindStringSubmatch(p)
	if m == nil {
		return p
	}
	if _, ok := parseDate(m[2], time.Time{}); !ok {
		return p
	}
	return m[1] + " " + m[2]
}

// weekdayStampLine is a stamp line closed by a weekday and a date in
// figures, perhaps with the time ("<Outlet> <Weekday> <dd>/<mm>/<yy>
// <hh>:<mm>"): the capitalised words before the weekday, and the weekday,
// day, month and year.
var weekdayStampLine = regexp.MustCompile(`^((?:\p{Lu}[\p{L}'’&.-]*\s+){0,3})(\p{L}+),?\s+(\d{1,2})([/.-])(\d{1,2})([/.-])(\d\d|\d{4})(?:(?:,|\s+[-–|])?\s+\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?$`)

// weekdayFiguresStamp reads a page's stamp line that gives the date in
// figures after its weekday ("<Weekday> <dd>/<mm>/<yy> <hh>:<mm>", perhaps
// under the outlet's or section's name). Figures alone do not say whether
// the day or the month comes first; the weekday does: the date is read the
// one way whose day falls on that weekday, and not at all when both or
// neither do.
func weekdayFiguresStamp(l string) (time.Time, bool) {
	if len(l) > 80 || len(l) < 12 || !figuresJoined(l) {
		return time.Time{}, false // no "<d>/<d>": most lines leave here, before the regexp
	}
	m := weekdayStampLine.FindStringSubmatch(l)
	if m == nil || m[4] != m[6] {
		return time.Time{}, false
	}
	n, ok := dayNames[strings.ToLower(m[2])]
	if !ok {
		// A stamp cuts its weekday short as often as not ("Thu, <d>/<d>/<yyyy>").
		n, ok = abbrevDay(strings.ToLower(m[2]))
	}
	wd := time.Weekday(n)
	if !ok {
		return time.Time{}, false
	}
	a, _ := strconv.Atoi(m[3])
	b, _ := strconv.Atoi(m[5])
	y, _ := strconv.Atoi(m[7])
	if y < 100 {
		y += 2000
	}
	dayFirst, monthFirst := validDate(y, b, a), validDate(y, a, b)
	dayFirstOK := !dayFirst.IsZero() && dayFirst.Weekday() == wd
	monthFirstOK := !monthFirst.IsZero() && monthFirst.Weekday() == wd
	switch {
	case dayFirstOK && !monthFirstOK:
		return dayFirst, true
	case monthFirstOK && !dayFirstOK:
		return monthFirst, true
	}
	return time.Time{}, false
}

// figuresJoined reports whether l holds two figures joined by a slash, a
// dot or a hyphen, as a date in figures joins its parts.
func figuresJoined(l string) bool {
	for i := 1; i+1 < len(l); i++ {
		if c := l[i]; (c == '/' || c == '.' || c == '-') && isDigit(l[i-1]) && isDigit(l[i+1]) {
			return true
		}
	}
	return false
}

// storySentence reports whether a paragraph reads as the story's text
// rather than a header line: eight words or more, three of them in lower
// case, ending as a sentence ends.
func storySentence(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, `"”’')`))
	if r != '.' && r != '!' && r != '?' {
		return false
	}
	words, lower := 0, 0
	for w := range strings.FieldsSeq(p) { // counted, not kept
		words++
		if unicode.IsLower(firstRune(w)) {
			lower++
		}
	}
	return words >= 8 && lower >= 3
}

// withoutClosingNote returns p without the note in brackets it closes
// with, as a release's label line carries a translator's or editor's note
// ("<LABEL> (<note>. <note>.)"): the
// note's sentences are not the story's, so what stands before the note
// decides whether the paragraph is the story's first sentence. A
// paragraph that is all note leaves nothing.
func withoutClosingNote(p string) string {
	if !strings.HasSuffix(p, ")") {
		return p
	}
	depth := 0
	for i := len(p) - 1; i >= 0; i-- {
		switch p[i] {
		case ')':
			depth++
		case '(':
			if depth--; depth == 0 {
				return strings.TrimSpace(p[:i])
			}
		}
	}
	return p
}

// setOffDate returns the first full date of a header line when nothing in
// lower case stands before it in its part of the line; dateline asks for a
// dash, slash or bar after it too (see headerLinesDate).
func setOffDate(p string, dateline bool) (time.Time, bool) {
	if p == "" || !hasYear(p) {
		return time.Time{}, false
	}
	t, at, end, ok := firstDate(p)
	if !ok {
		return time.Time{}, false
	}
	before := p[:at]
	if i := strings.LastIndexAny(before, "|•·"); i >= 0 {
		before = before[i+1:]
	}
	if !dateline {
		before = ownLine(before, p[end:])
	}
	words := strings.FieldsFunc(before, stampMark)
	held := !dateline && heldAt(before, p[end:])
	for i, w := range words {
		if r := firstRune(w); unicode.IsLower(r) && !nameParticle(words, i) && !held {
			return time.Time{}, false
		}
	}
	tail := p[end:]
	if dateline {
		tail = withoutSourceTag(tail)
		// Mexican and other Latin American outlets set the date in
		// brackets after the place, closed by a stop and a dash
		// ("<PLACE>, <State> (<date>).- The …"): the closing bracket is
		// the dateline's, not the story's.
		if strings.HasSuffix(strings.TrimRight(before, " "), "(") && strings.HasPrefix(tail, ")") {
			tail = tail[1:]
		}
	}
	if dateline && placeColon(before, tail) {
		return t, true
	}
	if dateline && placeAfterDate(tail) {
		return t, true
	}
	if dateline {
		after := strings.TrimLeft(clockTime.ReplaceAllString(tail[:min(len(tail), 40)], " "), " .,")
		for {
			// a zone after the time: "<date> 07:00 CET / …"
			w, rest, _ := strings.Cut(after, " ")
			if !stampWords[strings.ToLower(w)] {
				break
			}
			after = strings.TrimLeft(rest, " ")
		}
		r := firstRune(after)
		if r != '–' && r != '—' && r != '-' && r != '/' && r != '|' {
			return time.Time{}, false
		}
	}
	return t, true
}

// ownLine returns the words before a header line's date that are its own
// line's, where the page's lines were joined into one paragraph and the
// line above ends in lower case: after an e-mail address, as a byline
// block sets the author's over the date ("<Author> <address> <date>"),
// or from a place set off by a comma after a word in lower case that is
// no preposition or other function word, as an
// outlet's service line stands over its dateline ("<Outlet> online
// service <Place>, <date>, <time>"). Only when nothing but a time follows
// the date, so a sentence going on past its date keeps all its words.
func ownLine(before, tail string) string {
	if !clockOnly(strings.Trim(tail, " ,")) {
		return before
	}
	if i := strings.LastIndexByte(before, '@'); i >= 0 {
		if j := strings.IndexByte(before[i:], ' '); j >= 0 {
			return before[i+j:]
		}
		return before
	}
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, ",") {
		return before
	}
	i := strings.LastIndexByte(b, ' ')
	if i < 0 || !unicode.IsUpper(firstRune(b[i+1:])) {
		return before
	}
	w := strings.TrimRight(b[:i], " ")
	w = w[strings.LastIndexByte(w, ' ')+1:]
	if !unicode.IsLower(firstRune(w)) || functionWords[w] || strings.ContainsAny(w, ".:;?!\"“”") {
		return before // "Tenders close in <Place>, <date>": a sentence's preposition, not a line's end
	}
	return before[i:]
}

// clockOnly reports whether s is empty or only a time of day in
// figures ("19:08", "7.30 pm"), read byte by byte, not by clockTime's
// regexp: ownLine asks it of every header line's tail.
func clockOnly(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(s), "am"), "pm"))
	if s == "" {
		return true
	}
	if len(s) < 4 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && !(i == len(s)-3 && (c == ':' || c == '.')) {
			return false
		}
	}
	return true
}

// placeAfterDate reports whether a dateline that opens with its date
// names the place after it, set off by commas, and is closed by a dash, as
// regional bodies' and agencies' releases write it ("<date>, <City>,
// <Country> – The …"): one to three parts of capitalised words (a place
// particle inside a name allowed), so a sentence's "<date>, the minister
// said – …" is passed over.
func placeAfterDate(tail string) bool {
	rest, ok := strings.CutPrefix(tail, ",")
	if !ok {
		return false
	}
	i := strings.IndexAny(rest, "–—")
	if j := strings.Index(rest, " - "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 || i > 60 {
		return false
	}
	parts := strings.Split(rest[:i], ",")
	if len(parts) > 3 {
		return false
	}
	for _, part := range parts {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 4 {
			return false
		}
		for k, w := range words {
			if strings.ContainsAny(w, ".:;?!\"“”()") {
				return false
			}
			if !unicode.IsUpper(firstRune(w)) && !nameParticle(words, k) {
				return false
			}
		}
	}
	return true
}

// withoutSourceTag returns what follows a dateline's date without the
// tag in brackets that names the agency or the house the copy comes from,
// as wire services and Spanish- and Portuguese-language government
// releases set it between the date and the dash that closes the dateline
// ("<City>, <date> (<AGENCY>).- The …", "<City>, <date> (<Agency>) – …").
// The tag is one to three words, each opening in a capital or a figure;
// a bracket holding lower-case words is the story's own aside and stays.
func withoutSourceTag(s string) string {
	t := strings.TrimLeft(s, " ")
	if !strings.HasPrefix(t, "(") {
		return s
	}
	i := strings.IndexByte(t, ')')
	if i < 0 || i > 40 {
		return s
	}
	words := strings.Fields(t[1:i])
	if len(words) == 0 || len(words) > 3 {
		return s
	}
	for _, w := range words {
		if r := firstRune(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return s
		}
	}
	return t[i+1:]
}

// heldEvents are the nouns a transcript names its event by, last before
// where it was held.
var heldEvents = set(`conference briefing meeting summit interview session hearing address remarks
	statement forum talks doorstop stakeout debate`)

// heldAt reports whether a header line is where and when an event was
// held, as a transcript heads its page under its title ("<Event> in
// <Place>, <City>, <date>, <time>"): the words before the date are one
// event's name ending in its noun (heldEvents), " in " or " at ", and a
// place set off by a comma, and
// nothing but a time follows the date. Such a line's lower-case words
// ("conference", "in") make no sentence of it.
func heldAt(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, ",") || len(strings.Fields(b)) > 8 || strings.ContainsAny(b, ".:;?!\"“”") {
		return false
	}
	i := strings.LastIndex(b, " in ")
	if j := strings.LastIndex(b, " at "); j > i {
		i = j
	}
	if i <= 0 || !unicode.IsUpper(firstRune(b[i+4:])) || !unicode.IsUpper(firstRune(b)) {
		return false
	}
	if w := b[strings.LastIndexByte(b[:i], ' ')+1 : i]; !heldEvents[strings.ToLower(w)] {
		return false // "Tenders close in <Place>, <date>": no event's name
	}
	rest := strings.Trim(clockTime.ReplaceAllString(after, ""), " ,")
	return rest == ""
}

// placeParticles are the words in lower case a place's name holds between
// its capitalised words: "Dar es Salaam", "Port of Spain", "Rio de
// Janeiro", and the German and French towns named for the river or the
// region they stand on or in ("<Town> am <River>", "<Town> an der
// <River>", "<Town> im <Region>", "<Town> ob der <River>", "<Town> bei
// <Town>", "<Town> en <Region>"); "Bandar Seri Begawan" has none. A
// closed class.
var placeParticles = set(`of es de da do dos das del della di du des la le les el al sur upon van von den der y
	am an im ob bei en`)

// nameParticle reports whether words[i], in lower case, is a particle
// inside a place's name, so a capitalised word stands on either side of
// it, perhaps past another particle ("<Town> an der <River>"). "Dar es
// Salaam, <date>" is a dateline, while "Deadline of <date>" or "closes
// on <date>" are not: nothing capitalised follows their word.
func nameParticle(words []string, i int) bool {
	if !placeParticles[words[i]] {
		return false
	}
	l, r := i-1, i+1
	if l >= 0 && placeParticles[words[l]] {
		l--
	}
	if r < len(words) && placeParticles[words[r]] {
		r++
	}
	return l >= 0 && r < len(words) && unicode.IsUpper(firstRune(words[l])) && unicode.IsUpper(firstRune(words[r]))
}

// tagDash reports whether b, the words before a date, is a tag closed by a
// dash, as a government's information service heads its releases ("<TAG> –
// <date>: The …"): nothing in lower case stands in it (setOffDate has
// seen to that), so "On <date>: …" is still passed over.
func tagDash(b string) bool {
	for _, d := range [...]string{" –", " —", " -"} {
		if strings.HasSuffix(b, d) && len(b) > len(d) {
			return true
		}
	}
	return false
}

// placeColon reports whether a dateline in the story's first sentence is
// closed by a colon, as courts' and agencies' releases write it ("<City>,
// <Region>, <date>: The Court …"), or by a full stop before the story's
// first sentence, as ministries' releases write it ("<City>, <date>. The
// Ministry …"): a place set off by a comma before the date, and the mark
// straight after it, so a sentence's "On <date>: …" with no place is
// still passed over.
func placeColon(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if n := len(strings.Fields(b)); n > 6 || !strings.HasSuffix(b, ",") && !(n <= 3 && tagDash(b)) {
		return false
	}
	after = strings.TrimLeft(after, " ")
	if rest, ok := strings.CutPrefix(after, ". "); ok {
		return unicode.IsUpper(firstRune(rest))
	}
	return strings.HasPrefix(after, ":")
}

// labelledDate reads a date line, a label and the date
// ("Published: <date>", "Posted on <date> by <Outlet>"), for the article's
// paragraphs and its header lines alike: labelled reports whether the line
// is one, ok whether its value, without the poster, is a date.
//
// A page may set two labelled stamps on one line, split by a bar ("Posted
// at <date> <time> | Updated as of <date> <time>"): the first is read.
func labelledDate(l string) (t time.Time, ok, labelled bool) {
	m := dateLine.FindStringSubmatch(l)
	if m == nil {
		if i := strings.Index(l, " | "); i > 0 {
			m = dateLine.FindStringSubmatch(l[:i])
		}
	}
	if m == nil {
		return time.Time{}, false, false
	}
	v := withoutPoster(m[1])
	if i := strings.Index(v, " | "); i > 0 {
		v = v[:i]
	}
	t, ok = parseDate(v, time.Time{})
	if !ok {
		// "Published on <date> [ Vol <n>, No <n>]": a weekly's issue
		// in brackets after the date is the stamp's note, not its date.
		if i := strings.IndexAny(v, "[("); i > 0 {
			t, ok = parseDate(v[:i], time.Time{})
		}
	}
	if !ok {
		// "Published on <date> in <Outlet>": a think tank's or a
		// magazine's stamp names the series it ran in after the date.
		if i := strings.Index(v, " in "); i > 0 && unicode.IsUpper(firstRune(v[i+4:])) {
			t, ok = parseDate(v[:i], time.Time{})
		}
	}
	return t, ok, true
}

// withoutPoster returns a date line's value without the poster it names
// after the date, as blogs and organisations' news pages stamp a post
// ("Posted on <date> by <Outlet> Media", "Published <date> by <Name>"):
// the date is what stands before " by " and a capitalised name. A value
// with no such tail comes back as it was.
func withoutPoster(v string) string {
	if i := strings.Index(v, " by "); i > 0 && unicode.IsUpper(firstRune(v[i+4:])) {
		return v[:i]
	}
	return v
}

// shortYearStamp is a page's stamp with the year in two figures, the
// month first, and the time of day with its AM or PM after it, as United
// States papers stamp a story under its byline ("<mm>/<dd>/<yy> <h>:<mm>
// AM ET"). Two-figure years are read only with the time beside them:
// "1/2/25" alone in a sentence may be a score or a fraction.
var shortYearStamp = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d\d)\s+\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?(?:\s+\p{Lu}{2,4})?$`)

// headlineStamp reads the date of a line the page sets under its
// headline that is its date line or byline rather than a standfirst: a
// labelled date naming who posted it ("Posted on <date> by <Outlet>"), or
// "By <Name>, <role>" with the page's stamp after a dash or a bar ("by
// <Name>, opinion contributor - <mm>/<dd>/<yy> <time> <zone>"). Such a line
// is taken for the subtitle, where no date line rule looks, and its
// lower-case words keep setOffDate from reading it.
func headlineStamp(l string) (time.Time, bool) {
	if l == "" {
		return time.Time{}, false
	}
	if t, ok, labelled := labelledDate(l); labelled {
		return t, ok
	}
	if !strings.HasPrefix(l, "By ") && !strings.HasPrefix(l, "by ") && !strings.HasPrefix(l, "BY ") {
		return time.Time{}, false
	}
	// The last separator ends the byline; its width is the separator's
	// own, since the en dash takes three bytes, not one.
	i, w := -1, 0
	for _, sep := range [...]string{" - ", " | ", " – "} {
		if j := strings.LastIndex(l, sep); j > i {
			i, w = j, len(sep)
		}
	}
	if i < 0 {
		return time.Time{}, false
	}
	tail := strings.TrimSpace(l[i+w:])
	if t, ok := stampDate(tail); ok {
		return t, true
	}
	m := shortYearStamp.FindStringSubmatch(tail)
	if m == nil {
		return time.Time{}, false
	}
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if mo > 12 && d <= 12 {
		mo, d = d, mo
	}
	t := validDate(2000+y, mo, d)
	return t, !t.IsZero()
}

// fieldLabel is a label in a block of fields an agency's copy closes with
// or a page sets over its story, one "<Label> : <value>" to a line and the
// lines joined into one paragraph ("Source : <Agency> Author : <Name>
// Location : <TOWN> Date : <date>"). A label may be a participle and "by"
// ("Issued by: <Office>" over "Date: <date>", as a release's foot names its
// issuing office): the participle is the label's word, never a date's.
var fieldLabel = regexp.MustCompile(`(?:^|\s)(\p{Lu}\p{Ll}+)(?: by)? ?: `)

// dateFields are the labels under which such a block gives the story's date.
var dateFields = set(`Date Dated Published Posted`)

// fieldBlockDate reads the date of a block of labelled fields joined into
// one paragraph: the paragraph opens with a label and holds another, and a
// date label's value — up to the next label — is a date. A sentence that
// happens to hold "Date: …" is no such block: it opens with no label or
// has only the one. ok is false otherwise.
func fieldBlockDate(p string) (time.Time, bool) {
	if c := strings.IndexByte(p, ':'); c < 0 || c > 16 {
		return time.Time{}, false // no label opens it: most paragraphs leave here
	}
	ms := fieldLabel.FindAllStringSubmatchIndex(p, 8)
	if len(ms) < 2 || ms[0][0] != 0 {
		return time.Time{}, false
	}
	for i, m := range ms {
		if !dateFields[p[m[2]:m[3]]] {
			continue
		}
		end := len(p)
		if i+1 < len(ms) {
			end = ms[i+1][0]
		}
		return parseDate(p[m[1]:end], time.Time{})
	}
	return time.Time{}, false
}

// dayDotMonths are the months' names of the languages that write a date
// day first with a full stop after the day ("<d>. <month> <yyyy>"):
// German, Danish and Norwegian, Finnish, and the Slavic languages, whose
// months stand in the genitive after a day. A translated page often keeps
// its source's date line so; these are read only in such a line
// (dayDotStamp), never as words of the text.
var dayDotMonths = map[string]int{
	// German; Danish and Norwegian
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
	"august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
	"marts": 3, "mars": 3, "maj": 5, "desember": 12, "december": 12,
	// Finnish (partitive)
	"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
	"heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
	// Croatian and Bosnian
	"siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7,
	"kolovoza": 8, "rujna": 9, "listopada": 10, "studenoga": 11, "studenog": 11, "prosinca": 12,
	// Serbian, Slovene and Bosnian (Latin script)
	"januara": 1, "februara": 2, "marta": 3, "aprila": 4, "maja": 5, "juna": 6, "jula": 7, "avgusta": 8,
	"augusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12,
	"januarja": 1, "februarja": 2, "marca": 3, "junija": 6, "julija": 7,
	"marec": 3, "junij": 6, "julij": 7, "avgust": 8, // Slovene, as a date line prints the month
	// Czech and Slovak
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
	"září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	"januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "októbra": 10,
	// Polish
	"stycznia": 1, "lutego": 2, "kwietnia": 4, "czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9,
	"października": 10, "grudnia": 12, // Polish "listopada" (November) is Croatian October: left out
}

// dayDot is a date line day first with a full stop after the day, the
// month by name (or in figures with its own stop, "<d>. <m>. <yyyy>.",
// as Croatian, Czech and Slovene pages space it) and the year, perhaps closed by a stop and a time, under
// at most one label word with its colon ("<Label>: <d>. <month> <yyyy>.
// <hh>:<mm>").
//
// The place the page dates itself from may lead it instead of a label,
// and a dash may part the time from the date ("<Place>, <d>. <month>
// <yyyy> – <hh>.<mm>").
var dayDot = regexp.MustCompile(`^(?:\pL+:\s*|\p{Lu}\pL+,\s*)?(\d{1,2})\.\s*(\pL+|\d{1,2}\.)\s+((?:19|20)\d\d)\.?(?:,?\s+(?:[-–]\s+)?\d{1,2}[:.]\d\d)?$`)

// dayDotStamp reads a page's date line written as the languages of
// dayDotMonths write it ("<Label>: <d>. <month> <yyyy>. <hh>:<mm>"): the
// line is the date and nothing else but its label and time, so no
// sentence's words are read as a month.
func dayDotStamp(p string) (time.Time, bool) {
	if len(p) > 60 {
		return time.Time{}, false
	}
	if k := strings.Index(p, ". "); k < 1 || !isDigit(p[k-1]) {
		return time.Time{}, false // no day with its stop: most lines leave here
	}
	m := dayDot.FindStringSubmatch(p)
	if m == nil {
		return time.Time{}, false
	}
	mo, ok := dayDotMonths[strings.ToLower(m[2])]
	if n, err := strconv.Atoi(strings.TrimSuffix(m[2], ".")); err == nil {
		mo, ok = n, true // "<d>. <m>. <yyyy>.": the month in figures, spaced
	}
	if !ok {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(m[1])
	y, _ := strconv.Atoi(m[3])
	t := validDate(y, mo, d)
	return t, !t.IsZero()
}

// romanceDate is a date line in French, Spanish, Portuguese or Italian:
// perhaps the weekday, the day (French "1er" for the first), the month by
// name, perhaps joined by "de", and the year, perhaps with a time after it
// ("<weekday> <d> <month> <yyyy>", "<weekday>, <d> de <month> de <yyyy>",
// "<d> <month> <yyyy> à <hh>h<mm>"), perhaps after the article a
// publication label leads it with ("Publié le <d> <month> <yyyy>",
// "Publicado el <weekday> <d> de <month> de <yyyy>").
//
// The same line in Dutch, Malay or Indonesian reads alike ("<weekday> <d>
// <month> <yyyy> om <hh>.<mm> uur", "<d> <month> <yyyy>, <h>:<mm> pm"): the
// time may close with "uur", a.m. or p.m. ("<hh>:<mm> p. m.") and the zone's
// capitals ("à <h> h <mm> <ZONE>").
var romanceDate = regexp.MustCompile(`^(?:(?:le|el|il|em|o)\s+)?(?:(\pL+),?\s+)?(\d{1,2})(?:er|º|°)?\s+(?:de\s+)?(\pL+)\s+(?:de\s+|del\s+)?((?:19|20)\d\d)(?:,?\s+(?:à|a las|às|alle|ore|om|pukul|-|–)?\s*\d{1,2}\s*[:.hH]\s*\d\d(?:\s*(?:[AaPp]\.?\s?[Mm]\.?|uur))?(?:\s+\p{Lu}{2,5})?)?(?:\s+(?:Par|Por|Di)\s+\p{Lu}[\pL.'’\- ]*)?$`)

// romanceWeekdays are the days of the week in those languages.
var romanceWeekdays = set(`lundi mardi mercredi jeudi vendredi samedi dimanche
	lunes martes miércoles miercoles jueves viernes sábado sabado domingo
	segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	isnin selasa rabu khamis jumaat sabtu ahad senin kamis jumat minggu`)

// romanceMonths are the months' names in those languages, read only in a
// line that is a date and nothing else (romanceStamp): "mars", "mai" or
// "marzo" among a sentence's words are not read as months.
var romanceMonths = map[string]int{
	// French
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	// Spanish
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "dezembro": 12,
	// Italian
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
	"september": 9, "oktober": 10, "november": 11, "december": 12,
	// Malay and Indonesian
	"mac": 3, "maret": 3, "jun": 6, "julai": 7, "ogos": 8, "agustus": 8, "disember": 12, "desember": 12,
}

// romanceStamp reads a page's date line written in French, Spanish,
// Portuguese or Italian (romanceDate): the line is the date and nothing
// else but a weekday before it and a time after it, so no sentence's words
// are read as a month. The line may stand under the outlet's name, joined
// into one paragraph with it ("<Outlet>" over "<weekday> <d> <month>
// <yyyy>"), or after the place it is dated from ("<Place>, <d> de <month>
// de <yyyy>"), or both: at most five capitalised words before the date. A line of the
// page's furniture set off with bars may hold it as one of its fields
// ("<Section> | <weekday> <d> <month> <yyyy> | <By> <Name>", "<Place>,
// <date> | <Section>"): the other fields are short capitalised labels. A
// dash may part the outlet's name from the date ("<Outlet> - <d> <month>
// <yyyy>"), and the byline under the date may be joined to its end
// ("<Label> le <weekday> <d> <month> <yyyy>" over "Par <Given> <SURNAME>").
func romanceStamp(p string) (time.Time, bool) {
	if len(p) > 90 {
		return time.Time{}, false
	}
	if strings.Contains(p, " | ") {
		return romanceFields(p)
	}
	return romanceLine(p)
}

// romanceFields reads a bar-separated line (romanceStamp): one field, on
// any of its lines, is the date; every other is a label of at most four
// words, capitalised, with no full stop closing it.
func romanceFields(p string) (time.Time, bool) {
	var t time.Time
	n := 0
	for _, line := range strings.Split(p, "\n") {
		for _, f := range strings.Split(line, " | ") {
			f = strings.TrimSpace(f)
			if n++; n > 5 || f == "" {
				return time.Time{}, false
			}
			if t.IsZero() {
				if d, ok := romanceLine(f); ok {
					t = d
					continue
				}
			}
			if !unicode.IsUpper(firstRune(f)) || len(strings.Fields(f)) > 4 || strings.HasSuffix(f, ".") {
				return time.Time{}, false
			}
		}
	}
	return t, !t.IsZero()
}

// romanceLine is romanceStamp on a line with no bars.
func romanceLine(p string) (time.Time, bool) {
	for k := 0; ; k++ {
		if len(p) <= 60 {
			if m := romanceDate.FindStringSubmatch(p); m != nil && (m[1] == "" || romanceWeekdays[strings.ToLower(m[1])]) {
				mo, ok := romanceMonths[strings.ToLower(m[3])]
				if !ok {
					return time.Time{}, false
				}
				d, _ := strconv.Atoi(m[2])
				y, _ := strconv.Atoi(m[4])
				t := validDate(y, mo, d)
				return t, !t.IsZero()
			}
		}
		j := strings.IndexAny(p, " \n")
		if k == 5 || j < 0 || !unicode.IsUpper(firstRune(p)) {
			return time.Time{}, false
		}
		// "<Outlet> - <d> <month> <yyyy>": a dash may part the outlet's
		// name from the date.
		p = strings.TrimLeft(p[j:], " \n-–—")
	}
}

// wireClose is the transmission stamp some agencies (Italian ones among
// them) close an item with: the day, the month cut to three capitals and
// the year to two figures, joined by hyphens, then the time
// ("<dd>-<MON>-<yy> <hh>:<mm>").
var wireClose = regexp.MustCompile(`(?:^|\s)(\d{1,2})-([A-Z]{3})-(\d\d)(?:\s+\d{1,2}:\d\d)?$`)

// wireCloseDate reads such a stamp closing a paragraph: its line may be
// joined to the agency's tag and registration lines over it
// ("(<Desk>/<Agency>) ISSN <number> <dd>-<MON>-<yy> <hh>:<mm>"). ok is
// false otherwise.
func wireCloseDate(p string) (time.Time, bool) {
	if len(p) < 9 || !isDigit(p[len(p)-1]) {
		return time.Time{}, false
	}
	m := wireClose.FindStringSubmatch(p[max(0, len(p)-20):])
	if m == nil {
		return time.Time{}, false
	}
	mo, ok := monthNames[strings.ToLower(m[2])]
	if !ok {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(m[1])
	y, _ := strconv.Atoi(m[3])
	t := validDate(2000+y, mo, d)
	return t, !t.IsZero()
}

// labelledLine reports whether a header line is a labelled date line
// whose value is a date (labelledDate), where the paragraph splitter only
// asks: a lineRE's first-byte check turns nearly every line away first.
func labelledLine(l string) bool {
	if !dateLine.MatchString(l) {
		return false
	}
	_, ok, _ := labelledDate(l)
	return ok
}
